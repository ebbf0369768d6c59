import type { AddressResolver } from '@altum-chat/address';
import { type AltumClient, type EventSink, type Logger, maskKey, silentLogger } from '@altum-chat/core';
import type { Store } from '@altum-chat/store';
import type { CommandRegistry } from '../commands/create-registry.ts';
import type { AnyCommand, CommandContext, ReplyBody } from '../commands/define-command.ts';
import { defaultRegistry } from '../commands/registry.ts';
import { routeFlags } from '../commands/subcommands.ts';
import { ChatError, isChatError } from '../errors/chat-error.ts';
import { errorReply, failureKind } from '../errors/error-reply.ts';
import { FAILURES, type FailureKind } from '../errors/error-table.ts';
import { createReferenceId } from '../errors/reference-id.ts';
import { readMeasure as coreMeasureReader } from '../grammar/measure-reader.ts';
import type { MeasureReader } from '../grammar/measures.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.ts';
import { createTranslator, type MessageKey, type Translate } from '../i18n/translate.ts';
import { linkKey } from '../keys/link-key.ts';
import type { Reply } from '../reply/reply.ts';
import { type CallTally, createAltumCaller, describe } from './call-altum.ts';
import { finishReply } from './finish-reply.ts';
import { planCommand, planDetail } from './plan.ts';
import { type RequesterPreferences, requesterPreferences } from './requester-locale.ts';
import { resolveArgsAddress } from './resolve-address.ts';
import type { ChatRunnerEvents } from './runner-events.ts';
import type { ChatRunner, Requester } from './types.ts';

export interface ChatRunnerOptions {
  readonly client: AltumClient;
  readonly store: Store;
  /**
   * Turns free-text addresses, BAG ids and listing links into postcode + number (PDOK, free). Without
   * one, postcodes work as always and anything else is answered with a request for the postcode.
   */
  readonly addresses?: AddressResolver;
  readonly logger?: Logger;
  /** `ALTUM_API_KEY`: used when neither the user nor the team linked a key. */
  readonly deploymentKey?: string | undefined;
  /**
   * Credits per user per UTC day the deployment key may spend in direct messages. Undefined: never
   * (a DM has no admin who could cap it); users' own keys work in DMs either way.
   */
  readonly dmDailyCredits?: number | undefined;
  /** Commands (and button clicks) one user may start per minute, counted in the shared store. Default 0 = off (the apps set it from COMMANDS_PER_MINUTE). */
  readonly commandsPerMinute?: number;
  readonly defaultLocale?: Locale;
  /** Answers come from the fake or sandbox; every reply says so. */
  readonly demo?: boolean;
  readonly registry?: CommandRegistry;
  readonly readMeasure?: MeasureReader;
  readonly now?: () => Date;
  readonly createReference?: () => string;
  /** Where the runner reports commands started and finished and budget refusals (metrics subscribe). */
  readonly events?: EventSink<ChatRunnerEvents>;
}

/**
 * The one entry point the apps call: parse → resolve key → check budget → call Altum → record usage
 * → build the Reply in the user's language. Never throws; every input ends in exactly one Reply,
 * failures through the one error table (errors/error-table.ts).
 */
