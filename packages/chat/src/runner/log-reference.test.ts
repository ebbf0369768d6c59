import { describe, expect, it } from 'vitest';
import { alice, createHarness } from '../../test/runner-harness.ts';

const text = (value: string) => ({ kind: 'text', text: value }) as const;

describe('log lines of a command', () => {
  it('all carry the reference id the reply shows, the client’s lines included', async () => {
    await using h = await createHarness({ deploymentKey: true });
    for (const command of ['value 1071AA 28B', 'woz 9999ZZ 1', 'delta 1071AA 28B wall_insulation=good']) {
      h.logger.lines.length = 0;
      const reply = await h.runner.run(alice, text(command));
      const reference = reply.footer?.reference;
      expect(reference, command).toMatch(/^[0-9A-Z]{8}$/);
      const messages = h.logger.lines.map((line) => line.msg);
      expect(messages, command).toContain('chat command');
      expect(
        messages.some((m) => m === 'altum call' || m === 'altum call failed'),
        command,
      ).toBe(true);
      for (const line of h.logger.lines)
        expect((line.obj as { ref?: string }).ref, `${command}: ${line.msg}`).toBe(reference);
    }
  });
});
