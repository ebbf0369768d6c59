export type {
  BudgetCaps,
  ChatSettings,
  CommandStore,
  KeyInfo,
  UsageRow,
} from './commands/command-store.ts';
export type {
  AnyCommand,
  ArgumentChoice,
  ArgumentKind,
  ArgumentSpec,
  CommandContext,
  CommandDefinition,
  MeasureSetting,
  OptionValue,
  ParsedArgs,
  ReplyBody,
} from './commands/define-command.ts';
export {
  actionId,
  defineCommand,
  integerOption,
  MAX_ACTION_ID_LENGTH,
  replyBody,
  stringOption,
} from './commands/define-command.ts';
export type { ChatErrorKind, ChatErrorOptions } from './errors/chat-error.ts';
export { CHAT_ERROR_KINDS, ChatError, isChatError, usageError } from './errors/chat-error.ts';
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
export type { ChatRunner, CommandInput, Platform, Requester } from './runner/types.ts';
