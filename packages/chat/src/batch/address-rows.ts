import { type AddressResolver, toAltumAddress } from '@altum-chat/address';
import {
  type Address,
  checkPostcode,
  formatAddress,
  normalisePostcode,
  parseAddress,
  parseHouseNumber,
} from '@altum-chat/core';
import { ADDRESS_PROBLEM_MESSAGES } from '../grammar/arg-values.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { AddressColumns } from './columns.ts';
import type { TableLine } from './read-table.ts';

/** A line of the file with the address it names (its dedupe key) or why it cannot be used. */
export type CheckedLine =
  | { readonly line: number; readonly ok: true; readonly key: string; readonly address: Address }
  | { readonly line: number; readonly ok: false; readonly reason: MessageKey; readonly lookup?: string };

export interface CheckedRows {
  readonly lines: readonly CheckedLine[];
  /** Distinct addresses in first-seen order. */
  readonly distinct: readonly { readonly key: string; readonly address: Address }[];
}

/**
 * The dedupe key: the address as Dutch people write it, case folded. Letters go to Altum in the case
 * given (core's `normaliseAddition`), but `101-a02` and `101-A02` are one dwelling and one credit.
 */
const dedupeKey = (address: Address): string => formatAddress(address).toUpperCase();

const cell = (line: TableLine, index: number | undefined): string =>
  index === undefined ? '' : (line.cells[index] ?? '').trim();

/** Look-ups at once: PDOK is free but shared; a 5,000-row file should not open 5,000 requests. */
const LOOKUP_CONCURRENCY = 8;

/** Why a free-text address cannot be used: several dwellings match, none does, or PDOK is off/down. */
const LOOKUP_REASONS = {
  choices: 'batch.row.ambiguous',
  none: 'batch.row.notFound',
  unavailable: 'batch.row.needsPostcode',
} as const satisfies Record<string, MessageKey>;

function readLine(line: TableLine, columns: AddressColumns): CheckedLine {
  if (columns.kind === 'single') {
    const text = cell(line, columns.address);
    if (text === '') return { line: line.line, ok: false, reason: 'usage.address.missing' };
    const result = parseAddress(text);
    if (!result.ok) {
      // A postcode form with a mistake says which; anything else ("Damrak 1 Amsterdam") is looked up.
      if (/^\d{4}\s*[a-z]{2}/i.test(text)) {
        return { line: line.line, ok: false, reason: ADDRESS_PROBLEM_MESSAGES[result.problem] };
      }
      return { line: line.line, ok: false, reason: 'batch.row.needsPostcode', lookup: text };
    }
    return { line: line.line, ok: true, key: dedupeKey(result.address), address: result.address };
  }
  const postcode = normalisePostcode(cell(line, columns.postcode));
  if (postcode === '') return { line: line.line, ok: false, reason: 'usage.address.missing' };
  const problem = checkPostcode(postcode);
  if (problem) return { line: line.line, ok: false, reason: ADDRESS_PROBLEM_MESSAGES[problem] };
  const number = cell(line, columns.number);
  if (number === '') return { line: line.line, ok: false, reason: 'usage.address.housenumberMissing' };
  // Letter and addition are one string for Altum (`A` + `02` → `A02`), as in the chat grammar.
  const suffix = `${cell(line, columns.letter)}${cell(line, columns.addition)}`;
  const house = parseHouseNumber(`${number} ${suffix}`);
  if (!house.ok) return { line: line.line, ok: false, reason: ADDRESS_PROBLEM_MESSAGES[house.problem] };
  const address: Address =
    house.addition === undefined
      ? { postcode, housenumber: house.housenumber }
      : { postcode, housenumber: house.housenumber, addition: house.addition };
  return { line: line.line, ok: true, key: dedupeKey(address), address };
}

/**
 * Checks every line and collects the distinct addresses, so a duplicate is asked (and paid) once.
 * Free text in a single address column goes through the resolver (each distinct text once): one
 * match is used, several or none make the row unusable with the reason, never a guess.
 */
export async function checkRows(
  lines: readonly TableLine[],
  columns: AddressColumns,
  resolver?: AddressResolver,
): Promise<CheckedRows> {
  let checked = lines.map((line) => readLine(line, columns));
  if (resolver?.enabled) {
    const found = await lookUp(
      checked.flatMap((line) => (!line.ok && line.lookup ? [line.lookup] : [])),
      resolver,
    );
    checked = checked.map((line) => {
      const answer = !line.ok && line.lookup ? found.get(line.lookup) : undefined;
      if (answer === undefined) return line;
      return 'reason' in answer
        ? { line: line.line, ok: false, reason: answer.reason }
        : { line: line.line, ok: true, key: dedupeKey(answer.address), address: answer.address };
    });
  }
  const seen = new Map<string, Address>();
  for (const line of checked) if (line.ok && !seen.has(line.key)) seen.set(line.key, line.address);
  return { lines: checked, distinct: [...seen].map(([key, address]) => ({ key, address })) };
}

type LookupAnswer = { readonly address: Address } | { readonly reason: MessageKey };

async function lookUp(
  texts: readonly string[],
  resolver: AddressResolver,
): Promise<Map<string, LookupAnswer>> {
  const queue = [...new Set(texts)];
  const answers = new Map<string, LookupAnswer>();
  const worker = async () => {
    for (let text = queue.shift(); text !== undefined; text = queue.shift()) {
      const resolution = await resolver.resolveAddress(text, { limit: 2 });
      answers.set(
        text,
        resolution.kind === 'match'
          ? { address: toAltumAddress(resolution.address) }
          : { reason: LOOKUP_REASONS[resolution.kind] },
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOOKUP_CONCURRENCY, queue.length) }, worker));
  return answers;
}
