import type { AddressResolver } from '@altum-chat/address';
import {
  busyReply,
  type ChatRunner,
  createReferenceId,
  type Locale,
  type Reply,
  type Requester,
  unexpectedReply,
} from '@altum-chat/chat';
import type { Logger } from '@altum-chat/core';
import type { Store } from '@altum-chat/store';
import type { webApi } from '@slack/bolt';
import type { ChartPublisher } from '../charts/chart-publisher.ts';
import type { SlackFetch } from '../http/image-fallback-fetch.ts';
import type { ResponseUrlPolicy } from '../http/response-url-policy.ts';
import type { SlackMessage } from '../render/block-types.ts';
import type { SlackBatchDeps } from './batch-listener.ts';
import type { PostAckQueue } from './post-ack-queue.ts';
import { type SlackPreferences, slackPreferences } from './preferences.ts';
import type { RecentPreferences } from './recent-preferences.ts';
import { renderReply } from './render-reply.ts';
import { slackRequester } from './requester.ts';

/** What every listener needs; built once by `createSlackApp`. */
export interface HandlerDeps {
  readonly runner: ChatRunner;
  readonly store: Pick<Store, 'settings' | 'keys' | 'usage'>;
  readonly charts: ChartPublisher;
  readonly defaultLocale: Locale;
  readonly logger: Logger;
  /** Filled by every store read below; lets an ack pick the user's language without waiting. */
  readonly recentPreferences: RecentPreferences;
  /** Where replies may be posted; modal metadata URLs are checked against it before anything runs. */
  readonly responseUrls: ResponseUrlPolicy;
  /** The fetch every message to Slack goes through (re-sends a reply without images Slack refused). */
  readonly slackFetch: SlackFetch;
  /** Runs the work after an ack, so a burst's acks are not kept waiting behind earlier commands' replies. */
  readonly postAck: PostAckQueue;
  /** Portfolios (`batch`): files shared in a DM, Confirm / Cancel; absent when not composed. */
  readonly batch?: SlackBatchDeps;
  /** PDOK look-ups for link unfurls and "Look up address"; absent → no unfurls, "look-up unavailable". */
  readonly addresses?: Pick<AddressResolver, 'resolveAddress'> | undefined;
}

/**
 * The runner's one settings read for this requester (remembered for later acks), or the defaults
 * when the store is slower than `waitMs` or failing: an answer beats the perfect language. Pass the
 * result into `runner.run` so the command does not read the settings again.
 */
export async function preferencesFor(
  deps: HandlerDeps,
  requester: Requester,
  waitMs?: number,
): Promise<SlackPreferences> {
  const read = await deps.runner.preferences(requester, waitMs === undefined ? {} : { deadlineMs: waitMs });
  const preferences = slackPreferences(read);
  if (preferences.stored) deps.recentPreferences.set(requester, preferences);
  return preferences;
}

/**
 * Queues the work after an ack fairly (see `post-ack-queue.ts`). When this user's queue is full the
 * work is not run: `busy` gets the localised "busy, try again shortly" message to send instead (in
 * the language last seen for the user, since nothing more is read for a refused job).
 */
export async function afterAck(
  deps: HandlerDeps,
  requester: Requester,
  busy: (message: SlackMessage) => Promise<unknown>,
  work: () => Promise<void>,
): Promise<void> {
  const done = deps.postAck.run({ tenant: `slack:${requester.teamId}`, user: requester.userId }, work);
  if (done) return done;
  deps.logger.info({ team: requester.teamId, user: requester.userId }, 'slack work refused: user busy');
  const locale = deps.recentPreferences.get(requester)?.locale ?? deps.defaultLocale;
  await busy(await renderReply(busyReply(locale), { locale, charts: deps.charts, ephemeral: true }));
}

/** Runs through the runner and turns an unexpected throw into a reply, so every command gets one. */
export async function runSafely(
  deps: HandlerDeps,
  locale: Locale,
  work: () => Promise<Reply>,
): Promise<Reply> {
  try {
    return await work();
  } catch (error) {
    const reference = createReferenceId();
    deps.logger.error(
      { ref: reference, error: error instanceof Error ? error.name : 'unknown' },
      'slack runner call failed',
    );
    return unexpectedReply(locale, reference);
  }
}

/** Admin rights for team keys and budgets, from `users.info` (scope users:read); unknown when it fails. */
export async function requesterWithRole(
  client: webApi.WebClient,
  teamId: string,
  userId: string,
  checkAdmin: boolean,
): Promise<Requester> {
  if (!checkAdmin) return slackRequester(teamId, userId);
  try {
    const info = await client.users.info({ user: userId });
    const isAdmin = Boolean(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
    return slackRequester(teamId, userId, isAdmin);
  } catch {
    return slackRequester(teamId, userId);
  }
}
