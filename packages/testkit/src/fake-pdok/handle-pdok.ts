import type { PdokDocument } from './pdok-documents.ts';
import { filterMatches, project, score } from './pdok-search.ts';

/** What the fake answers: a status and a JSON body. */
export interface PdokAnswer {
  readonly status: number;
  readonly body: unknown;
}

type Endpoint = 'free' | 'suggest' | 'lookup';

/**
 * The query parameters each endpoint's OpenAPI document lists (v3.1 UI and the PDOK wiki). Since
 * v3.1 "query parameters that are not in the OpenAPI specification are not allowed" (release notes,
 * https://github.com/PDOK/locatieserver), so anything else is refused with 400.
 */
const ALLOWED: Record<Endpoint, ReadonlySet<string>> = {
  free: new Set(['q', 'fl', 'fq', 'df', 'bq', 'start', 'rows', 'sort', 'wt', 'lat', 'lon']),
  suggest: new Set(['q', 'fl', 'fq', 'df', 'qf', 'bq', 'start', 'rows', 'sort', 'wt', 'lat', 'lon']),
  lookup: new Set(['id', 'fl', 'wt']),
};

/** Suggest answers are small by design (wiki: default `fl` is id, weergavenaam, type, score). */
const DEFAULT_FL: Record<Endpoint, readonly string[]> = {
  free: ['*'],
  suggest: ['id', 'weergavenaam', 'type', 'score'],
  lookup: ['*'],
};

/** Documented maximum for `rows`. */
const MAX_ROWS = 100;

/**
 * The shape of a 400 from v3.1. [inferred] The OpenAPI UI documents a JSON error with a
 * human-readable reason; we model it as a problem object (`status`, `title`, `detail`).
 */
function badRequest(detail: string): PdokAnswer {
  return { status: 400, body: { status: 400, title: 'Bad Request', detail } };
}

function envelope(docs: readonly PdokDocument[], numFound: number, start: number): Record<string, unknown> {
  const maxScore = docs.reduce((max, d) => Math.max(max, Number(d.score ?? 0)), 0);
  return { response: { numFound, start, maxScore, numFoundExact: true, docs } };
}

/** Plays one Locatieserver request against the table: `free`, `suggest` or `lookup`. */
export function answerPdok(
  endpoint: string,
  params: URLSearchParams,
  table: readonly PdokDocument[],
): PdokAnswer {
  if (endpoint !== 'free' && endpoint !== 'suggest' && endpoint !== 'lookup') {
    return { status: 404, body: { status: 404, title: 'Not Found', detail: `no endpoint /${endpoint}` } };
  }
  for (const name of new Set(params.keys())) {
    if (!ALLOWED[endpoint].has(name)) return badRequest(`query parameter '${name}' is not allowed`);
  }
  const rowsText = params.get('rows');
  const rows = rowsText === null ? 10 : Number(rowsText);
  if (!Number.isInteger(rows) || rows < 0 || rows > MAX_ROWS) {
    return badRequest(`rows must be an integer from 0 to ${MAX_ROWS}`);
  }
  const start = Number(params.get('start') ?? 0);
  if (!Number.isInteger(start) || start < 0) return badRequest('start must be a non-negative integer');
  const fl = (params.get('fl') ?? '').split(/[\s,]+/).filter(Boolean);
  const fields = fl.length > 0 ? fl : DEFAULT_FL[endpoint];

  if (endpoint === 'lookup') {
    const id = params.get('id');
    if (!id) return badRequest("query parameter 'id' is required");
    const found = table.filter((d) => d.id === id).map((d) => project(d, fields, 1));
    return { status: 200, body: envelope(found, found.length, 0) };
  }

  const q = params.get('q');
  // v3.1 release notes: q is required, except on /free.
  if (endpoint === 'suggest' && (q === null || q.trim() === '')) {
    return badRequest("query parameter 'q' is required");
  }
  const filters = params.getAll('fq');
  const query = q === null || q.trim() === '*:*' ? '' : q;
  const matched = table
    .filter((d) => filters.every((f) => filterMatches(d, f)))
    .map((d) => ({ d, points: score(d, query, endpoint === 'suggest') }))
    .filter((m) => m.points > 0)
    .sort((a, b) => b.points - a.points || String(a.d.weergavenaam).localeCompare(String(b.d.weergavenaam)));
  const page = matched.slice(start, start + rows).map((m) => project(m.d, fields, m.points));
  const body = envelope(page, matched.length, start);
  if (endpoint === 'suggest') {
    body.highlighting = Object.fromEntries(
      page.map((d) => [String(d.id), { suggest: [String(d.weergavenaam)] }]),
    );
  }
  return { status: 200, body };
}
