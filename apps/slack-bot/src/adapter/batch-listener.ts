import {
  type BatchEvent,
  type BatchService,
  batchCommand,
  type ChatRunner,
  type CommandPlan,
  type Reply,
  type Requester,
} from '@altum-chat/chat';
import type { App, webApi } from '@slack/bolt';
import type { SlackMessage } from '../render/block-types.ts';
import { afterAck, type HandlerDeps, preferencesFor, runSafely } from './handler-deps.ts';
import { renderReply } from './render-reply.ts';
import { slackRequester } from './requester.ts';
import { tenantOf } from './tenant.ts';

/** Where a job's progress and result go: the DM it came from. No token is kept here. */
export interface SlackDelivery {
  readonly kind: 'slack';
  readonly teamId: string;
  readonly channel: string;
}

export interface SlackBatchDeps {
  readonly service: BatchService;
  /** Largest file (bytes) downloaded from Slack; bigger ones are refused before download. */
  readonly maxBytes: number;
  /** A Web API client for a team (the bot token of its installation). */
  clientFor(teamId: string): Promise<webApi.WebClient | undefined>;
}

export interface SharedFile {
  readonly name?: string;
  readonly size?: number;
  readonly url_private_download?: string;
}

function isDelivery(value: unknown): value is SlackDelivery {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'slack';
}

/**
 * A CSV or XLSX shared in a DM with the app starts a batch: the file is downloaded with the bot
 * token (files:read), the estimate is posted with Confirm / Cancel, and progress and results come
 * back in the same DM (results through Slack's external upload flow, files.uploadV2).
 * https://docs.slack.dev/messaging/working-with-files
 */
export function registerBatch(app: App, deps: HandlerDeps, batch: SlackBatchDeps): void {
  app.event('message', async ({ event, client, context }) => {
    const message = event as unknown as {
      channel: string;
      channel_type?: string;
      subtype?: string;
      user?: string;
      text?: string;
      files?: SharedFile[];
      bot_id?: string;
    };
    if (message.channel_type !== 'im' || message.subtype !== 'file_share' || message.bot_id || !message.user)
      return;
    const file = message.files?.[0];
    if (!file?.url_private_download) return;
    const requester = slackRequester(tenantOf(context), message.user);
    const channel = message.channel;
    const busy = (rendered: SlackMessage) => client.chat.postMessage({ channel, ...rendered });
    await afterAck(deps, requester, busy, async () => {
      const plan = batchPlan(deps.runner, requester, message.text ?? '');
      await estimateInDm(deps, batch, { client, token: context.botToken ?? '' }, requester, plan, file, {
        kind: 'slack',
        teamId: tenantOf(context),
        channel,
      });
    });
  });
}

/**
 * Downloads a shared or chosen file with the bot token and posts the estimate (or why the file or
 * the command cannot be used) in the job's DM.
 */
export async function estimateInDm(
  deps: HandlerDeps,
  batch: SlackBatchDeps,
  slack: { readonly client: webApi.WebClient; readonly token: string },
  requester: Requester,
  plan: CommandPlan,
  file: SharedFile,
  delivery: SlackDelivery,
): Promise<void> {
  const prefs = await preferencesFor(deps, requester);
  const reply = await runSafely(deps, prefs.locale, async () => {
    // Not a batch the registry understands (`batch foo`): the runner answers with the usage.
    if (!plan.takesFile || !plan.args || !file.url_private_download) return deps.runner.run(requester, plan);
    const bytes =
      (file.size ?? 0) > batch.maxBytes
        ? new Uint8Array(batch.maxBytes + 1)
        : await download(file.url_private_download, slack.token);
    return batch.service.prepare(requester, {
      args: plan.args,
      fileName: file.name ?? 'upload.csv',
      bytes,
      delivery,
    });
  });
  const rendered = await renderReply(reply, { locale: prefs.locale, charts: deps.charts, ephemeral: false });
  await slack.client.chat.postMessage({ channel: delivery.channel, ...rendered });
}

/**
 * The message of a shared file as a batch: `batch value`, `bulk waarde`, or just `value` (read as
 * `batch value`); an empty message is `batch value`. The registry reads the words, not this app.
 */
export function batchPlan(runner: ChatRunner, requester: Requester, text: string): CommandPlan {
  const typed = text.trim();
  const plan = runner.plan(requester, { kind: 'text', text: typed });
  if (plan.takesFile) return plan;
  return runner.plan(requester, { kind: 'text', text: `${batchCommand.name} ${typed || 'value'}` });
}

/** Handles a Confirm / Cancel click; undefined when the id is not a batch action. */
export async function batchAction(
  deps: HandlerDeps,
  batch: SlackBatchDeps | undefined,
  teamId: string,
  userId: string,
  actionId: string,
): Promise<Reply | undefined> {
  if (!batch || !actionId.startsWith('batch:')) return undefined;
  const requester = slackRequester(teamId, userId);
  const prefs = await preferencesFor(deps, requester);
  return runSafely(
    deps,
    prefs.locale,
    async () => (await batch.service.handleAction(requester, actionId)) as Reply,
  );
}

/** Slack's private file URLs need the bot token; fetch follows the redirect to the file host. */
async function download(url: string, token: string): Promise<Uint8Array> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`file download failed with status ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Delivers a job's events in its DM: the first progress update posts a message, later ones edit it
 * (chat.update); the result is the summary plus the CSV and XLSX uploaded with files.uploadV2.
 */
export function createSlackBatchDelivery(
  deps: Pick<HandlerDeps, 'charts' | 'logger'>,
  batch: Pick<SlackBatchDeps, 'clientFor'>,
) {
  const progressTs = new Map<string, string>();
  return async (event: BatchEvent): Promise<void> => {
    const delivery = event.job.delivery;
    if (!isDelivery(delivery)) return;
    const client = await batch.clientFor(delivery.teamId);
    if (!client) return;
    const locale = event.job.locale === 'en' ? 'en' : 'nl';
    if (event.type === 'progress') {
      const rendered = await renderReply(event.reply, { locale, charts: deps.charts, ephemeral: false });
      const ts = progressTs.get(event.job.id);
      if (ts) await client.chat.update({ channel: delivery.channel, ts, ...rendered });
      else {
        const posted = await client.chat.postMessage({ channel: delivery.channel, ...rendered });
        if (posted.ts) progressTs.set(event.job.id, posted.ts);
      }
      return;
    }
    progressTs.delete(event.job.id);
    const summary = await renderReply(event.result.summary, {
      locale,
      charts: deps.charts,
      ephemeral: false,
    });
    await client.chat.postMessage({ channel: delivery.channel, ...summary });
    await client.files.uploadV2({
      channel_id: delivery.channel,
      file_uploads: [
        { file: event.result.csv, filename: `${event.result.baseName}.csv` },
        { file: event.result.xlsx, filename: `${event.result.baseName}.xlsx` },
      ],
    });
  };
}
