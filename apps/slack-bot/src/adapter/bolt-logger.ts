import type { Logger } from '@altum-chat/core';
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';

const TOKEN_PATTERN = /xox[abpre]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+/g;

/**
 * Bolt's logger interface over ours. Bolt logs free-form arguments (objects, errors with request
 * details), so only strings and error names/messages pass, with Slack tokens scrubbed.
 */
export function boltLogger(logger: Logger, level: LogLevel = LogLevel.WARN): BoltLogger {
  let current = level;
  const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];
  const text = (parts: unknown[]): string =>
    parts
      .map((part) => {
        if (typeof part === 'string') return part;
        if (part instanceof Error) return `${part.name}: ${part.message}`;
        return typeof part === 'number' || typeof part === 'boolean' ? String(part) : '[object]';
      })
      .join(' ')
      .replace(TOKEN_PATTERN, '[redacted]');
  const at =
    (wanted: LogLevel, write: (obj: object, msg?: string) => void) =>
    (...parts: unknown[]): void => {
      if (order.indexOf(wanted) >= order.indexOf(current)) write({ source: 'bolt' }, text(parts));
    };
  return {
    debug: at(LogLevel.DEBUG, logger.debug.bind(logger)),
    info: at(LogLevel.INFO, logger.info.bind(logger)),
    warn: at(LogLevel.WARN, logger.warn.bind(logger)),
    error: at(LogLevel.ERROR, logger.error.bind(logger)),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: () => {},
  };
}
