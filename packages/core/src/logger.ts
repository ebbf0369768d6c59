/** The logging surface core and chat need; pino loggers satisfy it as they are. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const noop = (): void => {};

/** Drops everything; the default when a caller passes no logger. */
export const silentLogger: Logger = { debug: noop, info: noop, warn: noop, error: noop };
