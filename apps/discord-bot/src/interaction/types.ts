import type {
  APIApplicationCommandOptionChoice,
  APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { DiscordMessage } from '../render/to-discord-message.ts';

/** Who and where, common to every interaction; the token is never logged. */
export interface InteractionMeta {
  readonly id: string;
  readonly applicationId: string;
  readonly token: string;
  /** Undefined in DMs. */
  readonly guildId: string | undefined;
  readonly userId: string;
  readonly locale: string | undefined;
  /** The member's permissions in the channel; undefined outside a guild. */
  readonly memberPermissions: bigint | undefined;
  /** Where it was used (guild channel or DM); a long job's result may be posted there later. */
  readonly channelId?: string;
}

/** An uploaded file of an attachment option, from the interaction's `resolved.attachments`. */
export interface AttachmentRef {
  readonly filename: string;
  readonly size: number;
  readonly url: string;
}

export type OptionMap = Readonly<Record<string, string | number | boolean>>;

/**
 * One interaction in transport-neutral form, read from raw JSON (a gateway dispatch or an HTTP
 * body), so every handler and renderer is shared between the two.
 */
export type NormalizedInteraction =
  | {
      readonly type: 'command';
      readonly meta: InteractionMeta;
      readonly command: string;
      /** The chat command (`value`, `settings`). */
      readonly subcommand: string;
      /** Its subcommand's option name (`budget-team`) when the chat command has subcommands. */
      readonly route?: string;
      readonly options: OptionMap;
      /** Attachment options' files by attachment id (an option's value is the id). */
      readonly attachments?: Readonly<Record<string, AttachmentRef>>;
    }
  | {
      /** A message context-menu command (type 3), e.g. "Look up address". */
      readonly type: 'message-command';
      readonly meta: InteractionMeta;
      readonly command: string;
      /** The text of the message it was used on (Discord includes it without the content intent). */
      readonly text: string;
    }
  | {
      readonly type: 'autocomplete';
      readonly meta: InteractionMeta;
      readonly command: string;
      readonly subcommand: string;
      readonly focused: { readonly name: string; readonly value: string };
      readonly options: OptionMap;
    }
  | {
      readonly type: 'component';
      readonly meta: InteractionMeta;
      readonly customId: string;
      readonly values: readonly string[];
    }
  | {
      readonly type: 'modal';
      readonly meta: InteractionMeta;
      readonly customId: string;
      readonly fields: Readonly<Record<string, string>>;
    };

export type AutocompleteChoice = APIApplicationCommandOptionChoice<string>;

/**
 * The responses an interaction allows. The first call must be one of `defer`, `deferUpdate`,
 * `autocomplete` or `showModal` and happen within 3 s; `edit` then replaces the original message
 * (PATCH …/messages/@original), valid for 15 minutes.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export interface InteractionResponder {
  /** Callback type 5: "thinking…", optionally only visible to the user. */
  defer(ephemeral: boolean): Promise<void>;
  /** Callback type 6: acknowledges a button/select; the edit then replaces the clicked message. */
  deferUpdate(): Promise<void>;
  /** Callback type 8. */
  autocomplete(choices: readonly AutocompleteChoice[]): Promise<void>;
  /** Callback type 9; only as the first response. */
  showModal(modal: APIModalInteractionResponseCallbackData): Promise<void>;
  /** Edits the original response. */
  edit(message: DiscordMessage): Promise<void>;
  /** Sends a follow-up message (POST /webhooks/{app}/{token}), optionally only visible to the user. */
  followUp(message: DiscordMessage, ephemeral: boolean): Promise<void>;
  /** Deletes the original response (DELETE …/messages/@original). */
  deleteOriginal(): Promise<void>;
}
