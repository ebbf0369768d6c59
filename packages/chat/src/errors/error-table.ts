import type { AltumErrorKind, AltumErrorReason } from '@altum-chat/core';
import type { MessageKey } from '../i18n/translate.ts';
import type { ReplyKind } from '../reply/reply.ts';
import type { ChatErrorKind } from './chat-error.ts';

/**
 * Altum error reasons that get a row of their own, ahead of their kind's row: one more input fixes
 * the first, the second may work later.
 */
export const REASON_ROWS = [
  'needs_input',
  'temporarily_unavailable',
] as const satisfies readonly AltumErrorReason[];
export type ReasonRow = (typeof REASON_ROWS)[number];

/** Every kind of failure a command can end in; `internal` is an exception nobody expected. */
export type FailureKind = AltumErrorKind | ReasonRow | ChatErrorKind | 'internal';

export interface FailureEntry {
  /** `usage` for input the user can fix, `error` for everything else. */
  readonly replyKind: Extract<ReplyKind, 'usage' | 'error'>;
  readonly title: MessageKey;
  /** What happened, when the error itself carries no more specific message. */
  readonly what: MessageKey;
  /** What the user can do about it. */
  readonly todo: MessageKey;
  /** Show the command's working example (input problems). */
  readonly example?: boolean;
  /** Log level: `warn` for things that need an operator, `info` for normal user mistakes. */
  readonly log: 'info' | 'warn' | 'error';
}

/** The one table turning failures into replies; `error-reply.ts` is the one function that reads it. */
export const FAILURES: Readonly<Record<FailureKind, FailureEntry>> = {
  usage: {
    replyKind: 'usage',
    title: 'error.usage.title',
    what: 'error.usage.what',
    todo: 'error.usage.todo',
    example: true,
    log: 'info',
  },
  unknown_command: {
    replyKind: 'usage',
    title: 'error.unknownCommand.title',
    what: 'usage.unknownCommand',
    todo: 'error.unknownCommand.todo',
    log: 'info',
  },
  key_refused: {
    replyKind: 'usage',
    title: 'error.keyRefused.title',
    what: 'error.keyRefused.what',
    todo: 'error.keyRefused.todo',
    log: 'warn',
  },
  address_unavailable: {
    replyKind: 'error',
    title: 'error.addressUnavailable.title',
    what: 'error.addressUnavailable.what',
    todo: 'error.addressUnavailable.todo',
    // The postcode form always works: show it.
    example: true,
    // PDOK down is something an operator wants to see; a user cannot fix it.
    log: 'warn',
  },
  no_key: {
    replyKind: 'error',
    title: 'error.noKey.title',
    what: 'error.noKey.what',
    todo: 'error.noKey.todo',
    log: 'info',
  },
  over_budget: {
    replyKind: 'error',
    title: 'error.overBudget.title',
    what: 'error.overBudget.what',
    todo: 'error.overBudget.todo',
    log: 'info',
  },
  busy: {
    replyKind: 'error',
    title: 'error.busy.title',
    what: 'error.busy.what',
    todo: 'error.busy.todo',
    log: 'info',
  },
  not_admin: {
    replyKind: 'error',
    title: 'error.notAdmin.title',
    what: 'error.notAdmin.what',
    todo: 'error.notAdmin.todo',
    log: 'info',
  },
  auth: {
    replyKind: 'error',
    title: 'error.auth.title',
    what: 'error.auth.what',
    todo: 'error.auth.todo',
    log: 'warn',
  },
  forbidden: {
    replyKind: 'error',
    title: 'error.forbidden.title',
    what: 'error.forbidden.what',
    todo: 'error.forbidden.todo',
    log: 'warn',
  },
  validation: {
    replyKind: 'usage',
    title: 'error.validation.title',
    what: 'error.validation.what',
    todo: 'error.validation.todo',
    example: true,
    log: 'info',
  },
  needs_input: {
    replyKind: 'usage',
    title: 'error.needsInput.title',
    what: 'error.needsInput.what',
    todo: 'error.needsInput.todo',
    example: true,
    log: 'info',
  },
  rejected: {
    replyKind: 'error',
    title: 'error.rejected.title',
    what: 'error.rejected.what',
    todo: 'error.rejected.todo',
    example: true,
    log: 'warn',
  },
  temporarily_unavailable: {
    replyKind: 'error',
    title: 'error.later.title',
    what: 'error.later.what',
    todo: 'error.later.todo',
    log: 'info',
  },
  not_found: {
    replyKind: 'error',
    title: 'error.notFound.title',
    what: 'error.notFound.what',
    todo: 'error.notFound.todo',
    example: true,
    log: 'info',
  },
  rate_limited: {
    replyKind: 'error',
    title: 'error.rateLimited.title',
    what: 'error.rateLimited.what',
    todo: 'error.rateLimited.todo',
    log: 'warn',
  },
  upstream: {
    replyKind: 'error',
    title: 'error.upstream.title',
    what: 'error.upstream.what',
    todo: 'error.upstream.todo',
    log: 'warn',
  },
  network: {
    replyKind: 'error',
    title: 'error.network.title',
    what: 'error.network.what',
    todo: 'error.network.todo',
    log: 'warn',
  },
  timeout: {
    replyKind: 'error',
    title: 'error.timeout.title',
    what: 'error.timeout.what',
    todo: 'error.timeout.todo',
    log: 'warn',
  },
  aborted: {
    replyKind: 'error',
    title: 'error.aborted.title',
    what: 'error.aborted.what',
    todo: 'error.aborted.todo',
    log: 'info',
  },
  invalid_response: {
    replyKind: 'error',
    title: 'error.invalidResponse.title',
    what: 'error.invalidResponse.what',
    todo: 'error.invalidResponse.todo',
    log: 'error',
  },
  internal: {
    replyKind: 'error',
    title: 'error.internal.title',
    what: 'error.internal.what',
    todo: 'error.internal.todo',
    log: 'error',
  },
};
