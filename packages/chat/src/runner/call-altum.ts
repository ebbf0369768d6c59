import {
  type AltumClient,
  type CallResult,
  type EventSink,
  getOperation,
  type InputOf,
  isAltumError,
  type Logger,
  type OperationId,
  resolveApiKey,
} from '@altum-chat/core';
import type { Reservation, Store } from '@altum-chat/store';
import type { CallOptions } from '../commands/define-command.ts';
import { ChatError } from '../errors/chat-error.ts';
import { looksLikeSecret } from '../grammar/safe-echo.ts';
import type { ChatRunnerEvents } from './runner-events.ts';
import type { Requester } from './types.ts';

/** What the calls of one command added up to, for the reply footer and the log line. */
export interface CallTally {
  calls: number;
  cacheHits: number;
  credits: number;
  /** Scope and masked fingerprint of the key used, e.g. `{ scope: 'user', masked: '…WXYZ' }`. */
  key?: { readonly scope: 'user' | 'team' | 'deployment'; readonly masked: string };
  lastOperation?: OperationId;
}

export interface CallAltumDeps {
  readonly client: AltumClient;
  readonly store: Store;
  readonly logger: Logger;
  readonly deploymentKey?: string | undefined;
  /** The operator's DM cap for the deployment key (see `ChatRunnerOptions.dmDailyCredits`). */
  readonly dmDailyCredits?: number | undefined;
  readonly now: () => Date;
  readonly events?: EventSink<ChatRunnerEvents> | undefined;
}

export interface CallScope {
  readonly requester: Requester;
  readonly command: string;
  readonly reference: string;
  readonly signal: AbortSignal;
  readonly tally: CallTally;
  /** Secrets seen in this command, so unexpected errors can be scrubbed before logging. */
  readonly secrets: Set<string>;
}

/**
 * The usage outcome of a failed call. A network failure or timeout records whether the request
 * provably never left (`_not_sent`) or may have reached Altum and been charged (`_maybe_charged`),
 * so the ledger says which case happened.
 */
export function failureOutcome(error: unknown): string {
  if (!isAltumError(error)) return 'internal';
  if ((error.kind === 'network' || error.kind === 'timeout') && error.delivery !== undefined) {
    return `${error.kind}_${error.delivery === 'not_sent' ? 'not_sent' : 'maybe_charged'}`;
  }
  return error.kind;
}

/**
 * The runner's wrapper around `client.callWithMeta`: resolve the key (user → team → deployment),
 * answer from the cache for free if it can (at any budget), otherwise reserve the operation's
 * credits against the budgets, call, settle the reservation with what was actually spent and
 * record usage (never the key). Refusals happen before anything is sent.
 */
