import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Lines from stdin, with a prompt on a TTY and a hidden mode for typing a key. */
export interface Terminal {
  readonly interactive: boolean;
  /** The next line, or undefined at end of input. */
  nextLine(): Promise<string | undefined>;
  /** Reads one line without echoing it (a TTY shows nothing while typing; piped input is never printed). */
  readSecret(prompt: string): Promise<string | undefined>;
  print(text: string): void;
  close(): void;
}

export function createTerminal(
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Terminal {
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
  const lines = rl[Symbol.asyncIterator]();
  const next = async () => {
    const result = await lines.next();
    return result.done ? undefined : result.value;
  };
  return {
    interactive,
    async nextLine() {
      if (interactive) rl.prompt();
      return next();
    },
    async readSecret(prompt) {
      output.write(prompt);
      muted = true;
      try {
        return await next();
      } finally {
        muted = false;
        if (interactive) output.write('\n');
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
