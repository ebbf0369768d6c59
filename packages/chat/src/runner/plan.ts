import type { CommandRegistry } from '../commands/create-registry.ts';
import type { AnyCommand, FormRequest, ParsedArgs } from '../commands/define-command.ts';
import { type Route, routeArgs, routeFlags, routeWords } from '../commands/subcommands.ts';
import { runTextOf } from '../conversation/run-action.ts';
import { ChatError, isChatError } from '../errors/chat-error.ts';
import { parseOptions } from '../grammar/parse-options.ts';
import { type GrammarOptions, parseText } from '../grammar/parse-text.ts';
import { containsSecretOutsideLinks } from '../grammar/safe-echo.ts';
import type { CommandInput, Requester } from './types.ts';

/**
 * What the runner will do with an input, known before the ack and without any I/O: the app opens
 * `opens` instead of running, looks up admin rights when `needsAdmin`, and acknowledges privately
 * when `private`. Hand the plan to `runner.run` so nothing is parsed twice.
 */
export interface CommandPlan {
  readonly kind: 'plan';
  /** The command, when the input names one (also when its arguments did not parse). */
  readonly command: AnyCommand | undefined;
  /** Canonical subcommand words (`['team', 'set']`); empty without subcommands or on failure. */
  readonly path: readonly string[];
  /** The parsed arguments; undefined for buttons and for input that did not parse. */
  readonly args: ParsedArgs | undefined;
  /** A private form to open instead of running (the API-key form with its scope). */
  readonly opens: FormRequest | undefined;
  /**
   * The platform's admin role matters (admin-only, or admins see more) and the requester does not
   * say yet: look it up (Slack `users.info`) before `run`.
   */
  readonly needsAdmin: boolean;
  /** The reply will be private whatever the user's visibility setting (help, key, errors …). */
  readonly private: boolean;
  /** The input did not parse; `run` answers with the error reply. */
  readonly failed: boolean;
  /** The command takes `measure=level` pairs (Delta), so an app may offer a what-if form for them. */
  readonly takesMeasures: boolean;
  /**
   * The address was given as free text, a BAG id or a listing link: `run` looks it up (PDOK, free)
   * after the ack and before anything is charged, and may answer with a picker instead.
   */
  readonly resolvesAddress: boolean;
  /**
   * The command works on an uploaded file (`batch`): the app fetches the file (Discord attachment,
   * Slack file share or form, playground path) and hands it with `args` to the batch service.
   */
  readonly takesFile: boolean;
}

/** What `run` needs beyond the public fields; kept off the plan so apps cannot depend on it. */
export type PlanDetail =
  | { readonly kind: 'route'; readonly route: Route; readonly args: ParsedArgs }
  | { readonly kind: 'action'; readonly command: AnyCommand; readonly ref: string; readonly value?: string }
  | { readonly kind: 'failed'; readonly error: unknown };

const details = new WeakMap<CommandPlan, PlanDetail>();

/** The run-time detail of a plan made by `planCommand` (any runner's). */
export function planDetail(plan: CommandPlan): PlanDetail | undefined {
  return details.get(plan);
}

function make(fields: Omit<CommandPlan, 'kind'>, detail: PlanDetail): CommandPlan {
  const plan: CommandPlan = Object.freeze({ kind: 'plan', ...fields });
  details.set(plan, detail);
  return plan;
}

function refuseSecrets(input: Exclude<CommandInput, { kind: 'action' }>): void {
  // A pasted key must never be parsed, echoed in a "did you mean", or reach a log line. A pasted
  // link (a funda listing) is an address, not a key, however long and random its path looks.
  const secret =
    input.kind === 'text'
      ? containsSecretOutsideLinks(input.text)
      : Object.values(input.options).some(
          (value) => typeof value === 'string' && containsSecretOutsideLinks(value),
        );
  if (secret) throw new ChatError({ kind: 'key_refused', message: 'error.keyRefused.what' });
}

/** Plans one input: pure and synchronous (the grammar reads measures from core's vocabulary). */
export function planCommand(
  registry: CommandRegistry,
  grammar: GrammarOptions,
  requester: Requester,
  input: CommandInput,
): CommandPlan {
  const roleUnknown = requester.isAdmin === undefined;
  if (input.kind === 'action') {
    // A card button or a picked address carries its command text: planned as if it had been typed.
    const text = runTextOf(input.actionId, input.value);
    if (text !== undefined) return planCommand(registry, grammar, requester, { kind: 'text', text });
    const target = registry.forAction(input.actionId);
    if (!target) {
      const error = new ChatError({ kind: 'usage', message: 'usage.staleAction' });
      return failed(undefined, error);
    }
    const flags = routeFlags(routeWords(target.command, []).route);
    return make(
      {
        command: target.command,
        path: [],
        args: undefined,
        opens: target.command.actionForms?.[target.ref],
        needsAdmin: roleUnknown && (target.command.admin === true || flags.adminView),
        private: target.command.private === true,
        failed: false,
        takesMeasures: false,
        resolvesAddress: false,
        takesFile: false,
      },
      {
        kind: 'action',
        command: target.command,
        ref: target.ref,
        ...(input.value === undefined ? {} : { value: input.value }),
      },
    );
  }
  try {
    refuseSecrets(input);
    const parsed =
      input.kind === 'text'
        ? parseText(input.text, registry, grammar)
        : parseOptions(input.command, input.options, registry, grammar, input.subcommand);
    const flags = routeFlags(parsed.route);
    return make(
      {
        command: parsed.command,
        path: parsed.args.path,
        args: parsed.args,
        opens: flags.opens,
        needsAdmin: roleUnknown && (flags.admin || flags.adminView),
        private: flags.private,
        failed: false,
        takesMeasures: routeArgs(parsed.route).some((a) => a.kind === 'measures'),
        resolvesAddress: parsed.args.addressText !== undefined,
        takesFile: parsed.command.takesFile === true,
      },
      { kind: 'route', route: parsed.route, args: parsed.args },
    );
  } catch (error) {
    // A parse error happens before the command is known for sure; the error names it.
    const command = isChatError(error) && error.command ? registry.get(error.command) : undefined;
    return failed(command, error);
  }
}

function failed(command: AnyCommand | undefined, error: unknown): CommandPlan {
  return make(
    {
      command,
      path: [],
      args: undefined,
      opens: undefined,
      needsAdmin: false,
      // Every error reply is private (errors/error-reply.ts).
      private: true,
      failed: true,
      takesMeasures: false,
      resolvesAddress: false,
      takesFile: false,
    },
    { kind: 'failed', error },
  );
}
