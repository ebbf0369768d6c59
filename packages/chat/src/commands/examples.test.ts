import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, createHarness, type Harness } from '../../test/runner-harness.ts';
import { toPlainText } from '../reply/plain-text.ts';
import { DUTCH_EXAMPLES } from './examples.ts';
import { defaultRegistry } from './registry.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ deploymentKey: true });
});
afterAll(() => h[Symbol.asyncDispose]());

/** The reply as read, without the per-call reference. */
async function answer(text: string): Promise<string> {
  const reply = await h.runner.run(admin, { kind: 'text', text });
  return toPlainText(reply, { locale: 'en' }).replace(/ref [A-Z0-9]+/g, 'ref');
}

describe('Dutch examples', () => {
  it.each(Object.entries(DUTCH_EXAMPLES))(
    '`%s` gives the same answer as `%s`',
    { timeout: 30_000 },
    async (english, dutch) => {
      const en = await answer(english);
      expect(await answer(dutch)).toBe(en);
      expect(en).not.toMatch(/didn’t quite work|Unknown/);
    },
  );

  it('has a Dutch example for every English one that uses argument words', () => {
    for (const command of defaultRegistry.commands) {
      for (const example of command.examples) {
        if (/=|\s(?:language|visibility|budget|delta)\b/.test(example)) {
          expect(DUTCH_EXAMPLES, example).toHaveProperty([example]);
        }
      }
    }
  });
});
