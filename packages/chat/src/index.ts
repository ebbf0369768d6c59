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
