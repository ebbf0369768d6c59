import pino, { type DestinationStream, type Level, type Logger as PinoLogger } from 'pino';
import { scrubText, scrubValue } from './scrub.ts';
import { defaultSecrets, type SecretRegistry } from './secrets.ts';

export type LogLevel = Level | 'silent';

export interface CreateLoggerOptions {
  readonly level?: LogLevel;
  /** Where JSON lines go (default stdout, written synchronously so nothing is lost on exit). */
  readonly destination?: DestinationStream;
  /** Secrets to scrub (default the process-wide registry fed by `registerSecret`). */
  readonly secrets?: SecretRegistry;
  /** Fields on every line, e.g. `{ app: 'slack-bot' }`. */
  readonly base?: Record<string, unknown>;
}

const passThrough = (value: unknown): unknown => value;

/** A destination that scrubs every serialised line once more, whatever path a secret took to get there. */
function scrubbing(target: DestinationStream, secrets: SecretRegistry): DestinationStream {
  return { write: (line: string) => target.write(scrubText(line, secrets)) };
}

/**
 * The apps' pino logger with two layers of redaction: secret-named fields (x-api-key, token,
 * signingSecret, headers, …) at any depth are replaced, and every value and finished line is
 * scrubbed of registered secrets and recognisable token shapes (xoxb-, xapp-, Discord bot tokens).
 * https://getpino.io/#/docs/api?id=options
 */
export function createLogger(options: CreateLoggerOptions = {}): PinoLogger {
  const secrets = options.secrets ?? defaultSecrets;
  const destination = options.destination ?? pino.destination({ dest: 1, sync: true });
  return pino(
    {
      level: options.level ?? 'info',
      base: options.base ?? null,
      timestamp: pino.stdTimeFunctions.isoTime,
      // The log formatter below already reduced errors to plain, scrubbed objects; pino's own err
      // serializer would run after it and re-wrap them.
      serializers: { err: passThrough, error: passThrough },
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => scrubValue(bindings, secrets) as Record<string, unknown>,
        log: (object) => scrubValue(object, secrets) as Record<string, unknown>,
      },
    },
    scrubbing(destination, secrets),
  );
}
