import { getOperation, isAltumError } from '@altum-chat/core';
import type { AnyCommand } from '../commands/define-command.ts';
import { firstExample, localExample } from '../commands/examples.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Reply, ReplyField } from '../reply/reply.ts';
import { isChatError } from './chat-error.ts';
import { FAILURES, type FailureKind } from './error-table.ts';

export interface FailureContext {
  readonly t: Translate;
  readonly locale: Locale;
  /** The reference id of this command, also in its log line. */
  readonly reference: string;
  /** The command that failed, when known: its example is shown for input problems. */
  readonly command?: AnyCommand | undefined;
}

/** Which row of the failure table an error belongs to. */
export function failureKind(error: unknown): FailureKind {
  if (isChatError(error)) return error.kind;
  if (isAltumError(error)) return error.kind;
  return 'internal';
}

const MAX_ISSUES = 5;

/**
 * The one function that turns any error into a reply: what happened, what to do, an example when
 * the input was the problem, and the reference id. Never includes a stack, `cause` or raw input.
 */
export function errorReply(error: unknown, context: FailureContext): Reply {
  const { t, locale, reference, command } = context;
  const kind = failureKind(error);
  const entry = FAILURES[kind];
  const fields: ReplyField[] = [];
  const warnings: string[] = [];
  let what: string;
  let todo = t(entry.todo, { reference });
  let example: string | undefined;

  if (isChatError(error)) {
    what = t(error.messageKey, error.params);
    if (error.suggestions.length > 0) {
      fields.push({
        label: t('error.field.didYouMean'),
        value: error.suggestions.map((s) => `\`${s}\``).join(', '),
      });
    }
    if (error.example !== undefined) {
      example = command ? localExample(command, error.example, locale) : error.example;
    } else if (entry.example && command) {
      example = firstExample(command, locale);
    }
    if (kind === 'unknown_command') example = locale === 'nl' ? 'hulp' : 'help';
  } else if (isAltumError(error)) {
    const operation = getOperation(error.operationId);
    what = t(entry.what, { api: operation ? operation.summary[locale] : error.operationId });
    if (kind === 'rate_limited' && error.retryAfterMs !== undefined) {
      todo = t('error.rateLimited.todoWait', { seconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) });
    }
    for (const issue of error.fields.slice(0, MAX_ISSUES)) warnings.push(`${issue.field}: ${issue.message}`);
    if (entry.example && command) example = firstExample(command, locale);
  } else {
    what = t(entry.what);
  }

  // Every input problem ends with something that works, even when the command is unknown.
  if (example === undefined && entry.replyKind === 'usage') {
    example =
      kind === 'key_refused'
        ? locale === 'nl'
          ? 'sleutel login'
          : 'key login'
        : locale === 'nl'
          ? 'hulp'
          : 'help';
  }
  fields.push({ label: t('error.field.todo'), value: todo });
  if (example !== undefined) fields.push({ label: t('error.field.example'), value: `\`${example}\`` });
  return {
    kind: entry.replyKind,
    title: t(entry.title),
    summary: what,
    fields,
    tables: [],
    warnings,
    charts: [],
    actions: [],
    footer: { reference },
    private: true,
  };
}
