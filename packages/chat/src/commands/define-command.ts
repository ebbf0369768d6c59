import type { Address, CallMeta, InputOf, Localized, OperationId, OutputOf } from '@altum-chat/core';
import type { Store } from '@altum-chat/store';
import type { Locale } from '../i18n/locale.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import type { Reply } from '../reply/reply.ts';
import type { Requester } from '../runner/types.ts';

/**
 * How one argument is typed and parsed. Text (Slack, playground) and typed options (Discord) both
 * end in the same `ParsedArgs`:
 * - `address`: `1071AA 28B` in text; Discord options `postcode`, `number`, `addition`.
 * - `postcode`: one postcode (`1071 aa` → `1071AA`).
 * - `integer` / `string` / `choice`: one value; `choice` accepts a choice value or either label.
 * - `measures`: any number of `measure=level` pairs (`wall_insulation=good`, `gevel=4`); on Discord
 *   one integer option per measure.
 * - `attachment`: an uploaded file. Discord: an attachment option (its value is the attachment id);
 *   text: one word (the playground reads it as a path). The runner never reads the file itself.
 */
export type ArgumentKind =
  | 'address'
  | 'postcode'
  | 'integer'
  | 'string'
  | 'choice'
  | 'measures'
  | 'attachment';

export interface ArgumentChoice {
  /** Machine value put in `ParsedArgs.options` (`A`, `en`, `status`). */
  readonly value: string;
  readonly label: Localized;
  /** Other words people type for it (Dutch alias such as `gebruiker` for `user`). */
  readonly aliases?: readonly string[];
}

export interface ArgumentSpec {
  /** snake_case, ≤ 32 chars: the Discord option name and the `name=` key in text. */
  readonly name: string;
  readonly kind: ArgumentKind;
  readonly required?: boolean;
  /** ≤ 100 chars each (Discord's option description limit). */
  readonly description: Localized;
  /** Other `name=` keys people type (Dutch: `doel` for `target`). */
  readonly aliases?: readonly string[];
  /** Inclusive bounds for `integer` (Discord `min_value`/`max_value`). */
  readonly min?: number;
  readonly max?: number;
  /** For `choice`: at most 25 (Discord's limit). */
  readonly choices?: readonly ArgumentChoice[];
  /** Discord autocomplete (postcode); Slack has none. */
  readonly autocomplete?: boolean;
  /** For a trailing `string`: take the rest of the text, spaces included. */
  readonly rest?: boolean;
  /**
   * Never echo, log or store this value (e.g. the refused `key set <key>`); the runner masks it and
   * the grammar drops it from parse errors.
   */
  readonly secret?: boolean;
}

/** One chosen measure level of a `measures` argument, resolved through core's measure vocabulary. */
export interface MeasureSetting {
  /** Altum's measure key (`wall_insulation`); the Delta target field is `target_<key>`. */
  readonly key: string;
  /** Integer level, or the panel count for `solar_panels`. */
  readonly level: number;
  /** Named level (`good`) when the level has a name. */
  readonly word?: string;
}

export type OptionValue = string | number | boolean;

/** What the grammar (text) or the option mapper (Discord) hands to `run`. */
export interface ParsedArgs {
  /** Canonical English command name, also when the Dutch alias was typed. */
  readonly command: string;
  /** Canonical English subcommand words (`['team', 'set']`); empty for a command without any. */
  readonly path: readonly string[];
  /**
   * Values by argument name. An `address` argument fills `postcode`, `number` and (when given)
   * `addition`; `measures` fills one entry per measure key; `choice` holds the choice `value`.
   */
  readonly options: Readonly<Record<string, OptionValue | undefined>>;
  /** The parsed address when the command has an `address` argument and it was given. */
  readonly address?: Address;
  /**
   * The address as typed when it needs a look-up (`Damrak 1 Amsterdam`, a BAG id, a listing link).
   * The runner resolves it before `run`, so commands always see `address` instead.
   */
  readonly addressText?: string;
  /** Measure levels in the order typed; empty when none. */
  readonly measures: readonly MeasureSetting[];
}

/** What a command returns; the runner adds `kind` and the footer (credits, cache, key, reference, demo). */
export type ReplyBody = Omit<Reply, 'kind' | 'footer'> & {
  /** Shown in the footer, e.g. "Altum AVM"; defaults to the summary of the last operation called. */
  readonly source?: string;
};

export interface CallOptions {
  /** `false` skips the cache read (a "refresh" button). */
  readonly cache?: boolean;
}

/** Everything a command may use; built fresh by the runner for each command. */
export interface CommandContext {
  readonly requester: Requester;
  readonly locale: Locale;
  readonly t: Translate;
  /**
   * Calls Altum through the runner: resolves the key, checks and reserves budget, calls the client,
   * records usage and adds credits/cache to the footer. Throws `AltumError` or `ChatError`
   * (`no_key`, `over_budget`); let both propagate, the runner turns them into the reply.
   */
  call<Id extends OperationId>(id: Id, input: InputOf<Id>, options?: CallOptions): Promise<OutputOf<Id>>;
  /** As `call`, also returning the meta (e.g. which operation answered after the apartment fallback). */
  callWithMeta<Id extends OperationId>(
    id: Id,
    input: InputOf<Id>,
    options?: CallOptions,
  ): Promise<{ readonly data: OutputOf<Id>; readonly meta: CallMeta<Id> }>;
  /** True when answers come from the fake/demo data; replies say so. */
  readonly demo: boolean;
  /** Keys, settings, usage and budgets, for the commands that manage them (key, usage, settings). */
  readonly store: Store;
  /** The deployment-wide fallback key, masked (`…WXYZ`), when one is configured. */
  readonly deploymentKey?: { readonly masked: string };
  readonly signal: AbortSignal;
  readonly now: () => Date;
}

