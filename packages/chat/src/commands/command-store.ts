import type { Requester } from '../runner/types.ts';

/** A linked key as commands may see it: never the key itself, only its masked fingerprint. */
export interface KeyInfo {
  readonly scope: 'user' | 'team' | 'deployment';
  /** e.g. `…WXYZ`. */
  readonly masked: string;
  readonly linkedAt?: Date;
  readonly linkedBy?: string;
}

export interface UsageRow {
  readonly userId: string;
  readonly command: string;
  readonly operationId: string;
  readonly calls: number;
  readonly credits: number;
}

export interface ChatSettings {
  readonly language?: 'nl' | 'en';
  readonly visibility?: 'ephemeral' | 'public';
}

export interface BudgetCaps {
  /** Credits per user per day; undefined means no cap. */
  readonly userDaily?: number;
  /** Credits per team per day; undefined means no cap. */
  readonly teamDaily?: number;
}

/**
 * The slice of persistence the key, usage and settings commands need, phrased in chat terms. The
 * runner implements it over @altum-chat/store; the key itself never passes through this interface.
 */
export interface CommandStore {
  keyStatus(
    requester: Requester,
  ): Promise<{ readonly user?: KeyInfo; readonly team?: KeyInfo; readonly deployment?: KeyInfo }>;
  unlinkKey(requester: Requester, scope: 'user' | 'team'): Promise<boolean>;
  usage(requester: Requester, since: Date, scope: 'user' | 'team'): Promise<readonly UsageRow[]>;
  settings(requester: Requester): Promise<ChatSettings>;
  saveSettings(requester: Requester, settings: ChatSettings): Promise<void>;
  budget(requester: Requester): Promise<BudgetCaps>;
  saveBudget(requester: Requester, caps: BudgetCaps): Promise<void>;
}
