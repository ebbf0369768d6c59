import { DOCUMENTED_SCENARIO_ADDRESSES } from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { alice, bram, createHarness } from '../../test/runner-harness.ts';

const text = (t: string) => ({ kind: 'text', text: t }) as const;
const { unknownHouseType } = DOCUMENTED_SCENARIO_ADDRESSES;
const address = `${unknownHouseType.postcode} ${unknownHouseType.housenumber}`;

describe('documented Altum messages through the runner', () => {
  it('turns "use house_type parameter instead" into a usage reply that names the argument, then works with it', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const en = await h.runner.run(alice, text(`label ${address}`));
    expect(en).toMatchObject({ kind: 'usage', title: 'Altum needs one more detail', private: true });
    expect(en.summary).toContain('`house_type`');
    expect(en.summary).toContain('Use house_type parameter instead.');
    const fields = Object.fromEntries(en.fields.map((f) => [f.label, f.value]));
    expect(fields['What to do']).toContain('house_type=…');
    expect(fields['What to do']).toContain('4 terraced house');
    expect(fields.Example).toBe('`label 1071AA 28B house_type=1`');

    const nl = await h.runner.run(bram, text(`label ${address}`));
    expect(nl).toMatchObject({ kind: 'usage', title: 'Altum heeft nog één gegeven nodig' });
    expect(nl.fields.find((f) => f.label === 'Voorbeeld')?.value).toBe('`label 1071AA 28B house_type=1`');

    const fixed = await h.runner.run(alice, text(`label ${address} house_type=2`));
    expect(fixed.kind).toBe('result');
    expect(h.fake.requests.at(-1)?.body).toMatchObject({ postcode: '9997ZZ', housenumber: 1, house_type: 2 });

    const rows = await h.store.usage.listUsage({ platform: 'slack', teamId: 'T1', since: new Date(0) });
    expect(rows.map((row) => [row.outcome, row.credits]).sort()).toEqual([
      ['ok', 1],
      ['validation', 0],
    ]);
  });

  it('says "try again later" for "not able to … at the moment" and counts no credit', async () => {
    await using h = await createHarness({ deploymentKey: true });
    h.fake.inject({
      operationId: 'avm',
      status: 400,
      body: { Output: 'We are not able to provide insights at the moment.' },
    });
    const reply = await h.runner.run(alice, text('value 1071AA 28B'));
    expect(reply).toMatchObject({ kind: 'error', title: 'Altum cannot answer right now' });
    expect(reply.summary).toContain('We are not able to provide insights at the moment.');
    expect(reply.fields.find((f) => f.label === 'What to do')?.value).toBe(
      'Try again later. No credit was counted for this request.',
    );
    expect(reply.footer?.credits ?? 0).toBe(0);
    const rows = await h.store.usage.listUsage({ platform: 'slack', teamId: 'T1', since: new Date(0) });
    expect(rows.map((row) => row.credits)).toEqual([0]);
  });
});
