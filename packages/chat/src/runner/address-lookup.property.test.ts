import { looksLikeUrl } from '@altum-chat/address';
import { PDOK_DEMO_ADDRESSES } from '@altum-chat/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/runner-harness.ts';
import { containsSecretOutsideLinks } from '../grammar/safe-echo.ts';
import type { CommandInput, Requester } from './types.ts';

const RUNS = 10_000;

/** Every address the fake PDOK knows: what a look-up can resolve to. */
const KNOWN = new Set(PDOK_DEMO_ADDRESSES.map((a) => `${a.postcode} ${a.huisnummer}`));
const streets = [...new Set(PDOK_DEMO_ADDRESSES.map((a) => a.straatnaam))];
const towns = [...new Set(PDOK_DEMO_ADDRESSES.map((a) => a.woonplaatsnaam))];
const bagIds = PDOK_DEMO_ADDRESSES.flatMap((a) => [a.nummeraanduiding_id, a.adresseerbaarobject_id]);
const postcodes = [...new Set(PDOK_DEMO_ADDRESSES.map((a) => a.postcode))];

/** Characters people (and attackers) paste: invisible, bidi, markup, mentions, quotes, emoji. */
const NOISE = [
  '\u200b',
  '\u202e',
  '\ufeff',
  '*',
  '_',
  '~',
  '`',
  '```',
  '<@U123>',
  '<!here>',
  '&lt;',
  '"',
  '’',
  ',',
  '😀',
  '\n',
];

const word = fc.oneof(
  fc.constantFrom(...streets, ...towns, 'in', 'te', 'bis', 'hs', 'Amsterdam', 'Kerkstraat', 'Damrak'),
  fc.stringMatching(/^[A-Za-zÀ-ÿ'-]{1,14}$/),
  fc.constantFrom(...NOISE),
);
const number = fc.oneof(
  fc.integer({ min: 0, max: 120_000 }).map(String),
  fc
    .tuple(fc.integer({ min: 1, max: 400 }), fc.stringMatching(/^[-/ ]?[A-Za-z0-9]{0,3}$/))
    .map(([n, s]) => `${n}${s}`),
);
const postcode = fc.oneof(
  fc.constantFrom(...postcodes),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.stringMatching(/^ ?[A-Za-z]{0,3}$/))
    .map(([d, l]) => `${String(d).padStart(4, '0')}${l}`),
);

/** Street, number, town, postcode and noise in any order, with or without commas. */
const freeText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: word },
      { weight: 2, arbitrary: number },
      { weight: 1, arbitrary: postcode },
    ),
    {
      minLength: 1,
      maxLength: 9,
    },
  )
  .chain((parts) => fc.constantFrom(' ', ', ', '  ', ',').map((sep) => parts.join(sep)));

const slug = fc.array(fc.oneof(word, number), { minLength: 1, maxLength: 5 }).map((w) => w.join('-'));
const randomToken = fc.stringMatching(/^[A-Za-z0-9]{8,48}$/);
const pathSegment = fc.oneof(slug, randomToken, fc.stringMatching(/^[-A-Za-z0-9._~%+]{1,30}$/));
const query = fc
  .array(fc.tuple(fc.constantFrom('utm_source', 'fbclid', 'gclid', 'ref', 'id', 'q'), randomToken), {
    maxLength: 3,
  })
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));

/** Listing links as the four sites write them, and links to anywhere else. */
const url = fc
  .tuple(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom(...towns),
          fc.constantFrom(...streets),
          number,
          fc.integer({ min: 1e7, max: 1e8 - 1 }),
        )
        .map(
          ([town, street, n, id]) =>
            `https://www.funda.nl/detail/koop/${town}/appartement-${street}-${n}/${id}/`,
        ),
      fc
        .tuple(fc.constantFrom(...towns), fc.constantFrom(...streets), number)
        .map(([town, street, n]) => `https://www.funda.nl/koop/${town}/huis-42352883-${street}-${n}/`),
      fc
        .tuple(fc.constantFrom(...towns), randomToken, fc.constantFrom(...streets), fc.option(number))
        .map(
          ([town, id, street, n]) =>
            `https://www.pararius.nl/appartement-te-huur/${town}/${id}/${street}${n ? `-${n}` : ''}`,
        ),
      fc
        .tuple(fc.constantFrom(...postcodes), fc.constantFrom(...streets), number)
        .map(
          ([pc, street, n]) =>
            `https://www.jaap.nl/koophuizen/x/y/z/${pc.toLowerCase()}/${street}+${n}/12345678/overzicht`,
        ),
      fc
        .tuple(fc.constantFrom(...towns), fc.constantFrom(...postcodes), fc.constantFrom(...streets), number)
        .map(([town, pc, street, n]) => `https://huispedia.nl/${town}/${pc}/${street}/${n}`),
      fc
        .tuple(
          fc.constantFrom('https://', 'http://', 'HTTPS://', 'www.', ''),
          fc.domain(),
          fc.array(pathSegment, { maxLength: 4 }),
        )
        .map(([scheme, host, path]) => `${scheme}${host}/${path.join('/')}`),
    ),
    query,
    fc.constantFrom('plain', 'angle', 'slack'),
  )
  .map(([link, q, wrap]) => {
    const full = `${link}${q}`.replace(/\s+/g, '-');
    if (wrap === 'angle') return `<${full}>`;
    if (wrap === 'slack') return `<${full}|listing>`;
    return full;
  });

