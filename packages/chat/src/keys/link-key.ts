import {
  type AltumClient,
  AltumError,
  type AltumErrorKind,
  isAltumError,
  isOperationId,
  type Logger,
  maskKey,
} from '@altum-chat/core';
import type { Store } from '@altum-chat/store';
import { type ReplyBody, replyBody } from '../commands/define-command.ts';
import { ChatError } from '../errors/chat-error.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import type { Requester } from '../runner/types.ts';
import { checkKeyFormat } from './key-format.ts';

/**
 * Free endpoints that prove a key works without spending a credit; `credit` is the last resort.
 * The pings need an address that exists (Dam 1, Amsterdam). Only a 2xx JSON answer that passes the
 * operation's output schema proves the key: a 404, HTML, a redirect or an odd body can come from a
 * wrong base URL, a proxy or a captive portal just as well as from Altum, so they prove nothing.
 */
const PROBES = ['woz.ping', 'transaction.ping', 'credit'] as const;
const PROBE_ADDRESS = { postcode: '1012JS', housenumber: 1 };

/**
 * Whether a 2xx body the output schema accepted can only be Altum's. The credit body is documented
 * (counts per API); the pings' 200 body is not [unknown, docs.altum.ai WOZ and Transaction pages],
 * so we take a JSON object that is not an error message (API gateways and proxies answer
 * `{"message": …}` or `{"error": …}`) and not a bare value or list wrapped by the schema.
 */
function isProofBody(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const body = data as Record<string, unknown>;
  if (['message', 'error', 'errors', 'detail'].some((name) => name in body)) return false;
  const keys = Object.keys(body);
  if (keys.length === 1 && keys[0] === 'Output') {
    const output = body.Output;
    return (
      typeof output === 'boolean' || (output !== null && typeof output === 'object' && !Array.isArray(output))
    );
  }
  return true;
}

/** Why a key could not be checked, by the kind of the first probe's failure. */
function uncheckedMessage(kind: AltumErrorKind): MessageKey {
  switch (kind) {
    case 'not_found':
      return 'key.link.unchecked.notFound';
    case 'invalid_response':
      return 'key.link.unchecked.notAltum';
    case 'network':
    case 'timeout':
    case 'aborted':
      return 'key.link.unchecked.unreachable';
    case 'rate_limited':
      return 'key.link.unchecked.rateLimited';
    default:
      return 'key.link.unchecked.unexpected';
  }
}

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
  let firstFailure: AltumError | undefined;
  for (const id of probes) {
    const options = {
      apiKey,
      cache: false,
      reference: deps.reference,
      ...(deps.signal ? { signal: deps.signal } : {}),
    };
    const started = Date.now();
    try {
      const { data, meta } =
        id === 'credit'
          ? await deps.client.callWithMeta('credit', { time: 1 }, options)
          : await deps.client.callWithMeta(id, PROBE_ADDRESS, options);
      if (isProofBody(data)) {
        await audit(deps, requester, id, 'ok', meta.status, meta.durationMs);
        return;
      }
      await audit(deps, requester, id, 'unexpected_body', meta.status, meta.durationMs);
      firstFailure ??= new AltumError({
        kind: 'invalid_response',
        operationId: id,
        status: meta.status,
        message: `${id}: a 2xx answer that is not Altum's`,
      });
    } catch (error) {
      if (!isAltumError(error)) throw error;
      await audit(deps, requester, id, error.kind, error.status, Date.now() - started);
      if (error.kind === 'auth') {
        throw new ChatError({ kind: 'usage', message: 'key.link.rejected', example: 'key login' });
      }
      // Not a proof either way: try the next probe, then say why the key could not be checked.
      firstFailure ??= error;
    }
  }
  throw new ChatError({
    kind: 'usage',
    message: firstFailure ? uncheckedMessage(firstFailure.kind) : 'key.link.unchecked.unexpected',
    params: { status: firstFailure?.status ?? '—' },
    example: 'key login',
  });
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
