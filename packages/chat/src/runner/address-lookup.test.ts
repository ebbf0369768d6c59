import { findPdokDemo } from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { alice, bram, createHarness, type Harness } from '../../test/runner-harness.ts';
import { itemResult } from '../batch/batch-worker.ts';
import { menuChoices, toPlainText } from '../reply/plain-text.ts';
import { PICK_ACTION_ID } from './address-picker.ts';

const text = (t: string) => ({ kind: 'text', text: t }) as const;
const DAMRAK = findPdokDemo('1012LG', 1);
const FUNDA = 'https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/';

/** The addresses the fake Altum was asked about, as `postcode number addition`. */
const asked = (h: Harness) =>
  h.fake.requests.map((r) => {
    const body = r.body as { postcode?: string; housenumber?: number; houseaddition?: string };
    return [body.postcode, body.housenumber, body.houseaddition].filter((p) => p !== undefined).join(' ');
  });

describe('addresses in free text, BAG ids and listing links', () => {
  it.each([
    ['value Damrak 1 Amsterdam', alice],
    ['waarde Damrak 1, 1012LG', bram],
    ['value damrak 1 in amsterdam', alice],
    [`value ${FUNDA}`, alice],
    [`waarde <${FUNDA}>`, bram],
    [`value ${DAMRAK.nummeraanduiding_id}`, alice],
    [`value ${DAMRAK.adresseerbaarobject_id}`, alice],
  ])('%s → one Altum call for 1012LG 1', async (typed, who) => {
    await using h = await createHarness({ deploymentKey: true });
    const plan = h.runner.plan(who, text(typed));
    // Planning is before the ack: no look-up yet, only the note that one is needed.
    expect(plan).toMatchObject({ failed: false, resolvesAddress: true, command: { name: 'value' } });
    expect(h.pdok?.requests).toHaveLength(0);
    const reply = await h.runner.run(who, plan);
    expect(reply.kind).toBe('result');
    expect(reply.title).toContain('Damrak 1');
    expect(asked(h)).toEqual(['1012LG 1']);
    expect(h.pdok?.requests.length).toBeGreaterThan(0);
  });

  it('reads a postcode locally without asking PDOK, also with a town after it', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const plan = h.runner.plan(alice, text('value 1071AA 28B'));
    expect(plan.resolvesAddress).toBe(false);
    expect((await h.runner.run(alice, plan)).kind).toBe('result');
    expect(h.pdok?.requests).toHaveLength(0);
    expect(asked(h)).toEqual(['1071AA 28 B']);
  });

  it('keeps the letter of Prinsengracht 263-H as Altum’s addition', async () => {
    await using h = await createHarness({ deploymentKey: true });
    expect((await h.runner.run(alice, text('value Prinsengracht 263-H Amsterdam'))).kind).toBe('result');
    expect(asked(h)).toEqual(['1016GV 263 H']);
  });

  it('answers Kerkstraat 1 with a picker, sends Altum nothing, and runs the picked address', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const reply = await h.runner.run(alice, text('value Kerkstraat 1'));
    expect(reply.kind).toBe('picker');
    expect(reply.title).toBe('Which address do you mean?');
    expect(reply.summary).toContain('nothing is charged');
    expect(h.fake.requests).toHaveLength(0);
    expect(reply.footer?.credits).toBeUndefined();
    const [select] = reply.actions;
    expect(select).toMatchObject({ type: 'select', id: PICK_ACTION_ID });
    const options = select?.type === 'select' ? select.options : [];
    expect(options.map((o) => o.label)).toEqual(
      expect.arrayContaining([expect.stringContaining('Hilversum'), expect.stringContaining('Eindhoven')]),
    );
    expect(options.length).toBeGreaterThanOrEqual(4);
    for (const option of options) expect(option.value).toMatch(/^value \d{4}[A-Z]{2} 1$/);
    // A batch row is never answered with a question: it fails, saying which addresses matched.
    expect(itemResult(reply)).toMatchObject({ ok: false, error: expect.stringContaining('Which address') });
    // The playground lists them one a line, numbered as a number picks them.
    expect(toPlainText(reply, { numberChoices: true })).toMatch(/^ {2}\[2\] Kerkstraat 1, /m);

    const hilversum = options.find((o) => o.label.includes('Hilversum'));
    const choice = menuChoices(reply).find((c) => c.value === hilversum?.value);
    const picked = await h.runner.run(alice, {
      kind: 'action',
      actionId: choice?.actionId ?? '',
      value: choice?.value ?? '',
    });
    expect(picked.kind).toBe('result');
    expect(asked(h)).toEqual([hilversum?.value.replace(/^value /, '')]);
  });

  it('offers at most 25 candidates, says there are more, and keeps other arguments in each choice', async () => {
    const towns = Array.from({ length: 30 }, (_, i) => ({
      straatnaam: 'Kerkstraat',
      huisnummer: 1,
      postcode: `${2100 + i}KA`,
      woonplaatsnaam: `Dorp ${i}`,
      gemeentenaam: `Gemeente ${i}`,
      provincienaam: 'Zuid-Holland',
      nummeraanduiding_id: `${String(1000 + i)}20${String(i).padStart(10, '0')}`,
      adresseerbaarobject_id: `${String(1000 + i)}01${String(i).padStart(10, '0')}`,
    }));
    await using h = await createHarness({ deploymentKey: true, pdok: { addresses: towns } });
    const reply = await h.runner.run(alice, text('advice Kerkstraat 1 target=B'));
    expect(reply.kind).toBe('picker');
    const options = menuChoices(reply);
    expect(options).toHaveLength(25);
    expect(new Set(options.map((o) => o.value)).size).toBe(25);
    for (const option of options) expect(option.value).toMatch(/^advice 21\d\dKA 1 target=B$/);
    expect(reply.warnings).toEqual([
      'Only the best 25 are shown: add the town or the postcode to narrow it down.',
    ]);
    expect(h.fake.requests).toHaveLength(0);
  });

  it('says in the user’s language that an unknown street has no match, with an example', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const en = await h.runner.run(alice, text('value Nergensstraat 12 Nowhere'));
    expect(en.kind).toBe('usage');
    expect(en.summary).toBe(
      'No Dutch address matches `Nergensstraat 12 Nowhere`. Check the street and number, or add the town or the postcode.',
    );
    expect(JSON.stringify(en.fields)).toContain('value Damrak 1 Amsterdam');
    const nl = await h.runner.run(bram, text('waarde Nergensstraat 12 Nowhere'));
    expect(nl.summary).toContain('Geen Nederlands adres gevonden');
    expect(JSON.stringify(nl.fields)).toContain('waarde Damrak 1 Amsterdam');
    const noNumber = await h.runner.run(alice, text('value Damrak Amsterdam'));
    expect(noNumber.summary).toBe('`Damrak Amsterdam` has no house number. Add it, like Damrak 1 Amsterdam.');
    expect(h.fake.requests).toHaveLength(0);
  });

  it('PDOK down: a postcode still works, free text asks for the postcode (nl/en), nothing is charged', async () => {
    await using h = await createHarness({ deploymentKey: true });
    h.pdok?.inject({ status: 503, times: 100 });
    expect((await h.runner.run(alice, text('value 1071AA 28B'))).kind).toBe('result');
    // Street and postcode: the postcode is all Altum needs.
    expect((await h.runner.run(bram, text('waarde Damrak 1, 1012LG'))).kind).toBe('result');
    expect(asked(h)).toEqual(['1071AA 28 B', '1012LG 1']);

    const en = await h.runner.run(alice, text('value Damrak 1 Amsterdam'));
    expect(en).toMatchObject({ kind: 'error', title: 'Address look-up unavailable' });
    expect(JSON.stringify(en.fields)).toContain('postcode and house number');
    expect(JSON.stringify(en.fields)).toContain('value 1071AA 28B');
    const nl = await h.runner.run(bram, text('waarde Damrak 1 Amsterdam'));
    expect(nl.title).toBe('Adres opzoeken lukt nu niet');
    expect(JSON.stringify(nl.fields)).toContain('postcode en het huisnummer');
    expect(h.fake.requests).toHaveLength(2);
    expect(h.logger.lines.some((l) => l.level === 'warn' && 'outcome' in l.obj)).toBe(true);
  });

  it('PDOK hanging: the look-up gives up at its deadline, a postcode in the text still answers', {
    timeout: 30_000,
  }, async () => {
    await using h = await createHarness({ deploymentKey: true });
    h.pdok?.inject({ hang: true, times: 2 });
    const started = Date.now();
    expect((await h.runner.run(bram, text('waarde Damrak 1, 1012LG'))).kind).toBe('result');
    const unavailable = await h.runner.run(alice, text('value Damrak 1 Amsterdam'));
    expect(unavailable.failure?.kind).toBe('address_unavailable');
    // Two look-ups, each stopped by the resolver's 2 s deadline, not by the test's timeout.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(asked(h)).toEqual(['1012LG 1']);
  });

  it('PDOK off: postcodes work, free text says look-ups are off here', async () => {
    await using h = await createHarness({ deploymentKey: true, pdok: false });
    expect((await h.runner.run(alice, text('value 1071AA 28B'))).kind).toBe('result');
    const reply = await h.runner.run(alice, text(`value ${FUNDA}`));
    expect(reply.summary).toBe('Looking up addresses by street or link is switched off here.');
    expect(h.fake.requests).toHaveLength(1);
  });
});
