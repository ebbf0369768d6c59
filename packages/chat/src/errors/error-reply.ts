import { type AltumError, getOperation, isAltumError } from '@altum-chat/core';
import type { AnyCommand, ArgumentSpec } from '../commands/define-command.ts';
import { firstExample, localExample } from '../commands/examples.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Reply, ReplyField } from '../reply/reply.ts';
import { isChatError } from './chat-error.ts';
import { FAILURES, type FailureKind, REASON_ROWS, type ReasonRow } from './error-table.ts';

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
  if (isAltumError(error)) {
    const reason = error.reason;
    return REASON_ROWS.includes(reason as ReasonRow) ? (reason as ReasonRow) : error.kind;
  }
  return 'internal';
}

/** A value that works for `spec` in an example (`house_type=1`), from its declaration. */
function sampleValue(spec: ArgumentSpec): string {
  if (spec.choices?.[0]) return spec.choices[0].value;
  if (spec.min !== undefined) return String(spec.min);
  return '…';
}

/**
 * For `needs_input`: the argument of `command` that sends the field Altum asked for, and a working
 * example with it added (`label 1071AA 28B house_type=1`).
 */
function missingArgument(
  error: AltumError,
  command: AnyCommand | undefined,
  locale: Locale,
): { spec: ArgumentSpec; example: string } | undefined {
  const spec = command?.args.find((arg) => arg.name === error.field);
  if (!command || !spec) return undefined;
  return { spec, example: `${firstExample(command, locale)} ${spec.name}=${sampleValue(spec)}` };
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
    const api = operation ? operation.summary[locale] : error.operationId;
    const altum = error.altumMessage ?? '–';
    const afterSend = kind === 'network' && error.delivery === 'unknown';
    what = t(afterSend ? 'error.network.whatAfterSend' : entry.what, {
      api,
      altum,
      field: error.field ?? 'input',
    });
    // Whether a credit may be gone is the first thing a user at a paid key wants to know.
    if ((kind === 'network' || kind === 'timeout') && (operation?.credits ?? 0) > 0) {
      if (error.delivery === 'unknown') warnings.push(t('error.maybeCharged'));
      if (error.delivery === 'not_sent') warnings.push(t('error.notCharged'));
    }
    if (kind === 'rate_limited' && error.retryAfterMs !== undefined) {
      todo = t('error.rateLimited.todoWait', { seconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) });
    }
    if (kind === 'needs_input') {
      const missing = missingArgument(error, command, locale);
      const field = error.field ?? 'input';
      todo = missing
        ? t('error.needsInput.todo', { field, meaning: missing.spec.description[locale] })
        : t('error.needsInput.todoNoArgument', { field });
      example = missing?.example;
    } else {
      // Altum's own text is already in `what` for the reasons that quote it.
      for (const issue of error.fields.slice(0, MAX_ISSUES))
        warnings.push(`${issue.field}: ${issue.message}`);
    }
    if (example === undefined && entry.example && command) example = firstExample(command, locale);
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
    failure: {
      kind,
      ...(isAltumError(error) && error.retryAfterMs !== undefined
        ? { retryAfterMs: error.retryAfterMs }
        : {}),
    },
  };
}
