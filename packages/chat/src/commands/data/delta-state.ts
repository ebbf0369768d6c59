import type { Address } from '@altum-chat/core';
import type { MeasureSetting } from '../define-command.ts';

/**
 * The what-if state a Delta reply's selects carry in their stateless ids: address + the chosen target
 * levels, plus (per select) which measure it changes. Compact so the whole id stays within Discord's
 * 100-character custom_id limit even for the longest address and every measure set:
 * `1071AA|28|B|w4l3i6p12|w` — postcode | number | addition | one letter + level per measure | changed.
 * Nothing secret goes in: an address and measure levels are what the user typed in the channel.
 */

/** One letter per measure key; never reuse or reassign a letter, old buttons in chat history still carry them. */
export const MEASURE_CODES = {
  wall_insulation: 'w',
  floor_insulation: 'f',
  sloped_roof_insulation: 's',
  flat_roof_insulation: 't',
  roof_insulation: 'r',
  living_room_windows: 'l',
  bedroom_windows: 'b',
  installation: 'i',
  ventilation: 'v',
  shower: 'h',
  cooling: 'c',
  electric_cooking: 'k',
  solar_panels: 'p',
} as const satisfies Record<string, string>;

const KEY_BY_CODE = new Map<string, string>(Object.entries(MEASURE_CODES).map(([key, code]) => [code, key]));

export interface DeltaState {
  readonly address: Address;
  /** Target levels by measure key, in a stable order. */
  readonly measures: readonly MeasureSetting[];
  /** The measure a select changes; absent on the state itself. */
  readonly change?: string;
}

export function codeOf(key: string): string | undefined {
  return (MEASURE_CODES as Record<string, string>)[key];
}

/** Encodes the state; measures without a code are left out (they cannot be changed by a select). */
export function encodeDeltaState(state: DeltaState): string {
  const { postcode, housenumber, addition } = state.address;
  const measures = state.measures
    .map((m) => {
      const code = codeOf(m.key);
      return code === undefined ? '' : `${code}${Math.trunc(m.level)}`;
    })
    .join('');
  const parts = [postcode, String(housenumber), addition ?? '', measures];
  const change = state.change === undefined ? undefined : codeOf(state.change);
  if (change !== undefined) parts.push(change);
  return parts.join('|');
}

/** Decodes what `encodeDeltaState` wrote; undefined for anything else (ids are user-controllable input). */
export function decodeDeltaState(ref: string): DeltaState | undefined {
  const parts = ref.split('|');
  if (parts.length < 4 || parts.length > 5) return undefined;
  const [postcode = '', number = '', addition = '', measureText = '', changeCode] = parts;
  if (!/^[1-9]\d{3}[A-Z]{2}$/.test(postcode) || !/^\d{1,5}$/.test(number)) return undefined;
  if (!/^[A-Z0-9+\-/ ]{0,10}$/.test(addition)) return undefined;
  if (!/^([a-z]\d{1,3})*$/.test(measureText)) return undefined;
  const measures: MeasureSetting[] = [];
  for (const match of measureText.matchAll(/([a-z])(\d{1,3})/g)) {
    const key = KEY_BY_CODE.get(match[1] ?? '');
    if (key === undefined) return undefined;
    measures.push({ key, level: Number(match[2]) });
  }
  const address: Address =
    addition === '' ? { postcode, housenumber: Number(number) } : { postcode, housenumber: Number(number), addition };
  if (changeCode === undefined) return { address, measures };
  const change = KEY_BY_CODE.get(changeCode);
  return change === undefined ? undefined : { address, measures, change };
}

/** Sets (or with `undefined`, removes) one measure's level, keeping the others and their order. */
export function withMeasure(
  measures: readonly MeasureSetting[],
  key: string,
  level: number | undefined,
): MeasureSetting[] {
  const rest = measures.filter((m) => m.key !== key);
  if (level === undefined) return rest;
  const index = measures.findIndex((m) => m.key === key);
  const next = { key, level };
  if (index < 0) return [...rest, next];
  return [...rest.slice(0, index), next, ...rest.slice(index)];
}
