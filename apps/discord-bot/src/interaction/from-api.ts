import {
  type APIInteraction,
  type APIModalSubmissionComponent,
  ApplicationCommandOptionType,
  ComponentType,
  InteractionType,
} from 'discord-api-types/v10';
import type { InteractionMeta, NormalizedInteraction } from './types.ts';

/** The fields of an option both raw JSON and discord.js's `CommandInteractionOption` carry. */
export interface OptionLike {
  readonly name: string;
  readonly type: number;
  readonly value?: string | number | boolean | null | undefined;
  readonly focused?: boolean | undefined;
  readonly options?: readonly OptionLike[] | undefined;
}

type Flattened = {
  subcommand: string;
  options: Record<string, string | number | boolean>;
  focused?: { name: string; value: string };
};

/** Reads `/cmd sub opt:value` (one level of subcommands, as our commands use) into a flat map. */
export function flattenOptions(options: readonly OptionLike[] = []): Flattened {
  const result: Flattened = { subcommand: '', options: {} };
  for (const option of options) {
    if (
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup
    ) {
      const inner = flattenOptions(option.options ?? []);
      result.subcommand =
        option.type === ApplicationCommandOptionType.Subcommand ? option.name : inner.subcommand;
      Object.assign(result.options, inner.options);
      if (inner.focused) result.focused = inner.focused;
    } else if (option.value !== undefined && option.value !== null) {
      result.options[option.name] = option.value;
      if (option.focused) result.focused = { name: option.name, value: String(option.value) };
    }
  }
  return result;
}

function modalFields(components: readonly APIModalSubmissionComponent[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const component of components) {
    if (component.type === ComponentType.ActionRow) {
      for (const input of component.components) fields[input.custom_id] = input.value;
    } else if (
      component.type === ComponentType.Label &&
      component.component.type === ComponentType.TextInput
    ) {
      fields[component.component.custom_id] = component.component.value;
    }
  }
  return fields;
}

function metaOf(raw: Exclude<APIInteraction, { type: InteractionType.Ping }>): InteractionMeta {
  const user = raw.member?.user ?? raw.user;
  return {
    id: raw.id,
    applicationId: raw.application_id,
    token: raw.token,
    guildId: raw.guild_id,
    userId: user?.id ?? '',
    locale: raw.locale,
    memberPermissions: raw.member ? BigInt(raw.member.permissions) : undefined,
  };
}

/** Raw interaction JSON (HTTP endpoint) → neutral form; undefined for PING and types we do not use. */
export function fromApiInteraction(raw: APIInteraction): NormalizedInteraction | undefined {
  if (raw.type === InteractionType.Ping) return undefined;
  const meta = metaOf(raw);
  switch (raw.type) {
    case InteractionType.ApplicationCommand: {
      if (!('options' in raw.data) && raw.data.type !== 1) return undefined;
      const flat = flattenOptions('options' in raw.data ? raw.data.options : []);
      return {
        type: 'command',
        meta,
        command: raw.data.name,
        subcommand: flat.subcommand,
        options: flat.options,
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
      return {
        type: 'component',
        meta,
        customId: raw.data.custom_id,
        values: 'values' in raw.data ? raw.data.values : [],
      };
    case InteractionType.ModalSubmit:
      return { type: 'modal', meta, customId: raw.data.custom_id, fields: modalFields(raw.data.components) };
    default:
      return undefined;
  }
}
