import type { REST } from '@discordjs/rest';
import {
  type APIInteractionResponse,
  InteractionResponseType,
  MessageFlags,
  Routes,
} from 'discord-api-types/v10';
import type { DiscordMessage } from '../render/to-discord-message.ts';
import type { InteractionMeta, InteractionResponder } from './types.ts';

/**
 * How the first response (the ack) reaches Discord: the HTTP answer to Discord's POST in HTTP mode,
 * POST /interactions/{id}/{token}/callback in gateway mode. Resolves once Discord has it, so the
 * edits that follow cannot overtake it.
 */
export type SendAck = (response: APIInteractionResponse) => Promise<void>;

/** The gateway's ack: the callback route, authenticated by the interaction token in its path. */
export function callbackAck(meta: InteractionMeta, rest: REST): SendAck {
  return async (response) => {
    await rest.post(Routes.interactionCallback(meta.id, meta.token), { body: response, auth: false });
  };
}

/** The JSON + files form of a message, for webhook edits and follow-ups (and bot-token posts). */
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
      contentType: file.contentType ?? 'image/png',
    })),
  };
}

/**
 * The one responder both transports use: the ack goes out through `sendAck`, everything after it
 * (edit, follow-up, delete) through the interaction webhook over @discordjs/rest.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export function createRestResponder(
  meta: InteractionMeta,
  rest: REST,
  sendAck: SendAck,
): InteractionResponder {
  let acked: Promise<void> | undefined;
  const respond = (response: APIInteractionResponse): Promise<void> => {
    if (acked) return Promise.reject(new Error('interaction already acknowledged'));
    acked = sendAck(response);
    return acked;
  };
  // Webhook routes authenticate with the interaction token in the path, not the bot token.
  const original = Routes.webhookMessage(meta.applicationId, meta.token, '@original');

  return {
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
      await acked;
      const { body, files } = toWebhookBody(message);
      await rest.patch(original, { body, files, auth: false });
    },
    async followUp(message, ephemeral) {
      await acked;
      const { body, files } = toWebhookBody(message);
      await rest.post(Routes.webhook(meta.applicationId, meta.token), {
        body: { ...body, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) },
        files,
        auth: false,
      });
    },
    async deleteOriginal() {
      await acked;
      await rest.delete(original, { auth: false });
    },
  };
}