export function createChatRunner(options: ChatRunnerOptions): ChatRunner {
  const registry = options.registry ?? defaultRegistry;
  const logger = options.logger ?? silentLogger;
  const grammar = { readMeasure: options.readMeasure ?? coreMeasureReader };
  const now = options.now ?? (() => new Date());
  const newReference = options.createReference ?? createReferenceId;
  const fallbackLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const demo = options.demo ?? false;
  const deploymentKey = options.deploymentKey?.trim() || undefined;
  const deps = {
    client: options.client,
    store: options.store,
    logger,
    deploymentKey,
    dmDailyCredits: options.dmDailyCredits,
    now,
    events: options.events,
  };
  const commandsPerMinute = options.commandsPerMinute ?? 0;

  /** The per-user rate, shared by every instance through the store; refused before anything runs. */
  async function checkRate(requester: Requester): Promise<void> {
    if (commandsPerMinute <= 0) return;
    const verdict = await options.store.rates.hit(
      `commands:${requester.platform}:${requester.teamId}:${requester.userId}`,
      60_000,
      commandsPerMinute,
    );
    if (!verdict.allowed) throw new ChatError({ kind: 'busy', message: 'error.busy.rate' });
  }

  /**
   * Runs `work`, turning every failure into a reply; reports the command's start and end to the
   * observers and writes one log line with the reference.
   */
  async function guarded(
    requester: Requester,
    label: string,
    given: RequesterPreferences | undefined,
    work: (scope: {
      reference: string;
      locale: Locale;
      t: Translate;
      tally: CallTally;
      secrets: Set<string>;
      setCommand: (command: AnyCommand) => void;
      visibility: boolean | undefined;
    }) => Promise<Reply>,
  ): Promise<Reply> {
    const reference = safeReference(newReference);
    const started = Date.now();
    const tally: CallTally = { calls: 0, cacheHits: 0, credits: 0 };
    const secrets = new Set<string>(deploymentKey ? [deploymentKey] : []);
    let command: AnyCommand | undefined;
    let locale: Locale = fallbackLocale;
    let t = createTranslator(locale);
    options.events?.emit('commandStarted', { platform: requester.platform, reference });
    try {
      const preferences =
        given ?? (await requesterPreferences(options.store, requester, fallbackLocale, logger));
      locale = preferences.locale;
      t = createTranslator(locale);
      const reply = await work({
        reference,
        locale,
        t,
        tally,
        secrets,
        setCommand: (c) => {
          command = c;
        },
        visibility: preferences.private,
      });
      finished('info', 'ok');
      return reply;
    } catch (error) {
      // A parse error happens before the runner knows the command; the error names it.
      command ??= isChatError(error) && error.command ? registry.get(error.command) : undefined;
      const kind = failureKind(error);
      const level = FAILURES[kind].log;
      finished(
        level,
        kind,
        kind === 'internal' || level === 'error' ? { err: describe(error, secrets) } : {},
      );
      return errorReply(error, { t, locale, reference, command });
    }

    function finished(
      level: 'info' | 'warn' | 'error',
      outcome: 'ok' | FailureKind,
      extra: Record<string, unknown> = {},
    ) {
      const event = {
        command: command?.name ?? label,
        platform: requester.platform,
        outcome,
        durationMs: Date.now() - started,
        calls: tally.calls,
        credits: tally.credits,
        cacheHits: tally.cacheHits,
        reference,
      };
      options.events?.emit('commandFinished', event);
      const { reference: ref, ...fields } = event;
      logger[level](
        { ref, team: requester.teamId, user: requester.userId, ...fields, ...extra },
        'chat command',
      );
    }
  }

  function contextFor(
    requester: Requester,
    scope: { reference: string; locale: Locale; t: Translate; tally: CallTally; secrets: Set<string> },
    command: AnyCommand,
    signal: AbortSignal,
  ): CommandContext {
    const callWithMeta = createAltumCaller(deps, {
      requester,
      command: command.name,
      reference: scope.reference,
      signal,
      tally: scope.tally,
      secrets: scope.secrets,
    });
    return {
      requester,
      locale: scope.locale,
      t: scope.t,
      callWithMeta,
      call: async (id, input, callOptions) => (await callWithMeta(id, input, callOptions)).data,
      demo,
      store: options.store,
      signal,
      now,
      ...(deploymentKey ? { deploymentKey: { masked: maskKey(deploymentKey) } } : {}),
    };
  }

  return {
    plan: (requester, input) => planCommand(registry, grammar, requester, input),

    preferences: (requester, preferenceOptions = {}) =>
      requesterPreferences(options.store, requester, fallbackLocale, logger, preferenceOptions.deadlineMs),

    run(requester, input, runOptions = {}) {
      const signal = runOptions.signal ?? new AbortController().signal;
      const plan = input.kind === 'plan' ? input : planCommand(registry, grammar, requester, input);
      const detail = planDetail(plan);
      const label = detail?.kind === 'action' ? 'action' : 'parse';
      return guarded(requester, label, runOptions.preferences, async (scope) => {
        await checkRate(requester);
        if (plan.command) scope.setCommand(plan.command);
        if (!detail) throw new Error('plan made outside the chat runner');
        if (detail.kind === 'failed') throw detail.error;
        let body: ReplyBody;
        let command: AnyCommand;
        if (detail.kind === 'action') {
          command = detail.command;
          checkAdmin(command.admin === true, 'error.notAdmin.what', requester);
          if (!command.action) throw new ChatError({ kind: 'usage', message: 'usage.staleAction' });
          body = await command.action(
            detail.ref,
            detail.value,
            contextFor(requester, scope, command, signal),
          );
        } else {
          const { route } = detail;
          command = route.command;
          const flags = routeFlags(route);
          checkAdmin(flags.admin, flags.adminRefusal, requester);
          const leaf = route.leaf;
          if (!leaf.run) throw new Error(`${command.name} ${detail.args.path.join(' ')} cannot run`);
          // A typed street, BAG id or link is looked up first (free): nothing is charged for a picker.
          const resolved = await resolveArgsAddress(options.addresses, detail.args, scope.t, signal);
          if (resolved.kind === 'picker') {
            return finishReply(resolved.body, {
              kind: 'picker',
              t: scope.t,
              reference: scope.reference,
              demo,
              tally: scope.tally,
              private: scope.visibility,
            });
          }
          body = await leaf.run(resolved.args, contextFor(requester, scope, command, signal));
        }
        return finishReply(body, {
          kind: command.replyKind ?? 'result',
          t: scope.t,
          reference: scope.reference,
          demo,
          tally: scope.tally,
          private: scope.visibility,
        });
      });
    },

    async suggestAddresses(requester, search, signal = new AbortController().signal) {
      const reference = safeReference(newReference);
      const secrets = new Set<string>(deploymentKey ? [deploymentKey] : []);
      const tally: CallTally = { calls: 0, cacheHits: 0, credits: 0 };
      const call = createAltumCaller(deps, {
        requester,
        command: 'autocomplete',
        reference,
        signal,
        tally,
        secrets,
      });
      try {
        return (await call('autosuggest', { search, limit: 25 })).data;
      } catch (error) {
        logger.debug(
          { ref: reference, outcome: failureKind(error), err: describe(error, secrets) },
          'autocomplete',
        );
        return [];
      }
    },

    linkKey(requester, apiKey, keyScope) {
      return guarded(requester, 'key', undefined, async (scope) => {
        const key = registry.get('key');
        if (key) scope.setCommand(key);
        scope.secrets.add(apiKey.trim());
        const body = await linkKey(
          { client: options.client, store: options.store, logger, reference: scope.reference },
          requester,
          apiKey,
          keyScope,
          scope.t,
        );
        return finishReply(body, {
          kind: 'info',
          t: scope.t,
          reference: scope.reference,
          demo,
          tally: scope.tally,
          private: true,
        });
      });
    },
  };
}

function checkAdmin(admin: boolean, refusal: MessageKey, requester: Requester): void {
  if (admin && !requester.isAdmin) throw new ChatError({ kind: 'not_admin', message: refusal });
}

function safeReference(create: () => string): string {
  try {
    return create();
  } catch {
    return createReferenceId();
  }
}
