import type { CommandRegistry } from '../commands/create-registry.ts';
import { ChatError } from '../errors/chat-error.ts';
import { createArgsBuilder } from './args-builder.ts';
import { suggest } from './edit-distance.ts';
import type { GrammarOptions, ParsedCommand } from './parse-text.ts';
import { safeEcho } from './safe-echo.ts';

/**
 * Maps typed options (Discord slash command options, `{ postcode, number, addition, target, … }`)
 * to the same `ParsedArgs` the text grammar produces, with the same checks and messages.
 */
export function parseOptions(
  commandName: string,
  options: Readonly<Record<string, string | number | boolean | undefined>>,
  registry: CommandRegistry,
  grammar: GrammarOptions,
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
  const builder = createArgsBuilder(command, grammar.readMeasure);
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined || value === '') continue;
    builder.named(name, String(value));
  }
  return { command, args: builder.finish() };
}
