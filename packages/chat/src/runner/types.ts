import type { OutputOf } from '@altum-chat/core';
import type { Reply } from '../reply/reply.ts';
import type { CommandPlan } from './plan.ts';
import type { RequesterPreferences } from './requester-locale.ts';

export type Platform = 'slack' | 'discord' | 'playground';

/** Who asked: scopes keys, settings, usage and budgets. */
export interface Requester {
  readonly platform: Platform;
  /** Slack workspace id / Discord guild id (or `dm:<user>` outside a guild) / `local` in the playground. */
  readonly teamId: string;
  readonly userId: string;
  /** Platform locale such as `nl`, `nl-NL`, `en-US`; the user's own setting wins over it. */
  readonly locale?: string;
  /** Whether the platform says this user may administer the team (Slack admin/owner, Discord Manage Server). */
  readonly isAdmin?: boolean;
  /**
   * A direct message outside any server (Discord DMs): the deployment key is spent only under the
   * operator's DM cap (`dmDailyCredits`), never under a cap the user could set (README, Discord DMs).
   */
  readonly direct?: boolean;
}

/** What the adapter hands the runner: free text (Slack, playground), typed options (Discord) or a button/select. */
export type CommandInput =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'options';
      readonly command: string;
      /** The subcommand as one typed-options name (`team-set`, `budget-user`), when the command has them. */
      readonly subcommand?: string | undefined;
      readonly options: Readonly<Record<string, string | number | boolean | undefined>>;
    }
  | { readonly kind: 'action'; readonly actionId: string; readonly value?: string };

/** How one run is carried out. */
export interface RunOptions {
  readonly signal?: AbortSignal | undefined;
  /** Read once by the adapter (`runner.preferences`) before the run; read here when absent. */
  readonly preferences?: RequesterPreferences | undefined;
}

/** The one entry point both apps and the playground call. Always resolves to a Reply; never throws. */
export interface ChatRunner {
  /**
   * Before the ack: pure, synchronous, no I/O. Says whether the input opens a form, needs an admin
   * lookup, or is private, and carries the parsed arguments into `run`.
   */
  plan(requester: Requester, input: CommandInput): CommandPlan;
  /**
   * The requester's language and visibility, from one settings read; with `deadlineMs` (an ack is
   * waiting) the defaults when the store takes longer. Pass the result into `run`, so a command's
   * settings are read once.
   */
  preferences(
    requester: Requester,
    options?: { readonly deadlineMs?: number },
  ): Promise<RequesterPreferences>;
  /** Runs a plan (or plans the input first). Pass the requester with `isAdmin` filled when the plan asked. */
  run(requester: Requester, input: CommandInput | CommandPlan, options?: RunOptions): Promise<Reply>;
  /** Stores a key typed into a private form (modal); validates it with a free call first. */
  linkKey(requester: Requester, apiKey: string, scope: 'user' | 'team'): Promise<Reply>;
  /**
   * Address suggestions for autocomplete (Altum autosuggest), paid like a command: the requester's
   * key, their budgets, a usage row. Resolves to an empty list on no key, over budget or any failure,
   * because a suggestion box must never show an error.
   */
  suggestAddresses(
    requester: Requester,
    search: string,
    signal?: AbortSignal,
  ): Promise<OutputOf<'autosuggest'>>;
}
