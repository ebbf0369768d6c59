import {
  type BatchEvent,
  type BatchService,
  type ChatRunner,
  type CommandPlan,
  parseBatchActionId,
  type Reply,
  type Requester,
  unexpectedReply,
} from '@altum-chat/chat';
import type { Logger } from '@altum-chat/core';
import type { REST } from '@discordjs/rest';
import { MessageFlags, Routes } from 'discord-api-types/v10';
import { toWebhookBody } from '../interaction/rest-responder.ts';
import type { AttachmentRef, InteractionMeta } from '../interaction/types.ts';
import type { Locale } from '../locale.ts';
import { type DiscordMessage, toDiscordMessage } from '../render/to-discord-message.ts';
import { AttachmentError, DISCORD_CDN_ORIGINS, downloadAttachment } from './download-attachment.ts';

/**
 * Discord's interaction tokens live 15 minutes; past this the job's updates go out with the bot
 * token instead (a channel message, or a DM where the bot may not post).
 */
export const TOKEN_LIFE_MS = 14 * 60_000;

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Where a job's later messages go: the channel it was started in, else a DM. Never a token. */
export interface DiscordDelivery {
  readonly kind: 'discord';
  readonly channelId: string | undefined;
  readonly userId: string;
}

export interface DiscordBatchDeps {
  readonly service: BatchService;
  /** Answers a `batch` without a file (the command's own "attach a file" reply). */
  readonly runner: ChatRunner;
  /** Largest attachment downloaded (BATCH_MAX_BYTES). */
  readonly maxBytes: number;
  /** Hosts attachments come from (default Discord's CDN; tests add the fake's). */
  readonly cdnOrigins?: readonly string[] | undefined;
  /** Bot-token REST client, for messages after the interaction token's life. */
  readonly rest: REST;
  readonly logger: Logger;
  readonly tokenLifeMs?: number;
  readonly now?: () => number;
}

export interface DiscordBatch {
  /** `/altum batch command:… file:…`: downloads the attachment and answers with the estimate. */
  prepare(
    meta: InteractionMeta,
    requester: Requester,
    plan: CommandPlan,
    attachments: Readonly<Record<string, AttachmentRef>> | undefined,
    locale: Locale,
  ): Promise<Reply>;
  /** Confirm / Cancel; undefined when `customId` is not a batch button. */
  action(meta: InteractionMeta, requester: Requester, customId: string): Promise<Reply | undefined>;
  /** A job's progress and result, by the click's token while it lives, then with the bot token. */
  deliver(event: BatchEvent): Promise<void>;
}

interface Interaction {
  readonly applicationId: string;
  readonly token: string;
  readonly until: number;
}

function isDelivery(value: unknown): value is DiscordDelivery {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'discord';
}

/**
 * Portfolios on Discord. The interaction token of the Confirm click lives only in this process's
 * memory (never in the job row); while it is valid, progress edits that message and the result is
 * an ephemeral follow-up. Afterwards, or on an instance that never saw the click, the bot token posts
 * to the job's channel (one progress message, edited), falling back to a DM when the channel refuses.
 */
