import type { MessageParams } from '../i18n/translate.ts';

/** Why an upload could not be used as a portfolio file; each kind has an nl/en message `batch.file.<kind>`. */
export type BatchFileProblem =
  | 'empty'
  | 'no_rows'
  | 'too_large'
  | 'too_many_rows'
  | 'unreadable'
  | 'unsupported_type'
  | 'sheet_not_found'
  | 'no_address_columns'
  | 'unsupported_command';

/** A file problem found before anything is stored or spent. */
export class BatchFileError extends Error {
  override readonly name = 'BatchFileError';
  readonly problem: BatchFileProblem;
  readonly params: MessageParams;

  constructor(problem: BatchFileProblem, params: MessageParams = {}, cause?: unknown) {
    super(`batch file: ${problem}`, cause === undefined ? undefined : { cause });
    this.problem = problem;
    this.params = params;
  }
}

export function isBatchFileError(error: unknown): error is BatchFileError {
  return error instanceof BatchFileError;
}
