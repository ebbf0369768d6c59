import type { MeasureSetting } from '../commands/define-command.ts';

/** The outcome of reading one `measure=level` pair; failures say what to offer instead. */
export type MeasureParse =
  | { readonly ok: true; readonly setting: MeasureSetting }
  | {
      readonly ok: false;
      readonly reason: 'unknown_measure' | 'unknown_word' | 'out_of_range' | 'undescribed_level';
      readonly measure?: string;
      readonly validWords: readonly string[];
      /** The valid levels with their codes, as help lists them (`4 hr_combi, 5 …`). */
      readonly levels?: string;
      readonly suggestion?: string;
      readonly min?: number;
      readonly max?: number;
    };

/** Reads `name=value` for a `measures` argument. */
export type MeasureReader = (name: string, value: string) => MeasureParse;
