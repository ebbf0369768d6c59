import type { Interaction } from 'discord.js';
import { flattenOptions } from './from-api.ts';
import type { InteractionMeta, NormalizedInteraction } from './types.ts';

function metaOf(interaction: Interaction): InteractionMeta {
  return {
    id: interaction.id,
    applicationId: interaction.applicationId,
    token: interaction.token,
    guildId: interaction.guildId ?? undefined,
    userId: interaction.user.id,
    locale: interaction.locale,
    memberPermissions: interaction.inGuild() ? (interaction.memberPermissions?.bitfield ?? 0n) : undefined,
  };
}

/** A discord.js interaction (gateway) → the same neutral form the HTTP endpoint produces. */
export function fromDiscordJs(interaction: Interaction): NormalizedInteraction | undefined {
  const meta = metaOf(interaction);
  if (interaction.isChatInputCommand()) {
    const flat = flattenOptions(interaction.options.data);
    return {
      type: 'command',
      meta,
      command: interaction.commandName,
      subcommand: flat.subcommand,
      ...(flat.route ? { route: flat.route } : {}),
      options: flat.options,
    };
  }
  if (interaction.isAutocomplete()) {
    const flat = flattenOptions(interaction.options.data);
    return {
      type: 'autocomplete',
      meta,
      command: interaction.commandName,
      subcommand: flat.subcommand,
      focused: flat.focused ?? { name: '', value: '' },
      options: flat.options,
    };
  }
  if (interaction.isButton() || interaction.isStringSelectMenu()) {
    return {
      type: 'component',
      meta,
      customId: interaction.customId,
      values: interaction.isStringSelectMenu() ? interaction.values : [],
    };
  }
  if (interaction.isModalSubmit()) {
    const fields: Record<string, string> = {};
    for (const [id, field] of interaction.fields.fields) {
      if ('value' in field && typeof field.value === 'string') fields[id] = field.value;
    }
    return { type: 'modal', meta, customId: interaction.customId, fields };
  }
  return undefined;
}
