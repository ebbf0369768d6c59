import { type AltumClient, getOperation, resolveApiKey } from '@altum-chat/core';
import type { BudgetStatus, Store } from '@altum-chat/store';
import type { OptionValue } from '../commands/define-command.ts';
import { ChatError } from '../errors/chat-error.ts';
import type { Requester } from '../runner/types.ts';
import type { CheckedRows } from './address-rows.ts';
import type { BatchCommand } from './batch-commands.ts';

/** What a batch would cost before anything is spent. */
export interface BatchEstimate {
  readonly rows: number;
  readonly unusable: number;
  readonly distinct: number;
  /** Distinct addresses the shared response cache answers now, for free. */
  readonly cached: number;
  /** Credits for the distinct addresses that are not cached. */
  readonly credits: number;
  readonly budget: BudgetStatus;
  /** Credits left under each cap (undefined = no cap). */
  readonly userLeft: number | undefined;
  readonly teamLeft: number | undefined;
  readonly allowed: boolean;
}

/**
 * Counts what the batch would cost: the cache is asked per distinct address with the key the rows
 * would use (the same user → team → deployment order as the runner), never sending anything.
 */
export async function estimateBatch(
  deps: { readonly store: Store; readonly client: AltumClient; readonly deploymentKey?: string | undefined },
  requester: Requester,
  command: BatchCommand,
  options: Readonly<Record<string, OptionValue | undefined>>,
  rows: CheckedRows,
  now: Date,
): Promise<BatchEstimate> {
  const owner = { platform: requester.platform, teamId: requester.teamId, userId: requester.userId };
  const key = await resolveApiKey(deps.store.keys, owner, { deploymentKey: deps.deploymentKey });
  if (!key.ok) throw new ChatError({ kind: 'no_key', message: 'error.noKey.what' });
  let cached = 0;
  let credits = 0;
  for (const { address } of rows.distinct) {
    const { id, input } = command.request(address, options);
    if (await deps.client.isCached(id, input, { apiKey: key.apiKey })) cached++;
    else credits += getOperation(id)?.credits ?? 0;
  }
  const budget = await deps.store.budgets.getBudgetStatus(owner, now);
  const userLeft = budget.userDailyCap === null ? undefined : budget.userDailyCap - budget.userSpentToday;
  const teamCap = budget.settings.teamMonthlyCredits;
  const teamLeft = teamCap === null ? undefined : teamCap - budget.teamSpentThisMonth;
  const allowed =
    (userLeft === undefined || credits <= userLeft) && (teamLeft === undefined || credits <= teamLeft);
  return {
    rows: rows.lines.length,
    unusable: rows.lines.filter((line) => !line.ok).length,
    distinct: rows.distinct.length,
    cached,
    credits,
    budget,
    userLeft,
    teamLeft,
    allowed,
  };
}
