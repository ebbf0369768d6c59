import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Lines from stdin, with a prompt on a TTY and a hidden mode for typing a key. */
export interface Terminal {
  readonly interactive: boolean;
  /** The next line, or undefined at end of input (Ctrl-D, or Ctrl-C twice on an empty line). */
  nextLine(): Promise<string | undefined>;
  /**
   * Reads one line without echoing it or keeping it in history (a TTY shows nothing while typing;
   * piped input is never printed). Undefined when cancelled with Ctrl-C or at end of input.
   */
  readSecret(prompt: string): Promise<string | undefined>;
  print(text: string): void;
  close(): void;
}

export interface TerminalOptions {
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  /** Shown after Ctrl-C on an empty line, as other REPLs do ("press Ctrl-C again to quit"). */
  readonly interruptHint?: () => string;
}

/**
 * A readline REPL that behaves like other REPLs: Ctrl-C clears the line, a second Ctrl-C on an empty
 * line or Ctrl-D quits, ↑ recalls earlier commands. A hidden line never reaches the screen or the
 * history, and Ctrl-C at the hidden prompt cancels it without leaving anything behind.
 */
export function createTerminal(options: TerminalOptions = {}): Terminal {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  let muted = false;
  // readline echoes typed characters to its output; routing that through a switch lets us hide a key.
  const echo = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) output.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input, output: echo, terminal: interactive, prompt: 'altum> ' });

  const queued: string[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  let secret: ((line: string | undefined) => void) | undefined;
  let ended = false;
  let interruptedOnEmpty = false;

  rl.on('line', (line) => {
    interruptedOnEmpty = false;
    const take = secret ?? waiting;
    secret = undefined;
    waiting = undefined;
    if (take) take(line);
    else queued.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const take of [secret, waiting]) take?.(undefined);
    secret = undefined;
    waiting = undefined;
  });
  // readline adds every line to its history before 'line'; the documented way to keep a password
  // out is to edit the array in this event (nodejs.org/api/readline.html, event 'history').
  rl.on('history', (history: string[]) => {
    if (!secret || history.length === 0) return;
    const hidden = history[0];
    for (let i = history.length - 1; i >= 0; i--) if (history[i] === hidden) history.splice(i, 1);
  });

  /** Empties readline's current line without showing it: Ctrl-E then Ctrl-U, muted. */
  const clearLine = () => {
    const wasMuted = muted;
    muted = true;
    rl.write(null, { ctrl: true, name: 'e' });
    rl.write(null, { ctrl: true, name: 'u' });
    muted = wasMuted;
  };

  // With a listener here readline no longer pauses the input on Ctrl-C, which left the typed line
  // in its buffer, redrew it at the next prompt and ignored Enter.
  rl.on('SIGINT', () => {
    if (secret) {
      clearLine();
      const cancel = secret;
      secret = undefined;
      cancel(undefined);
      return;
    }
    if (rl.line.length > 0) {
      clearLine();
      interruptedOnEmpty = false;
      output.write('^C\n');
      rl.prompt();
      return;
    }
    if (interruptedOnEmpty) {
      output.write('\n');
      rl.close();
      return;
    }
    interruptedOnEmpty = true;
    output.write(`\n${options.interruptHint?.() ?? ''}\n`);
    rl.prompt();
  });

  const nextLine = async (): Promise<string | undefined> => {
    const line = queued.shift();
    if (line !== undefined) return line;
    if (ended) return undefined;
    if (interactive) rl.prompt();
    return new Promise((resolve) => {
      waiting = resolve;
    });
  };

  return {
    interactive,
    nextLine,
    async readSecret(prompt) {
      // Piped input is not echoed by readline, so the next line can be read as it is.
      if (!interactive) return nextLine();
      if (ended) return undefined;
      output.write(prompt);
      muted = true;
      try {
        return await new Promise<string | undefined>((resolve) => {
          secret = resolve;
        });
      } finally {
        muted = false;
        output.write('\n');
      }
    },
    print(text) {
      output.write(`${text}\n`);
    },
    close() {
      rl.close();
    },
  };
}
