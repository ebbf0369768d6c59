import type { EnergyLabel } from '../reply/reply.ts';

/** What a job keeps of its file: enough to write result files with the input's own columns. */
export interface StoredInput {
  readonly format: 'csv' | 'xlsx';
  readonly delimiter: string;
  readonly headers: readonly string[];
  readonly lines: readonly StoredLine[];
}

/** One input line: its cells and either the address key it maps to or the reason it was skipped. */
export interface StoredLine {
  readonly line: number;
  readonly cells: readonly string[];
  readonly key?: string;
  readonly reason?: string;
}

/** The stored answer for one address: the reply's fields, or the error text the user would see. */
export type ItemResult =
  | {
      readonly ok: true;
      readonly fields: readonly (readonly [string, string])[];
      readonly label?: EnergyLabel;
    }
  | { readonly ok: false; readonly error: string };

/** What the estimate found; shown again in the summary. */
export interface StoredEstimate {
  readonly rows: number;
  readonly unusable: number;
  readonly distinct: number;
  readonly cached: number;
  readonly credits: number;
}