export function createAltumCaller(deps: CallAltumDeps, scope: CallScope) {
  const { requester, tally } = scope;
  const owner = { platform: requester.platform, teamId: requester.teamId, userId: requester.userId };

  const record = async (
    operation: string,
    outcome: string,
    fields: { credits: number; cacheHit: boolean; status?: number | undefined; durationMs: number },
  ) => {
    try {
      await deps.store.usage.recordUsage({
        ...owner,
        command: scope.command,
        operation,
        outcome,
        referenceId: scope.reference,
        at: deps.now(),
        ...fields,
      });
    } catch (error) {
      // Usage is the audit trail, but losing one row must not lose the user's answer.
      deps.logger.error({ ref: scope.reference, err: describe(error) }, 'usage record failed');
    }
  };

  const settle = async (reservation: Reservation | undefined, credits: number) => {
    if (!reservation?.ok) return;
    try {
      await deps.store.budgets.settle(reservation.id, credits);
    } catch (error) {
      deps.logger.error({ ref: scope.reference, err: describe(error) }, 'budget settle failed');
    }
  };

  return async function callWithMeta<Id extends OperationId>(
    id: Id,
    input: InputOf<Id>,
    options: CallOptions = {},
  ): Promise<CallResult<Id>> {
    const key = await resolveApiKey(deps.store.keys, owner, { deploymentKey: deps.deploymentKey });
    if (!key.ok) {
      throw key.reason === 'none'
        ? new ChatError({ kind: 'no_key', message: 'error.noKey.what' })
        : new ChatError({
            kind: 'no_key',
            message: key.scope === 'user' ? 'error.noKey.unreadableUser' : 'error.noKey.unreadableTeam',
          });
    }
    // A DM has no admin to cap the shared key: only the operator's DM cap lets it be spent there.
    const dmCap = requester.direct && key.scope === 'deployment' ? deps.dmDailyCredits : undefined;
    if (requester.direct && key.scope === 'deployment' && dmCap === undefined) {
      throw new ChatError({ kind: 'no_key', message: 'error.noKey.dm' });
    }
    scope.secrets.add(key.apiKey);
    tally.key = { scope: key.scope, masked: key.masked };
    const account = (result: CallResult<Id>) => {
      tally.calls++;
      tally.credits += result.meta.credits;
      if (result.meta.cacheHit) tally.cacheHits++;
      tally.lastOperation = result.meta.operationId as OperationId;
      return result;
    };
    const usageOf = ({ meta }: CallResult<Id>) => ({
      credits: meta.credits,
      cacheHit: meta.cacheHit,
      status: meta.status,
      durationMs: meta.durationMs,
    });
    if (options.cache !== false) {
      // A cached answer costs nothing, so the budget has no say over it.
      const cached = await deps.client.peek(id, input, { apiKey: key.apiKey, reference: scope.reference });
      if (cached) {
        await record(cached.meta.operationId, 'ok', usageOf(cached));
        return account(cached);
      }
    }
    const cost = getOperation(id)?.credits ?? 0;
    const started = Date.now();
    let reservation: Reservation | undefined;
    if (cost > 0) {
      reservation = await deps.store.budgets.reserve(
        owner,
        cost,
        deps.now(),
        dmCap === undefined ? undefined : { userDailyCap: dmCap },
      );
      if (!reservation.ok) {
        deps.events?.emit('budgetRefused', {
          platform: requester.platform,
          limit: reservation.limit,
          reference: scope.reference,
        });
        await record(id, 'budget_refused', { credits: 0, cacheHit: false, durationMs: 0 });
        throw new ChatError({
          kind: 'over_budget',
          message: reservation.limit === 'user_daily' ? 'error.overBudget.user' : 'error.overBudget.team',
          params: { cap: reservation.cap, spent: reservation.spent, cost: reservation.requested },
        });
      }
    }
    try {
      const callOptions = {
        apiKey: key.apiKey,
        signal: scope.signal,
        reference: scope.reference,
        ...(options.cache === false ? { cache: false } : {}),
      };
      const result = await deps.client.callWithMeta(id, input, callOptions);
      await settle(reservation, result.meta.credits);
      await record(result.meta.operationId, 'ok', usageOf(result));
      return account(result);
    } catch (error) {
      await settle(reservation, 0);
      await record(id, failureOutcome(error), {
        credits: 0,
        cacheHit: false,
        status: isAltumError(error) ? error.status : undefined,
        durationMs: Date.now() - started,
      });
      tally.calls++;
      throw error;
    }
  };
}

/**
 * A loggable view of an error: name, message and stack only (never `cause`, which may hold request
 * data). Known secrets, and any key-like word of the message, are replaced by `[redacted]`.
 */
export function describe(error: unknown, secrets: Iterable<string> = []): Record<string, string> {
  const message = error instanceof Error ? error.message : String(error);
  const words = [...secrets, ...message.split(/[\s"'`()[\]{},;]+/).filter(looksLikeSecret)];
  const scrub = (text: string) => {
    let out = text;
    for (const secret of words) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
    return out;
  };
  if (error instanceof Error) {
    return { name: error.name, message: scrub(error.message), stack: scrub(error.stack ?? '') };
  }
  return { name: typeof error, message: scrub(message) };
}
