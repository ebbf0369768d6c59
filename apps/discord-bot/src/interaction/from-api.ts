import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
} from 'discord-api-types/v10';
import {
  type ApiInteraction,
  type ApiModalComponent,
  apiInteractionSchema,
} from './api-interaction-schema.ts';
import type { InteractionMeta, NormalizedInteraction } from './types.ts';

/** The fields of a raw interaction option we read. */
export interface OptionLike {
  readonly name: string;
  readonly type: number;
  readonly value?: string | number | boolean | null | undefined;
  readonly focused?: boolean | undefined;
  readonly options?: readonly OptionLike[] | undefined;
}

type Flattened = {
  subcommand: string;
  route?: string;
  options: Record<string, string | number | boolean>;
  focused?: { name: string; value: string };
};

/**
 * Reads `/altum value opt:value` or `/altum settings budget-team opt:value` (a group per chat command
 * with subcommands) into the chat command, its subcommand's option name and a flat option map.
 */
export function flattenOptions(options: readonly OptionLike[] = []): Flattened {
  const result: Flattened = { subcommand: '', options: {} };
  for (const option of options) {
    if (
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup
    ) {
      const inner = flattenOptions(option.options ?? []);
      result.subcommand = option.name;
      if (option.type === ApplicationCommandOptionType.SubcommandGroup) result.route = inner.subcommand;
      Object.assign(result.options, inner.options);
      if (inner.focused) result.focused = inner.focused;
    } else if (option.value !== undefined && option.value !== null) {
      result.options[option.name] = option.value;
      if (option.focused) result.focused = { name: option.name, value: String(option.value) };
    }
  }
  return result;
}

function modalFields(components: readonly ApiModalComponent[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const component of components) {
    const inputs =
      component.type === ComponentType.ActionRow
        ? (component.components ?? [])
        : component.type === ComponentType.Label && component.component?.type === ComponentType.TextInput
          ? [component.component]
          : [];
    for (const input of inputs) if (input.value !== undefined) fields[input.custom_id] = input.value;
  }
  return fields;
}

type Received = Exclude<ApiInteraction, { type: 1 }>;

function metaOf(raw: Received): InteractionMeta {
  // The schema guarantees one of the two (the member in guilds).
  const user = raw.member?.user ?? raw.user;
  return {
    id: raw.id,
    applicationId: raw.application_id,
    token: raw.token,
    guildId: raw.guild_id,
    userId: user?.id ?? '',
    locale: raw.locale,
    memberPermissions: raw.member ? BigInt(raw.member.permissions) : undefined,
    ...(raw.channel_id === undefined ? {} : { channelId: raw.channel_id }),
  };
}

/** What a raw body turned out to be: a PING, an interaction we handle, one we don't, or malformed. */
export type ApiInteractionRead =
  | { readonly kind: 'ping' }
  | { readonly kind: 'interaction'; readonly event: NormalizedInteraction }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'malformed' };

const HANDLED_TYPES: readonly unknown[] = [
  InteractionType.Ping,
  InteractionType.ApplicationCommand,
  InteractionType.MessageComponent,
  InteractionType.ApplicationCommandAutocomplete,
  InteractionType.ModalSubmit,
];

/** Validates raw interaction JSON (HTTP body or gateway packet) and converts it to the neutral form. */
export function readApiInteraction(raw: unknown): ApiInteractionRead {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  // Discord adds interaction types over time; a newer one is not malformed, just not ours.
  if (typeof type === 'number' && !HANDLED_TYPES.includes(type)) return { kind: 'unsupported' };
  const parsed = apiInteractionSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'malformed' };
  const valid = parsed.data;
  if (valid.type === InteractionType.Ping) return { kind: 'ping' };
  const event = toEvent(valid);
  return event ? { kind: 'interaction', event } : { kind: 'unsupported' };
}

/** Raw interaction JSON → neutral form; undefined for PING, malformed input and types we do not use. */
export function fromApiInteraction(raw: unknown): NormalizedInteraction | undefined {
  const read = readApiInteraction(raw);
  return read.kind === 'interaction' ? read.event : undefined;
}

function toEvent(raw: Received): NormalizedInteraction | undefined {
  const meta = metaOf(raw);
  switch (raw.type) {
    case InteractionType.ApplicationCommand: {
      if (raw.data.type === ApplicationCommandType.Message) {
        const target =
          raw.data.target_id === undefined ? undefined : raw.data.resolved?.messages?.[raw.data.target_id];
        return { type: 'message-command', meta, command: raw.data.name, text: target?.content ?? '' };
      }
      // User context-menu commands are not ours; chat input is type 1 (or unset).
      if (raw.data.type !== undefined && raw.data.type !== ApplicationCommandType.ChatInput) return undefined;
      const flat = flattenOptions(raw.data.options);
      return {
        type: 'command',
        meta,
        command: raw.data.name,
        subcommand: flat.subcommand,
        ...(flat.route ? { route: flat.route } : {}),
        options: flat.options,
        ...(raw.data.resolved?.attachments ? { attachments: raw.data.resolved.attachments } : {}),
      };
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const flat = flattenOptions(raw.data.options);
      return {
        type: 'autocomplete',
        meta,
        command: raw.data.name,
        subcommand: flat.subcommand,
        focused: flat.focused ?? { name: '', value: '' },
        options: flat.options,
      };
    }
    case InteractionType.MessageComponent:
      return { type: 'component', meta, customId: raw.data.custom_id, values: raw.data.values ?? [] };
    case InteractionType.ModalSubmit:
      return { type: 'modal', meta, customId: raw.data.custom_id, fields: modalFields(raw.data.components) };
  }
}