/**
 * A private form the app opens instead of running (a key typed into a command would sit in the
 * user's history and the platform's logs). The app shows the form and hands the typed value to
 * `runner.linkKey(requester, value, scope)`.
 */
export interface FormRequest {
  readonly form: 'api-key';
  readonly scope: 'user' | 'team';
}

/**
 * What a command and its subcommands have in common. A node either runs (`args` + `run`) or has
 * `subcommands` (one of them the `default` taken when no subcommand word follows).
 */
export interface CommandNode {
  /** Lower-case English word. */
  readonly name: string;
  /** Dutch alias (`waarde`); may equal `name`. */
  readonly alias: string;
  /** ≤ 100 chars each. */
  readonly summary: Localized;
  /** In the order they are read from text; an `address` argument takes the postcode and number tokens. */
  readonly args?: readonly ArgumentSpec[];
  /** Only team admins may run it (the runner checks; Slack looks the role up first). */
  readonly admin?: boolean;
  /** The refusal non-admins get; default `error.notAdmin.what`. */
  readonly adminRefusal?: MessageKey;
  /** Anyone may run it, but admins see more (the per-user usage table): the app looks the role up. */
  readonly adminView?: boolean;
  /** Its reply is always private, whatever the user's visibility setting (known before the ack). */
  readonly private?: boolean;
  /** Opens a private form instead of running, where the app can show one (`run` answers elsewhere). */
  readonly opens?: FormRequest;
  /** Its subcommands, each with its own words, arguments and flags. */
  readonly subcommands?: readonly SubcommandDefinition[];
  /** The subcommand `name` run when no subcommand word follows (`key` → `status`). */
  readonly default?: string;
  run?(args: ParsedArgs, ctx: CommandContext): Promise<ReplyBody>;
}

/** A subcommand (`key login`, `settings budget team`): typed after its parent's word. */
export interface SubcommandDefinition extends CommandNode {
  /** Other words people type for it (`koppel`, `inloggen` for `login`). */
  readonly aliases?: readonly string[];
  /** A second word order kept for text (`key login team` = `key team set`): not in help or on Discord. */
  readonly hidden?: boolean;
}

export interface CommandDefinition extends CommandNode {
  /** The command's own arguments; empty when it has subcommands (each declares its own). */
  readonly args: readonly ArgumentSpec[];
  /** Working examples in English text form (`value 1071AA 28B`); help swaps in the Dutch alias. */
  readonly examples: readonly string[];
  /** Every Altum operation `run`/`action` may call; a test checks they exist. */
  readonly operations: readonly OperationId[];
  /** How the runner labels the reply; default `result`. */
  readonly replyKind?: 'result' | 'info' | 'help';
  /** Prefix of the stateless action ids this command owns; default `name`. Ids are `<prefix>:<ref>`. */
  readonly actionPrefix?: string;
  /**
   * Words after this command's subcommand that no argument takes may be a pasted key: refuse them
   * (`key_refused`) without echoing, instead of the usual "unexpected text" reply.
   */
  readonly extraTextIsSecret?: boolean;
  /** Action refs (`login:team`) that open a private form instead of running `action`. */
  readonly actionForms?: Readonly<Record<string, FormRequest>>;
  /**
   * The command works on an uploaded file (`batch`): apps fetch the file their own way and hand it,
   * with the plan's arguments, to the batch service instead of `runner.run`.
   */
  readonly takesFile?: boolean;
  /** Handles a button/select whose id is `<prefix>:<ref>`; `value` is the chosen select value. */
  action?(ref: string, value: string | undefined, ctx: CommandContext): Promise<ReplyBody>;
}

/** Any command in the registry. */
export type AnyCommand = CommandDefinition;

/** Declares a chat command; one value drives text parsing, Discord options, help and the runner. */
export function defineCommand(command: CommandDefinition): CommandDefinition {
  return command;
}

/** Discord's `custom_id` limit; Slack's `action_id` limit (255) is larger. */
export const MAX_ACTION_ID_LENGTH = 100;

/** Builds a stateless action id `<prefix>:<ref>`; throws when it would not fit a Discord custom_id. */
export function actionId(command: Pick<CommandDefinition, 'name' | 'actionPrefix'>, ref: string): string {
  const id = `${command.actionPrefix ?? command.name}:${ref}`;
  if (id.length > MAX_ACTION_ID_LENGTH) throw new RangeError(`action id longer than ${MAX_ACTION_ID_LENGTH}`);
  return id;
}

/** Fills the empty lists of a reply body, so commands only write what they have. */
export function replyBody(body: Partial<ReplyBody> & Pick<ReplyBody, 'title'>): ReplyBody {
  return { fields: [], tables: [], warnings: [], charts: [], actions: [], ...body };
}

/** Reads a string option (undefined when absent). */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return value === undefined ? undefined : String(value);
}

/** Reads an integer option (undefined when absent or not a number). */
export function integerOption(args: ParsedArgs, name: string): number | undefined {
  const value = args.options[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
