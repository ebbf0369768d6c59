import type { MessageKey, MessageParams } from '../i18n/translate.ts';

/**
 * Problems the chat layer finds itself (as opposed to `AltumError`, which the client throws). The
 * runner turns both families into a reply through one table (see `error-reply.ts`).
 */
export const CHAT_ERROR_KINDS = [
  'usage',
  'unknown_command',
  'no_key',
  'over_budget',
  'not_admin',
  'key_refused',
  'busy',
  /** A free-text address could not be looked up (PDOK slow, down or switched off). */
  'address_unavailable',
] as const;

export type ChatErrorKind = (typeof CHAT_ERROR_KINDS)[number];

export interface ChatErrorOptions {
  readonly kind: ChatErrorKind;
  /** The catalogue message that says what was wrong; the table adds what to do. */
  readonly message: MessageKey;
  readonly params?: MessageParams;
  /** The command this happened in (canonical English name), so the reply can show a working example. */
  readonly command?: string;
  /** A working example in text form (`value 1071AA 28B`); defaults to the command's first example. */
  readonly example?: string;
  /** "Did you mean …" candidates, already in the user's vocabulary. */
  readonly suggestions?: readonly string[];
  readonly cause?: unknown;
}

/** An error the chat layer raises on purpose; commands throw it for bad input found in `run`. */
export class ChatError extends Error {
  override readonly name = 'ChatError';
  readonly kind: ChatErrorKind;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  readonly command: string | undefined;
  readonly example: string | undefined;
  readonly suggestions: readonly string[];

  constructor(options: ChatErrorOptions) {
    super(`chat error ${options.kind}: ${options.message}`, { cause: options.cause });
    this.kind = options.kind;
    this.messageKey = options.message;
    this.params = options.params ?? {};
    this.command = options.command;
    this.example = options.example;
    this.suggestions = options.suggestions ?? [];
  }
}

export function isChatError(error: unknown): error is ChatError {
  return error instanceof ChatError;
}

/** Shorthand for the most common chat error: the input did not fit the command. */
export function usageError(
  message: MessageKey,
  options: Omit<ChatErrorOptions, 'kind' | 'message'> = {},
): ChatError {
  return new ChatError({ ...options, kind: 'usage', message });
}
