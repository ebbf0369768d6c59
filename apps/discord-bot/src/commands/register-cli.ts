import { parseArgs } from 'node:util';

export const REGISTER_USAGE = 'usage: register [--guild <server id>]';

/** A command line `register` refuses; the message says what was wrong and how to call it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Reads `register`'s arguments strictly (`util.parseArgs`): an unknown flag such as `--guil 5` or a
 * stray word is an error, never a silent global registration.
 */
export function parseRegisterArgs(argv: readonly string[]): { readonly guildId: string | undefined } {
  let values: { guild?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { guild: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs names the offending argument (e.g. "Unknown option '--guil'"); it never holds a secret.
    throw new UsageError(`${error instanceof Error ? error.message : 'bad arguments'}\n${REGISTER_USAGE}`);
  }
  if (values.help) throw new UsageError(REGISTER_USAGE);
  const guildId = values.guild?.trim();
  if (guildId !== undefined && !/^\d{1,20}$/.test(guildId)) {
    throw new UsageError(
      `--guild must be a numeric server id (Server Settings → Widget → Server ID)\n${REGISTER_USAGE}`,
    );
  }
  return { guildId };
}
