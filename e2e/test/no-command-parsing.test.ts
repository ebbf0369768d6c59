import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type CommandNode, commands } from '@altum-chat/chat';
import { describe, expect, it } from 'vitest';

/**
 * The apps never read command text themselves: `runner.plan` says what a command is (form, admin
 * lookup, private, parsed arguments). This keeps it so: no regex literal and no `split` argument in
 * any file under apps/ may name a command or subcommand word.
 */

const ROOT = join(import.meta.dirname, '..', '..');

function wordsOf(node: CommandNode & { readonly aliases?: readonly string[] }): string[] {
  const own = [node.name, node.alias, ...(node.aliases ?? [])];
  return [...own, ...(node.subcommands ?? []).flatMap(wordsOf)];
}

/** Single words only (a multi-word alias cannot be matched by a one-word pattern anyway). */
const WORDS = [...new Set(commands.flatMap(wordsOf).map((w) => w.toLowerCase()))].filter((w) =>
  /^[\p{L}]+$/u.test(w),
);

// A `/…/flags` literal not preceded by something that could be divided (identifier, `)` or `]`).
const REGEX_LITERAL = /(?<![\w)\]$\s])\s*\/(?![*/])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuvy]*/g;
const SPLIT_CALL = /\.split\(\s*([^)]*)\)/g;

/** Comment lines, which may quote slashes and commands freely. */
const stripComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** String literals emptied, so a slash inside text (`'/altum value …'`) is not read as a regex. */
const stripStrings = (code: string) =>
  code.replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");

/** Every command word a regex literal or split argument in `source` names. */
function commandWordsParsedIn(source: string): string[] {
  const code = stripComments(source);
  const patterns = [
    ...[...stripStrings(code).matchAll(REGEX_LITERAL)].map((m) => m[1] ?? ''),
    ...[...code.matchAll(SPLIT_CALL)].map((m) => m[1] ?? ''),
  ];
  return WORDS.filter((word) => {
    const bounded = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu');
    return patterns.some((pattern) => bounded.test(pattern));
  });
}

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'data', 'test'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    // Tests may match replies with regexes; only code that runs in the apps must not read commands.
    else if (/\.(ts|js|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

describe('apps do not parse command text', () => {
  it('finds the patterns the apps used to carry (so it can fail)', () => {
    expect(WORDS).toEqual(
      expect.arrayContaining(['key', 'sleutel', 'koppelen', 'delta', 'watals', 'settings', 'batch', 'bulk']),
    );
    expect(commandWordsParsedIn('const isDelta = (t: string) => /^(delta|watals)\\b/i.test(t);')).toEqual(
      expect.arrayContaining(['delta', 'watals']),
    );
    expect(commandWordsParsedIn('const m = /^(?:key|sleutel)\\s+(team\\s+)?(?:login|koppel)$/i;')).toEqual(
      expect.arrayContaining(['key', 'sleutel', 'login', 'koppel']),
    );
    // The playground's and Slack's batch patterns before `batch` was a registry command.
    expect(commandWordsParsedIn('const BATCH_LINE = /^\\s*(?:batch|bulk)\\s+(\\S+)\\s+(.+)$/i;')).toEqual(
      expect.arrayContaining(['batch', 'bulk']),
    );
    expect(commandWordsParsedIn("const [command = 'delta', ...rest] = text.split(/\\s+/);")).toEqual([]);
    expect(commandWordsParsedIn("text.split('key ')")).toEqual(['key']);
    expect(commandWordsParsedIn('const half = total / 2; // key / value')).toEqual([]);
    expect(commandWordsParsedIn("const help = 'Try `/altum value 1071AA 28B` or /altum help';")).toEqual([]);
  });

  it('no source file under apps/ matches a command or subcommand word with a regex or split', async () => {
    const found: string[] = [];
    for (const file of await sourceFiles(join(ROOT, 'apps'))) {
      const words = commandWordsParsedIn(await readFile(file, 'utf8'));
      if (words.length > 0) found.push(`${relative(ROOT, file)}: ${words.join(', ')}`);
    }
    expect(found).toEqual([]);
  });
});
