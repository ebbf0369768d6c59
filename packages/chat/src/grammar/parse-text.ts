import type { CommandRegistry } from '../commands/create-registry.ts';
import type { AnyCommand, ArgumentSpec, CommandNode, ParsedArgs } from '../commands/define-command.ts';
import { type Route, routeArgs, routePath, routeWords, subcommandWords } from '../commands/subcommands.ts';
import { ChatError, usageError } from '../errors/chat-error.ts';
import { readValue } from './arg-values.ts';
import { createArgsBuilder } from './args-builder.ts';
import { suggest } from './edit-distance.ts';
import type { MeasureReader } from './measures.ts';
import { looksLikeSecret, safeEcho } from './safe-echo.ts';
import { MAX_TEXT_LENGTH, type Token, tokenize } from './tokenize.ts';

/** A command, the subcommand route taken, and its checked arguments. */
export interface ParsedCommand {
  readonly command: AnyCommand;
  readonly route: Route;
  readonly args: ParsedArgs;
}

export interface GrammarOptions {
  readonly readMeasure: MeasureReader;
}

/** Slack and the playground may pass the slash command itself along (`/altum value …`). */
const LEADING_COMMAND = /^\s*\/?altum\b\s*/i;

/** A postcode address is a postcode (one or two words), a number and an optional addition (one or two words). */
const MAX_ADDRESS_WORDS = 5;
/** `Burgemeester van Walsumweg 12 A, 3011 MA Rotterdam` and then some; a listing link is one word. */
const MAX_FREE_ADDRESS_WORDS = 16;
/** Text that starts with four digits is a postcode address, read by the longest prefix that parses. */
const POSTCODE_LED = /^\d{4}/;

/**
 * Parses chat text (`value 1071AA 28B`, `waarde 1071 aa 28-b`, `delta 1071AA 28 wall_insulation=4`)
 * into a command and its arguments. Throws `ChatError` (`unknown_command`, `usage`) with a message,
 * suggestions and the command so the reply can show a working example.
 */
export function parseText(text: string, registry: CommandRegistry, grammar: GrammarOptions): ParsedCommand {
  if (text.length > MAX_TEXT_LENGTH) {
    throw usageError('usage.tooLong', { params: { max: MAX_TEXT_LENGTH } });
  }
  const tokens = tokenize(text.replace(LEADING_COMMAND, ''));
  const first = tokens[0];
  const help = registry.get('help');
  if (!first) {
    if (!help) throw new ChatError({ kind: 'unknown_command', message: 'usage.empty' });
    const route = routeWords(help, []).route;
    return { command: help, route, args: { command: help.name, path: [], options: {}, measures: [] } };
  }
  const command = first.kind === 'word' ? registry.get(first.text) : undefined;
  if (!command) {
    const word = first.kind === 'word' ? first.text : first.name;
    throw new ChatError({
      kind: 'unknown_command',
      message: 'usage.unknownCommand',
      params: { command: safeEcho(word) },
      suggestions: looksLikeSecret(word) ? [] : suggest(word, registry.words),
    });
  }
  const rest = tokens.slice(1);
  const { route, used } = routeWords(
    command,
    rest.map((token) => (token.kind === 'word' ? token.text : undefined)),
  );
  // When a subcommand word was expected but not given, an unknown first word was meant as one.
  const chain: readonly CommandNode[] = [command, ...route.nodes];
  const group = used < route.nodes.length ? chain[used] : undefined;
  return { command, route, args: readArguments(route, rest.slice(used), grammar, group) };
}

function readArguments(
  route: Route,
  tokens: readonly Token[],
  grammar: GrammarOptions,
  group: CommandNode | undefined,
): ParsedArgs {
  const { command } = route;
  const args = routeArgs(route);
  const builder = createArgsBuilder(command, args, routePath(route), grammar.readMeasure);
  const positional = args.filter((a) => a.kind !== 'measures');
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const spec = positional[next];
    if (spec?.rest) {
      builder.positional(
        spec,
        tokens
          .slice(i)
          .map((t) => t.text)
          .join(' '),
      );
      next++;
      break;
    }
    if (token.kind === 'named') {
      builder.named(token.name, token.value);
      continue;
    }
    if (!spec) {
      if (command.extraTextIsSecret) {
        throw new ChatError({ kind: 'key_refused', message: 'error.keyRefused.what', command: command.name });
      }
      if (i === 0 && group) {
        throw usageError('usage.unknownSubcommand', {
          command: command.name,
          params: { name: safeEcho(token.text) },
          suggestions: suggest(
            token.text,
            (group.subcommands ?? []).flatMap(subcommandWords).filter((w) => !w.includes(' ')),
          ),
        });
      }
      throw usageError('usage.extraText', { command: command.name, params: { text: safeEcho(token.text) } });
    }
    next++;
    if (spec.kind === 'address') {
      i += readAddressWords(tokens, i, positional[next], command, (t) => builder.address(t)) - 1;
    } else if (spec.kind === 'postcode' && isSplitPostcode(token, tokens[i + 1])) {
      builder.positional(spec, `${token.text}${tokens[i + 1]?.text ?? ''}`);
      i++;
    } else {
      builder.positional(spec, token.text);
    }
  }
  return builder.finish();
}

/**
 * Reads the words of an address starting at `start`; returns how many it used. A postcode address
 * followed by more positional arguments takes the longest prefix that parses. Free text (`Damrak 1
 * Amsterdam`, a link) takes every word up to the next `name=value`, except a last word the next
 * argument accepts as one of its choices (`label Damrak 1 Amsterdam apartment`). Otherwise every
 * word belongs to the address, so a bad addition is reported rather than misread.
 */
function readAddressWords(
  tokens: readonly Token[],
  start: number,
  following: ArgumentSpec | undefined,
  command: AnyCommand,
  read: (text: string) => void,
): number {
  const words: string[] = [];
  for (let i = start; i < tokens.length && words.length < MAX_FREE_ADDRESS_WORDS; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') break;
    words.push(token.text);
  }
  const postcodeLed = POSTCODE_LED.test(words[0] ?? '');
  if (following && postcodeLed) {
    for (let n = Math.min(words.length, MAX_ADDRESS_WORDS); n > 1; n--) {
      try {
        read(words.slice(0, n).join(' '));
        return n;
      } catch (error) {
        if (!(error instanceof ChatError)) throw error;
      }
    }
    read(words[0] ?? '');
    return 1;
  }
  let n = postcodeLed ? Math.min(words.length, MAX_ADDRESS_WORDS) : words.length;
  if (following?.kind === 'choice' && n > 1 && acceptsChoice(command, following, words[n - 1] ?? '')) n--;
  read(words.slice(0, n).join(' '));
  return n;
}

function acceptsChoice(command: AnyCommand, spec: ArgumentSpec, word: string): boolean {
  try {
    readValue(command, spec, word);
    return true;
  } catch (error) {
    if (error instanceof ChatError) return false;
    throw error;
  }
}

function isSplitPostcode(first: Token, second: Token | undefined): boolean {
  return /^\d{4}$/.test(first.text) && second?.kind === 'word' && /^[a-z]{2}$/i.test(second.text);
}
