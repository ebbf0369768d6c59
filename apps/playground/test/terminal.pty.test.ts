import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAKE_KEYS, type FakeAltum, startFakeAltum } from '@altum-chat/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasScript, KEYS, type PtySession, startPlaygroundPty } from './pty.ts';

const PROMPT = 'altum> ';
/** A key-shaped secret the fake does not know; it must never reach the screen. */
const TYPED_KEY = 'Zq81ABCdefGHIjklMNOpqrSTUvwxYZ0123456789';

let dataDir: string;
let fake: FakeAltum;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'altum-playground-pty-'));
  fake = await startFakeAltum();
});

afterEach(async () => {
  await fake.close();
  await rm(dataDir, { recursive: true, force: true });
});

const env = () => ({ DATA_DIR: dataDir, DEFAULT_LOCALE: 'en', ALTUM_BASE_URL: fake.url });

/** The pieces of a key a screen could show: the whole key and every 6-character slice of it. */
function keyPieces(key: string): string[] {
  const pieces = [key];
  for (let i = 0; i + 6 <= key.length; i++) pieces.push(key.slice(i, i + 6));
  return pieces;
}

/** Types `keys` and waits until what follows on screen shows `expected`; returns where it started. */
async function step(pty: PtySession, keys: string, expected: string): Promise<number> {
  const mark = pty.screen().length;
  await pty.type(keys);
  await pty.waitFor(expected, mark);
  return mark;
}

function expectNoPieceOf(key: string, screen: string) {
  for (const piece of keyPieces(key)) expect(screen, `screen shows ${piece}`).not.toContain(piece);
}

describe.skipIf(!hasScript)('playground on a pseudo-terminal, typed as a person types', () => {
  it('Ctrl-C at the hidden prompt cancels; the key is never on screen or behind ↑, and the playground goes on', {
    timeout: 90_000,
  }, async () => {
    await using pty = startPlaygroundPty(env());
    await pty.waitFor(PROMPT);
    await pty.type(`help${KEYS.enter}`);
    await pty.waitFor('Altum commands');
    const mark = pty.screen().length;
    await pty.type(`key login${KEYS.enter}`);
    await pty.waitFor('not shown while typing', mark);
    await pty.type(TYPED_KEY);
    await pty.type(KEYS.ctrlC);
    await pty.waitFor('No key read; nothing was linked.', mark);
    await pty.waitFor(PROMPT, pty.screen().indexOf('No key read'));

    // ↑ twice walks back through history: `key login`, then `help`; the key is not in it.
    await step(pty, KEYS.up, 'key login');
    await step(pty, KEYS.up, 'help');
    // Enter runs what ↑ brought back: help again, so Enter works after the cancelled prompt.
    await step(pty, KEYS.enter, 'Altum commands');
    expectNoPieceOf(TYPED_KEY, pty.screen());
    expect(fake.requests).toHaveLength(0);
  });

  it('after a linked key, ↑ and Ctrl-C never show it, and commands run live', {
    timeout: 90_000,
  }, async () => {
    await using pty = startPlaygroundPty(env());
    await pty.waitFor(PROMPT);
    await step(pty, `key login${KEYS.enter}`, 'not shown while typing');
    await step(pty, `${FAKE_KEYS.valid}${KEYS.enter}`, 'Key linked');
    await step(pty, KEYS.up, 'key login');
    // Ctrl-C clears the recalled line instead of quitting or redrawing it later.
    await step(pty, KEYS.ctrlC, '^C');
    const mark = await step(pty, `value 1071AA 28B${KEYS.enter}`, 'Valuation');
    expect(pty.screen().slice(mark)).not.toContain('key login');
    expect(fake.requests.some((r) => r.path === '/avm' && r.keyValid)).toBe(true);
    expectNoPieceOf(FAKE_KEYS.valid, pty.screen());
  });

  it('Ctrl-C clears a half-typed line; Ctrl-C twice on an empty line quits', {
    timeout: 90_000,
  }, async () => {
    await using pty = startPlaygroundPty(env());
    await pty.waitFor(PROMPT);
    await pty.type('woz 1071');
    await pty.type(KEYS.ctrlC);
    await pty.waitFor('^C');
    let mark = pty.screen().length;
    // The cleared text must not come back: Enter on the new line does nothing.
    await pty.type(`help${KEYS.enter}`);
    await pty.waitFor('Altum commands', mark);
    expect(pty.screen().slice(mark)).not.toContain('woz 1071help');
    mark = pty.screen().length;
    await pty.type(KEYS.ctrlC);
    await pty.waitFor('press Ctrl+C again', mark);
    await pty.type(KEYS.ctrlC);
    expect(await pty.exited()).toBe(0);
  });

  it('Ctrl-D quits, and so do quit and stoppen (exit, stop and .exit share the rule)', {
    timeout: 90_000,
  }, async () => {
    for (const word of [KEYS.ctrlD, `quit${KEYS.enter}`, `stoppen${KEYS.enter}`]) {
      await using pty = startPlaygroundPty(env());
      await pty.waitFor(PROMPT);
      await pty.type(word);
      expect(await pty.exited()).toBe(0);
    }
  });
});
