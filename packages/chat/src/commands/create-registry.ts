import type { AnyCommand } from './define-command.ts';
import { checkSubcommands } from './subcommands.ts';

/** Every command, looked up by English name, Dutch alias or action-id prefix. */
export interface CommandRegistry {
  readonly commands: readonly AnyCommand[];
  /** By name or alias, case-insensitive. */
  get(nameOrAlias: string): AnyCommand | undefined;
  /** The command owning an action id `<prefix>:<ref>`. */
  forAction(actionId: string): { readonly command: AnyCommand; readonly ref: string } | undefined;
  /** Every name and alias, for "did you mean". */
  readonly words: readonly string[];
}

/**
 * Builds the lookup maps; throws at start-up when two commands claim the same word or prefix, or a
 * command's subcommands are ill-formed (see `checkSubcommands`).
 */
export function createRegistry(commands: readonly AnyCommand[]): CommandRegistry {
  const byWord = new Map<string, AnyCommand>();
  const byPrefix = new Map<string, AnyCommand>();
  for (const command of commands) {
    checkSubcommands(command);
    for (const word of new Set([command.name, command.alias])) {
      const key = word.toLowerCase();
      const existing = byWord.get(key);
      if (existing && existing !== command) {
        throw new Error(`command word "${word}" is claimed by ${existing.name} and ${command.name}`);
      }
      byWord.set(key, command);
    }
    const prefix = command.actionPrefix ?? command.name;
    if (byPrefix.has(prefix)) throw new Error(`action prefix "${prefix}" is claimed twice`);
    byPrefix.set(prefix, command);
  }
  return {
    commands,
    words: [...byWord.keys()],
    get: (word) => byWord.get(word.trim().toLowerCase()),
    forAction(actionId) {
      const separator = actionId.indexOf(':');
      if (separator <= 0) return undefined;
      const command = byPrefix.get(actionId.slice(0, separator));
      return command?.action ? { command, ref: actionId.slice(separator + 1) } : undefined;
    },
  };
}
