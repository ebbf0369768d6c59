import type { REST } from '@discordjs/rest';
import {
  type APIInteractionResponse,
  InteractionResponseType,
  MessageFlags,
  Routes,
} from 'discord-api-types/v10';
import type { InteractionMeta, InteractionResponder } from '../interaction/types.ts';
import type { DiscordMessage } from '../render/to-discord-message.ts';

/** The JSON + files form of a message both the webhook edit and the gateway share. */
export function toWebhookBody(message: DiscordMessage) {
  return {
    body: {
      ...(message.content !== undefined ? { content: message.content } : {}),
      embeds: message.embeds,
      components: message.components,
      allowed_mentions: { parse: [] },
      // Attachment ids are snowflake strings in Discord's API; for an upload, the index of its file part.
      attachments: message.files.map((file, index) => ({
        id: String(index),
        filename: file.name,
        description: file.description,
      })),
    },
    files: message.files.map((file) => ({
      name: file.name,
      data: Buffer.from(file.data),
      contentType: 'image/png',
    })),
  };
}

/**
 * HTTP interactions: the first response is the HTTP answer to Discord's POST (resolved through
 * `initial`), later edits go to PATCH /webhooks/{app}/{token}/messages/@original via @discordjs/rest.
 */
export function createHttpResponder(meta: InteractionMeta, rest: REST) {
  let answer: (response: APIInteractionResponse) => void = () => {};
  const initial = new Promise<APIInteractionResponse>((resolve) => {
    answer = resolve;
  });
  let flushed: () => void = () => {};
  /** Resolves once the HTTP answer went out; an edit before that would race Discord's own processing. */
  const sent = new Promise<void>((resolve) => {
    flushed = resolve;
  });
  let responded = false;
  const respond = async (response: APIInteractionResponse): Promise<void> => {
    if (responded) throw new Error('interaction already acknowledged');
    responded = true;
    answer(response);
    await sent;
  };

  const responder: InteractionResponder = {
    defer: (ephemeral) =>
      respond({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        ...(ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}),
      }),
    deferUpdate: () => respond({ type: InteractionResponseType.DeferredMessageUpdate }),
    autocomplete: (choices) =>
      respond({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [...choices] },
      }),
    showModal: (modal) => respond({ type: InteractionResponseType.Modal, data: modal }),
    async edit(message) {
      await sent;
      const { body, files } = toWebhookBody(message);
      // Webhook routes authenticate with the interaction token in the path, not the bot token.
      await rest.patch(Routes.webhookMessage(meta.applicationId, meta.token, '@original'), {
        body,
        files,
        auth: false,
      });
    },
    async followUp(message, ephemeral) {
      await sent;
      const { body, files } = toWebhookBody(message);
      await rest.post(Routes.webhook(meta.applicationId, meta.token), {
        body: { ...body, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) },
        files,
        auth: false,
      });
    },
    async deleteOriginal() {
      await sent;
      await rest.delete(Routes.webhookMessage(meta.applicationId, meta.token, '@original'), { auth: false });
    },
  };
  return { responder, initial, markSent: () => flushed() };
}
