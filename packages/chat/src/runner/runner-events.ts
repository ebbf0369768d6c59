import type { FailureKind } from '../errors/error-table.ts';
import type { Platform } from './types.ts';

/** A command was accepted by the runner (its reply is on the way). */
export interface CommandStarted {
  readonly platform: Platform;
  readonly reference: string;
}

/** A command ended in exactly one reply: `ok`, or the failure-table row it ended in. */
export interface CommandFinished {
  readonly command: string;
  readonly platform: Platform;
  readonly outcome: 'ok' | FailureKind;
  readonly durationMs: number;
  readonly calls: number;
  readonly credits: number;
  readonly cacheHits: number;
  readonly reference: string;
}

/** A paid call was refused before it was sent, because a credit budget would be exceeded. */
export interface BudgetRefused {
  readonly platform: Platform;
  readonly limit: 'user_daily' | 'team_monthly';
  readonly reference: string;
}

/** What the runner emits for observers (metrics), beside the client's `callFinished`. */
export interface ChatRunnerEvents {
  readonly commandStarted: CommandStarted;
  readonly commandFinished: CommandFinished;
  readonly budgetRefused: BudgetRefused;
}
