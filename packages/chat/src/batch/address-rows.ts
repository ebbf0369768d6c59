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
  | { readonly line: number; readonly ok: false; readonly reason: MessageKey };

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

function readLine(line: TableLine, columns: AddressColumns): CheckedLine {
  if (columns.kind === 'single') {
    const text = cell(line, columns.address);
    if (text === '') return { line: line.line, ok: false, reason: 'usage.address.missing' };
    const result = parseAddress(text);
    if (!result.ok) {
      // "Damrak 1 Amsterdam" needs an address resolver; until one exists the row says what to add.
      const reason = /^\d{4}\s*[a-z]{2}/i.test(text)
        ? ADDRESS_PROBLEM_MESSAGES[result.problem]
        : 'batch.row.needsPostcode';
      return { line: line.line, ok: false, reason };
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

/** Checks every line and collects the distinct addresses, so a duplicate is asked (and paid) once. */
export function checkRows(lines: readonly TableLine[], columns: AddressColumns): CheckedRows {
  const checked = lines.map((line) => readLine(line, columns));
  const seen = new Map<string, Address>();
  for (const line of checked) if (line.ok && !seen.has(line.key)) seen.set(line.key, line.address);
  return { lines: checked, distinct: [...seen].map(([key, address]) => ({ key, address })) };
}
