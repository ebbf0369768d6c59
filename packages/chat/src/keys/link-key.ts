import { type AltumClient, isAltumError, isOperationId, type Logger, maskKey } from '@altum-chat/core';
import type { Store } from '@altum-chat/store';
import { type ReplyBody, replyBody } from '../commands/define-command.ts';
import { ChatError } from '../errors/chat-error.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Requester } from '../runner/types.ts';
import { checkKeyFormat } from './key-format.ts';

/**
 * Free endpoints that prove a key works without spending a credit; `credit` is the last resort.
 * The pings need an address; any real one will do (Dam 1, Amsterdam), since an answer about the
 * address, even "not found", already shows that Altum accepted the key.
 */
const PROBES = ['woz.ping', 'transaction.ping', 'credit'] as const;
const PROBE_ADDRESS = { postcode: '1012JS', housenumber: 1 };

/** Failures after which the key has evidently been accepted (authentication passed). */
const KEY_ACCEPTED = new Set(['not_found', 'validation', 'forbidden', 'rate_limited']);

export interface LinkKeyDeps {
  readonly client: AltumClient;
  readonly store: Store;
  readonly logger: Logger;
  readonly reference: string;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Links a key typed into a private form: checks its shape, proves it works with a free call, stores
 * it only then (sealed by the store), and confirms with the masked fingerprint. The key never
 * reaches a reply, a log line or an error.
 */
export async function linkKey(
  deps: LinkKeyDeps,
  requester: Requester,
  apiKey: string,
  scope: 'user' | 'team',
  t: Translate,
): Promise<ReplyBody> {
  if (scope === 'team' && !requester.isAdmin) {
    throw new ChatError({ kind: 'not_admin', message: 'error.notAdmin.teamKey' });
  }
  const format = checkKeyFormat(apiKey);
  if (!format.ok) throw new ChatError({ kind: 'usage', message: 'key.link.badFormat', example: 'key login' });
  await prove(deps, requester, format.key);
  const owner = { platform: requester.platform, teamId: requester.teamId, userId: requester.userId };
  const metadata =
    scope === 'user'
      ? await deps.store.keys.setUserKey(owner, format.key)
      : await deps.store.keys.setTeamKey(owner, format.key, requester.userId);
  deps.logger.info({ ref: deps.reference, scope, masked: metadata.masked }, 'api key linked');
  return replyBody({
    title: t('key.link.title'),
    summary: t(scope === 'user' ? 'key.link.user' : 'key.link.team', { masked: maskKey(format.key) }),
    fields: [
      {
        label: t('key.field.linkedAt'),
        value: metadata.linkedAt.toISOString().slice(0, 16).replace('T', ' '),
      },
    ],
    private: true,
  });
}

async function prove(deps: LinkKeyDeps, requester: Requester, apiKey: string): Promise<void> {
  const probes = PROBES.filter((id) => isOperationId(id));
  let lastError: unknown;
  for (const id of probes) {
    const options = {
      apiKey,
      cache: false,
      reference: deps.reference,
      ...(deps.signal ? { signal: deps.signal } : {}),
    };
    const started = Date.now();
    try {
      const { meta } =
        id === 'credit'
          ? await deps.client.callWithMeta('credit', { time: 1 }, options)
          : await deps.client.callWithMeta(id, PROBE_ADDRESS, options);
      await audit(deps, requester, id, 'ok', meta.status, meta.durationMs);
      return;
    } catch (error) {
      if (!isAltumError(error)) throw error;
      await audit(deps, requester, id, error.kind, error.status, Date.now() - started);
      if (KEY_ACCEPTED.has(error.kind)) return;
      if (error.kind === 'auth') {
        throw new ChatError({ kind: 'usage', message: 'key.link.rejected', example: 'key login' });
      }
      // Altum unreachable or confused: try the next probe, then report the last problem.
      lastError = error;
    }
  }
  throw lastError ?? new ChatError({ kind: 'usage', message: 'key.link.rejected', example: 'key login' });
}

/** The probe is an Altum call like any other, so it appears in the usage log (free, never the key). */
async function audit(
  deps: LinkKeyDeps,
  requester: Requester,
  operation: string,
  outcome: string,
  status: number | undefined,
  durationMs: number,
): Promise<void> {
  try {
    await deps.store.usage.recordUsage({
      platform: requester.platform,
      teamId: requester.teamId,
      userId: requester.userId,
      command: 'key',
      operation,
      credits: 0,
      cacheHit: false,
      status,
      outcome,
      durationMs,
      referenceId: deps.reference,
    });
  } catch (error) {
    deps.logger.error(
      { ref: deps.reference, err: error instanceof Error ? error.name : 'unknown' },
      'usage record failed',
    );
  }
}
