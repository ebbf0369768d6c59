import { describe, expect, it } from 'vitest';
import { findPdokDemo } from './pdok-address-table.ts';
import { startFakePdok } from './start-fake-pdok.ts';

async function get(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('startFakePdok', () => {
  it('answers /free in the documented envelope, filtered by fq and projected by fl', async () => {
    await using pdok = await startFakePdok();
    const { status, body } = await get(
      `${pdok.url}/free?q=Damrak%201%20Amsterdam&fq=type:adres&fq=huisnummer:1&fl=weergavenaam%20postcode%20nummeraanduiding_id&rows=1`,
    );
    expect(status).toBe(200);
    // Like Solr, any matching word counts (Kerkstraat 1 Amsterdam too); the best match comes first.
    expect(body.response).toMatchObject({
      numFound: 5,
      start: 0,
      numFoundExact: true,
      docs: [
        {
          weergavenaam: 'Damrak 1, 1012LG Amsterdam',
          postcode: '1012LG',
          nummeraanduiding_id: findPdokDemo('1012LG', 1).nummeraanduiding_id,
        },
      ],
    });
  });

  it('serves /suggest with the small default fields and highlighting, and /lookup by id', async () => {
    await using pdok = await startFakePdok();
    const suggest = await get(`${pdok.url}/suggest?q=kerkstraat%201&fq=type:adres&rows=3`);
    const response = suggest.body.response as { numFound: number; docs: Record<string, unknown>[] };
    expect(response.numFound).toBe(4);
    expect(response.docs).toHaveLength(3);
    expect(Object.keys(response.docs[0] ?? {}).sort()).toEqual(['id', 'score', 'type', 'weergavenaam']);
    expect(Object.keys(suggest.body.highlighting as object)).toHaveLength(3);
    const id = String(response.docs[0]?.id);
    const lookup = await get(`${pdok.url}/lookup?id=${id}`);
    expect((lookup.body.response as { docs: { straatnaam: string }[] }).docs[0]?.straatnaam).toBe(
      'Kerkstraat',
    );
  });

  it('refuses what v3.1 refuses: unknown parameters, a missing q or id, too many rows', async () => {
    await using pdok = await startFakePdok();
    for (const path of [
      '/free?q=damrak&limit=5',
      '/suggest?fq=type:adres',
      '/lookup?q=x',
      '/free?rows=101',
    ]) {
      const { status, body } = await get(`${pdok.url}${path}`);
      expect(status, path).toBe(400);
      expect(body).toMatchObject({ status: 400, title: 'Bad Request' });
    }
    expect(pdok.requests.map((r) => r.status)).toEqual([400, 400, 400, 400]);
  });

  it('keeps street documents out of a type:adres filter', async () => {
    await using pdok = await startFakePdok();
    const all = await get(`${pdok.url}/free?q=damrak`);
    const adres = await get(`${pdok.url}/free?q=damrak&fq=type:adres`);
    const types = (b: Record<string, unknown>) =>
      (b.response as { docs: { type: string }[] }).docs.map((d) => d.type);
    expect(types(all.body)).toContain('weg');
    expect(types(adres.body)).toEqual(['adres']);
  });
});
