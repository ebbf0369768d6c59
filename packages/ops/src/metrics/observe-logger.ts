import type { Metrics } from './create-metrics.ts';

/** The logging surface of core and chat (`@altum-chat/core` Logger); pino loggers satisfy it. */
export interface ObservableLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ObserveOptions {
  /** Credits an operation costs (apps pass `(id) => getOperation(id)?.credits ?? 0` from core). */
  readonly creditsOf?: (operationId: string) => number;
}

const str = (value: unknown, fallback = 'unknown'): string => (typeof value === 'string' ? value : fallback);
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * Wraps the logger handed to the chat runner and the Altum client so their structured lines also feed
 * the metrics: the runner's one `chat command` line per command, and the client's `altum call` /
 * `altum call failed` lines per upstream call. Nothing in core or chat has to know about Prometheus.
 * Lines are recorded whatever the log level, because this sits in front of pino's level filter.
 */
export function observeLogger<L extends ObservableLogger>(
  inner: L,
  metrics: Metrics,
  options: ObserveOptions = {},
): ObservableLogger {
  const creditsOf = options.creditsOf ?? (() => 0);
  const observe = (obj: object, msg: string | undefined): void => {
    const fields = obj as Record<string, unknown>;
    if (msg === 'chat command') {
      const platform = str(fields.platform);
      const outcome = str(fields.outcome);
      metrics.commandFinished({
        command: str(fields.command),
        platform,
        outcome,
        durationMs: num(fields.durationMs),
      });
      if (outcome === 'over_budget') metrics.budgetRefused({ platform, scope: 'budget' });
    } else if (msg === 'altum call') {
      const operation = str(fields.answeredBy, str(fields.operationId));
      const cacheHit = fields.cacheHit === true;
      const coalesced = fields.coalesced === true;
      metrics.upstreamCall({
        operation,
        durationMs: num(fields.durationMs),
        cacheHit,
        coalesced,
        credits: cacheHit || coalesced ? 0 : creditsOf(operation),
      });
    } else if (msg === 'altum call failed') {
      metrics.upstreamCall({
        operation: str(fields.operationId),
        durationMs: num(fields.durationMs),
        cacheHit: false,
        credits: 0,
        outcome: str(fields.kind),
      });
    }
  };
  const level =
    (name: keyof ObservableLogger) =>
    (obj: object, msg?: string): void => {
      try {
        observe(obj, msg);
      } catch {
        // Metrics must never cost a log line, let alone a command.
      }
      inner[name](obj, msg);
    };
  return { debug: level('debug'), info: level('info'), warn: level('warn'), error: level('error') };
}
