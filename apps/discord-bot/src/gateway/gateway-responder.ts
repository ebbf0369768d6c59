import {
  AttachmentBuilder,
  type AutocompleteInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { InteractionResponder } from '../interaction/types.ts';
import type { DiscordMessage } from '../render/to-discord-message.ts';

type Respondable = Exclude<Interaction, AutocompleteInteraction>;

/** Responds through discord.js (which calls the same REST routes the HTTP transport uses). */
export function createGatewayResponder(interaction: Interaction): InteractionResponder {
  const repliable = (): Respondable => {
    if (interaction.isAutocomplete()) throw new Error('autocomplete interactions cannot be replied to');
    return interaction;
  };
  return {
    async defer(ephemeral) {
      await repliable().deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    async deferUpdate() {
      const target = repliable();
      if (!target.isMessageComponent()) throw new Error('only components can defer an update');
      await target.deferUpdate();
    },
    async autocomplete(choices) {
      if (!interaction.isAutocomplete()) throw new Error('not an autocomplete interaction');
      await interaction.respond([...choices]);
    },
    async showModal(modal) {
      const target = repliable() as Exclude<Respondable, ModalSubmitInteraction>;
      if (target.isModalSubmit()) throw new Error('a modal cannot open a modal');
      await target.showModal(modal);
    },
    async edit(message) {
      await repliable().editReply(toOptions(message));
    },
    async followUp(message, ephemeral) {
      await repliable().followUp({
        ...toOptions(message),
        ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
      });
    },
    async deleteOriginal() {
      await repliable().deleteReply();
    },
  };
}

function toOptions(message: DiscordMessage) {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: [...message.embeds],
    components: [...message.components],
    files: message.files.map(
      (file) =>
        new AttachmentBuilder(Buffer.from(file.data), { name: file.name, description: file.description }),
    ),
    allowedMentions: { parse: [] as [] },
  };
}
