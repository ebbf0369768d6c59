export { LABEL_COLOURS } from './charts/label-colours.ts';
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
export { labelBadge, toEnergyLabel } from './format/energy-label.ts';
export type { Formatter } from './format/formatter.ts';
export { createFormatter } from './format/formatter.ts';
export type { PlainTextOptions } from './reply/plain-text.ts';
export { toPlainText } from './reply/plain-text.ts';
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
