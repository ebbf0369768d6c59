import type { CommandRegistry } from '../commands/create-registry.ts';
import { routeArgs, routeByOptionName, routePath } from '../commands/subcommands.ts';
import { ChatError, usageError } from '../errors/chat-error.ts';
import { createArgsBuilder } from './args-builder.ts';
import { suggest } from './edit-distance.ts';
import type { GrammarOptions, ParsedCommand } from './parse-text.ts';
import { safeEcho } from './safe-echo.ts';

/**
 * Maps typed options (Discord slash command options, `{ postcode, number, addition, target, … }`)
 * to the same `ParsedArgs` the text grammar produces, with the same checks and messages. `subcommand`
 * is the typed-options name of the subcommand (`team-set`) for commands that have them.
 */
export function parseOptions(
  commandName: string,
  options: Readonly<Record<string, string | number | boolean | undefined>>,
  registry: CommandRegistry,
  grammar: GrammarOptions,
  subcommand?: string,
): ParsedCommand {
  const command = registry.get(commandName);
  if (!command) {
    throw new ChatError({
      kind: 'unknown_command',
      message: 'usage.unknownCommand',
      params: { command: safeEcho(commandName) },
      suggestions: suggest(commandName, registry.words),
    });
  }
  const route = routeByOptionName(command, subcommand);
  if (!route) {
    throw usageError('usage.unknownSubcommand', {
      command: command.name,
      params: { name: safeEcho(subcommand ?? '') },
    });
  }
  const builder = createArgsBuilder(command, routeArgs(route), routePath(route), grammar.readMeasure);
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined || value === '') continue;
    builder.named(name, String(value));
  }
  return { command, route, args: builder.finish() };
}