const bag = fc.oneof(fc.constantFrom(...bagIds), fc.stringMatching(/^\d{16}$/));
/** Addresses with several matches (Kerkstraat 1 in four towns, two dwellings at Prinsengracht 263), as people vary them. */
const ambiguous = fc
  .tuple(
    fc.constantFrom('Kerkstraat 1', 'kerkstraat 1', 'Kerkstraat, 1', 'Prinsengracht 263 Amsterdam'),
    fc.constantFrom('', ' ', ','),
  )
  .map(([text, tail]) => `${text}${tail}`);
const address = fc.oneof(
  { weight: 1, arbitrary: ambiguous },
  { weight: 5, arbitrary: freeText },
  { weight: 3, arbitrary: url },
  { weight: 1, arbitrary: bag },
);

type Sample = {
  readonly input: CommandInput;
  readonly address: string;
  readonly isUrl: boolean;
  readonly pdokDown: boolean;
};

const sample: fc.Arbitrary<Sample> = fc
  .tuple(
    fc.constantFrom('value', 'waarde', 'woz', 'label', 'advies', 'referenties', 'features', 'rebuild'),
    address,
    fc.constantFrom('text', 'options'),
    fc.boolean(),
    fc.integer({ min: 0, max: 19 }),
  )
  .map(([command, text, how, lead, fault]) => {
    const input: CommandInput =
      how === 'options'
        ? { kind: 'options', command, options: { address: text } }
        : { kind: 'text', text: `${lead ? '/altum ' : ''}${command} ${text}` };
    return { input, address: text, isUrl: looksLikeUrl(text), pdokDown: fault === 0 };
  });

const who: Requester = { platform: 'slack', teamId: 'T1', userId: 'U-FUZZ', locale: 'en' };
const squash = (text: string) => text.replace(/\s+/g, '').toUpperCase();

describe('property: free-text addresses and links through plan + run', () => {
  it(`${RUNS} addresses and URLs: no crash, no Altum call without a resolved address, no URL called a key`, {
    timeout: 600_000,
  }, async () => {
    await using h = await createHarness({ deploymentKey: true, cache: true });
    const tally = { sent: 0, picker: 0, usage: 0, unavailable: 0, other: 0 };
    await fc.assert(
      fc.asyncProperty(sample, async (s) => {
        if (s.isUrl) expect(containsSecretOutsideLinks(s.address)).toBe(false);
        const plan = h.runner.plan(who, s.input);
        const before = h.fake.requests.length;
        if (s.pdokDown) h.pdok?.inject({ status: 503, times: 5 });
        const reply = await h.runner.run(who, plan);
        h.pdok?.reset();
        const context = JSON.stringify({ input: s.input, title: reply.title, summary: reply.summary });
        expect(reply.failure?.kind, context).not.toBe('internal');
        if (s.isUrl) expect(reply.failure?.kind, context).not.toBe('key_refused');
        const sent = h.fake.requests.slice(before);
        for (const request of sent) {
          const body = request.body as { postcode?: string; housenumber?: number };
          const key = `${body.postcode} ${body.housenumber}`;
          // Either PDOK resolved it, or the text named that postcode and number itself.
          const typed =
            body.postcode !== undefined &&
            squash(s.address).includes(body.postcode) &&
            s.address.includes(String(body.housenumber));
          expect(KNOWN.has(key) || typed, `${context} sent ${key}`).toBe(true);
        }
        if (reply.kind === 'picker') {
          expect(sent, context).toHaveLength(0);
          tally.picker++;
        } else if (sent.length > 0) tally.sent++;
        else if (reply.kind === 'usage') tally.usage++;
        else if (reply.failure?.kind === 'address_unavailable') tally.unavailable++;
        else tally.other++;
      }),
      { numRuns: RUNS },
    );
    // The mix reached every outcome, so the property was tested, not skipped.
    expect(tally.sent).toBeGreaterThan(200);
    expect(tally.picker).toBeGreaterThan(200);
    expect(tally.usage).toBeGreaterThan(1_000);
    expect(tally.unavailable).toBeGreaterThan(20);
  });
});
