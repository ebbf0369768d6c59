export type { BatchCommand } from './batch/batch-commands.ts';
export { BATCH_COMMANDS } from './batch/batch-commands.ts';
export { parseBatchActionId } from './batch/batch-replies.ts';
export type { BatchResult } from './batch/batch-result.ts';
export type {
  BatchEvent,
  BatchLimits,
  BatchService,
  BatchServiceOptions,
  BatchUpload,
} from './batch/batch-service.ts';
export { createBatchService, DEFAULT_BATCH_LIMITS } from './batch/batch-service.ts';
export { safeCell } from './batch/safe-cell.ts';
export { LABEL_COLOURS } from './charts/label-colours.ts';
export { batchCommand } from './commands/batch.ts';
export type { CommandRegistry } from './commands/create-registry.ts';
export { createRegistry } from './commands/create-registry.ts';
export type {
  AnyCommand,
  ArgumentChoice,
  ArgumentKind,
  ArgumentSpec,
  CommandContext,
  CommandDefinition,
  CommandNode,
  FormRequest,
  MeasureSetting,
  OptionValue,
  ParsedArgs,
  ReplyBody,
  SubcommandDefinition,
} from './commands/define-command.ts';
export {
  actionId,
  defineCommand,
  integerOption,
  MAX_ACTION_ID_LENGTH,
  replyBody,
  stringOption,
} from './commands/define-command.ts';
export { localExample, localName } from './commands/examples.ts';
export { commands, defaultRegistry } from './commands/registry.ts';
export type { Route } from './commands/subcommands.ts';
export { optionName, routeArgs, routeFlags, routesOf } from './commands/subcommands.ts';
export { usageLine } from './commands/usage-line.ts';
export { addressCard, addressCommandText, addressPicker, lookupReply } from './conversation/address-card.ts';
export { RUN_ACTION_PREFIX, runActionId, runTextOf } from './conversation/run-action.ts';
export type { ChatErrorKind, ChatErrorOptions } from './errors/chat-error.ts';
export { CHAT_ERROR_KINDS, ChatError, isChatError, usageError } from './errors/chat-error.ts';
export type { FailureContext } from './errors/error-reply.ts';
export { errorReply, failureKind } from './errors/error-reply.ts';
export type { FailureEntry, FailureKind } from './errors/error-table.ts';
export { FAILURES } from './errors/error-table.ts';
export { createReferenceId } from './errors/reference-id.ts';
export { unexpectedReply } from './errors/unexpected-reply.ts';
export { busyReply } from './fairness/busy-reply.ts';
export type { FairKey, FairQueue, FairQueueOptions } from './fairness/fair-queue.ts';
export { createFairQueue } from './fairness/fair-queue.ts';
export { labelBadge, toEnergyLabel } from './format/energy-label.ts';
export type { Formatter } from './format/formatter.ts';
export { createFormatter } from './format/formatter.ts';
export { commandText } from './grammar/command-text.ts';
export { suggest } from './grammar/edit-distance.ts';
export { readMeasure } from './grammar/measure-reader.ts';
export type { MeasureParse, MeasureReader } from './grammar/measures.ts';
export { parseOptions } from './grammar/parse-options.ts';
export type { GrammarOptions, ParsedCommand } from './grammar/parse-text.ts';
export { parseText } from './grammar/parse-text.ts';
export { looksLikeSecret } from './grammar/safe-echo.ts';
export type { Catalogue, CatalogueText, Markup, MessageParams } from './i18n/define-catalogue.ts';
export { defineCatalogue, markup } from './i18n/define-catalogue.ts';
export type { Locale } from './i18n/locale.ts';
export { resolveLocale, toLocale } from './i18n/locale.ts';
export type { MessageKey } from './i18n/translate.ts';
export { createTranslator, translate } from './i18n/translate.ts';
export { checkKeyFormat } from './keys/key-format.ts';
export { baseActionId, uniqueActionIds } from './reply/action-ids.ts';
export type { FooterPart } from './reply/footer-parts.ts';
export { footerLine, footerParts } from './reply/footer-parts.ts';
export type { MenuChoice, PlainTextOptions } from './reply/plain-text.ts';
export { menuChoices, toPlainText } from './reply/plain-text.ts';
export type {
  EnergyLabel,
  Reply,
  ReplyAction,
  ReplyChart,
  ReplyField,
  ReplyFooter,
  ReplyKind,
  ReplyTable,
} from './reply/reply.ts';
export type { ChatRunnerOptions } from './runner/create-chat-runner.ts';
export { createChatRunner } from './runner/create-chat-runner.ts';
export type { CommandPlan } from './runner/plan.ts';
export type { RequesterPreferences } from './runner/requester-locale.ts';
export type {
  BudgetRefused,
  ChatRunnerEvents,
  CommandFinished,
  CommandStarted,
} from './runner/runner-events.ts';
export type { ChatRunner, CommandInput, Platform, Requester, RunOptions } from './runner/types.ts';
