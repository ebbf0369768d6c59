import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface CommandFinished {
  readonly command: string;
  readonly platform: string;
  /** `ok` or a failure kind from the chat error table (`usage`, `no_key`, `upstream`, …). */
  readonly outcome: string;
  readonly durationMs?: number;
}

/** One Altum call, as the client's `callFinished` event reports it (core's `CallFinished`). */
export interface UpstreamCall {
  readonly operation: string;
  readonly durationMs: number;
  readonly cached: boolean;
  /** Joined an identical in-flight request instead of sending its own. */
  readonly coalesced?: boolean;
  readonly credits: number;
  /** `ok` or the AltumError kind. */
  readonly outcome?: string;
}

/** A paid call refused before it was sent (chat's `budgetRefused` event). */
export interface BudgetRefusal {
  readonly platform: string;
  /** Which cap: `user_daily` or `team_monthly`. */
  readonly limit: string;
}

/** The bot's Prometheus metrics on a registry of its own (never prom-client's global default). */
export interface Metrics {
  readonly registry: Registry;
  commandFinished(event: CommandFinished): void;
  callFinished(event: UpstreamCall): void;
  budgetRefused(event: BudgetRefusal): void;
  /** A reply the platform refused went out again in a simpler form (`images_refused`: without its charts). */
  replyDegraded(event: { readonly platform: string; readonly reason: string }): void;
  /** Commands accepted but not yet answered. */
  inFlight(delta: 1 | -1): void;
  /** The exposition text, as GET /metrics serves it. */
  text(): Promise<string>;
  /** A node:http handler for GET /metrics. */
  handle(req: IncomingMessage, res: ServerResponse): void;
}

export interface CreateMetricsOptions {
  /** Name prefix (default `altum_chat_`). */
  readonly prefix?: string;
  /** Also collect Node process metrics (RSS, event-loop lag, GC); default true. */
  readonly processMetrics?: boolean;
  /** Labels on every series, e.g. `{ app: 'slack-bot' }`. */
  readonly defaultLabels?: Record<string, string>;
}

const MAX_LABEL = 48;

/** Keeps label values bounded: odd or long values collapse into `other` so a typo can't explode cardinality. */
function label(value: string): string {
  return value.length > 0 && value.length <= MAX_LABEL && /^[A-Za-z0-9_.:/-]+$/.test(value) ? value : 'other';
}

/**
 * Creates the metrics recorder. Latency buckets span the fake's milliseconds to Altum's 20 s timeout.
 * https://prometheus.io/docs/practices/naming/
 */
export function createMetrics(options: CreateMetricsOptions = {}): Metrics {
  const prefix = options.prefix ?? 'altum_chat_';
  const registry = new Registry();
  if (options.defaultLabels) registry.setDefaultLabels(options.defaultLabels);
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix });
  const registers = [registry];
  const commands = new Counter({
    name: `${prefix}commands_total`,
    help: 'Chat commands answered, by command, platform and outcome.',
    labelNames: ['command', 'platform', 'outcome'] as const,
    registers,
  });
  const commandSeconds = new Histogram({
    name: `${prefix}command_duration_seconds`,
    help: 'Time from accepting a command to its final reply.',
    labelNames: ['platform'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 20, 30],
    registers,
  });
  const upstreamSeconds = new Histogram({
    name: `${prefix}upstream_duration_seconds`,
    help: 'Altum call latency as the client saw it (retries included), by operation.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20],
    registers,
  });
  const upstreamRequests = new Counter({
    name: `${prefix}upstream_requests_total`,
    help: 'Altum calls by operation and source: sent, cache (hit) or coalesced (joined an in-flight call).',
    labelNames: ['operation', 'source'] as const,
    registers,
  });
  const cacheHits = new Counter({
    name: `${prefix}cache_hits_total`,
    help: 'Altum calls answered from the response cache.',
    labelNames: ['operation'] as const,
    registers,
  });
  const credits = new Counter({
    name: `${prefix}credits_spent_total`,
    help: 'Altum credits spent, by operation.',
    labelNames: ['operation'] as const,
    registers,
  });
  const refusals = new Counter({
    name: `${prefix}budget_refusals_total`,
    help: 'Paid calls refused before they were sent because a budget was exhausted, by cap (user_daily, team_monthly).',
    labelNames: ['platform', 'scope'] as const,
    registers,
  });
  const degraded = new Counter({
    name: `${prefix}replies_degraded_total`,
    help: 'Replies the platform refused as rendered and that went out again in a simpler form (e.g. without images).',
    labelNames: ['platform', 'reason'] as const,
    registers,
  });
  const pending = new Gauge({
    name: `${prefix}commands_in_flight`,
    help: 'Commands accepted and not yet answered.',
    registers,
  });

  const text = () => registry.metrics();
  return {
    registry,
    commandFinished(event) {
      commands.inc({
        command: label(event.command),
        platform: label(event.platform),
        outcome: label(event.outcome),
      });
      if (event.durationMs !== undefined)
        commandSeconds.observe({ platform: label(event.platform) }, event.durationMs / 1000);
    },
    callFinished(event) {
      const operation = label(event.operation);
      const source = event.cached ? 'cache' : event.coalesced ? 'coalesced' : 'sent';
      upstreamRequests.inc({ operation, source });
      if (event.cached) cacheHits.inc({ operation });
      else
        upstreamSeconds.observe(
          { operation, outcome: label(event.outcome ?? 'ok') },
          event.durationMs / 1000,
        );
      if (event.credits > 0) credits.inc({ operation }, event.credits);
    },
    budgetRefused(event) {
      refusals.inc({ platform: label(event.platform), scope: label(event.limit) });
    },
    replyDegraded(event) {
      degraded.inc({ platform: label(event.platform), reason: label(event.reason) });
    },
    inFlight(delta) {
      pending.inc(delta);
    },
    text,
    handle(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET' }).end();
        return;
      }
      text().then(
        (body) => {
          res.writeHead(200, { 'content-type': registry.contentType });
          res.end(req.method === 'HEAD' ? undefined : body);
        },
        () => {
          res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable');
        },
      );
    },
  };
}