export function createDiscordBatch(deps: DiscordBatchDeps): DiscordBatch {
  const now = deps.now ?? Date.now;
  const tokenLife = deps.tokenLifeMs ?? TOKEN_LIFE_MS;
  const origins = deps.cdnOrigins ?? DISCORD_CDN_ORIGINS;
  const clicks = new Map<string, Interaction>();
  const progressMessages = new Map<string, { channelId: string; messageId: string }>();

  const liveToken = (jobId: string): Interaction | undefined => {
    const click = clicks.get(jobId);
    return click && click.until > now() ? click : undefined;
  };

  /** Posts with the bot token to the channel, or (when the channel refuses) to the user's DM. */
  async function postAsBot(
    delivery: DiscordDelivery,
    message: DiscordMessage,
  ): Promise<{ channelId: string; messageId: string }> {
    const { body, files } = toWebhookBody(message);
    if (delivery.channelId) {
      try {
        const posted = (await deps.rest.post(Routes.channelMessages(delivery.channelId), {
          body,
          files,
        })) as { id: string };
        return { channelId: delivery.channelId, messageId: posted.id };
      } catch (error) {
        deps.logger.info({ err: errorName(error) }, 'batch: channel refused the message, sending a DM');
      }
    }
    const dm = (await deps.rest.post(Routes.userChannels(), { body: { recipient_id: delivery.userId } })) as {
      id: string;
    };
    const posted = (await deps.rest.post(Routes.channelMessages(dm.id), { body, files })) as { id: string };
    return { channelId: dm.id, messageId: posted.id };
  }

  async function progress(jobId: string, delivery: DiscordDelivery, message: DiscordMessage): Promise<void> {
    const click = liveToken(jobId);
    const { body, files } = toWebhookBody(message);
    if (click) {
      await deps.rest.patch(Routes.webhookMessage(click.applicationId, click.token, '@original'), {
        body,
        files,
        auth: false,
      });
      return;
    }
    const posted = progressMessages.get(jobId);
    if (posted) {
      await deps.rest.patch(Routes.channelMessage(posted.channelId, posted.messageId), { body, files });
      return;
    }
    progressMessages.set(jobId, await postAsBot(delivery, message));
  }

  async function finished(jobId: string, delivery: DiscordDelivery, message: DiscordMessage): Promise<void> {
    const click = liveToken(jobId);
    clicks.delete(jobId);
    progressMessages.delete(jobId);
    if (click) {
      const { body, files } = toWebhookBody(message);
      await deps.rest.post(Routes.webhook(click.applicationId, click.token), {
        body: { ...body, flags: MessageFlags.Ephemeral },
        files,
        auth: false,
      });
      return;
    }
    await postAsBot(delivery, message);
  }

  return {
    async prepare(meta, requester, plan, attachments, locale) {
      const args = plan.args;
      const ref = args?.options.file === undefined ? undefined : attachments?.[String(args.options.file)];
      // No file (or an id the payload does not resolve): the command's own "attach a file" answer.
      if (!args || !ref) return deps.runner.run(requester, plan);
      let bytes: Uint8Array;
      try {
        bytes =
          ref.size > deps.maxBytes
            ? new Uint8Array(deps.maxBytes + 1)
            : await downloadAttachment(ref.url, { maxBytes: deps.maxBytes, origins });
      } catch (error) {
        if (error instanceof AttachmentError && error.problem === 'too_large')
          bytes = new Uint8Array(deps.maxBytes + 1);
        else {
          deps.logger.warn(
            { err: errorName(error), interaction: meta.id },
            'batch attachment not downloaded',
          );
          return unexpectedReply(locale);
        }
      }
      const delivery: DiscordDelivery = { kind: 'discord', channelId: meta.channelId, userId: meta.userId };
      return deps.service.prepare(requester, { args, fileName: ref.filename, bytes, delivery });
    },

    async action(meta, requester, customId) {
      const parsed = parseBatchActionId(customId);
      if (!parsed) return undefined;
      const reply = await deps.service.handleAction(requester, customId);
      // The click's message now shows the job; its token carries progress while it is valid.
      if (parsed.action === 'confirm' && reply?.actions.some((a) => a.id.startsWith('batch:cancel:'))) {
        clicks.set(parsed.jobId, {
          applicationId: meta.applicationId,
          token: meta.token,
          until: now() + tokenLife,
        });
      }
      return reply;
    },

    async deliver(event) {
      const delivery = event.job.delivery;
      if (!isDelivery(delivery)) return;
      const locale: Locale = event.job.locale === 'en' ? 'en' : 'nl';
      if (event.type === 'progress') {
        await progress(event.job.id, delivery, toDiscordMessage(event.reply, locale));
        return;
      }
      const summary = toDiscordMessage(event.result.summary, locale);
      const { baseName, csv, xlsx } = event.result;
      await finished(event.job.id, delivery, {
        ...summary,
        files: [
          ...summary.files,
          { name: `${baseName}.csv`, data: csv, description: `${baseName}.csv`, contentType: CSV },
          { name: `${baseName}.xlsx`, data: xlsx, description: `${baseName}.xlsx`, contentType: XLSX },
        ],
      });
    },
  };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
