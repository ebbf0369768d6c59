import type { DestinationStream } from 'pino';

/** A log destination that keeps every line in memory, for tests that scan log output for secrets. */
export interface MemoryDestination extends DestinationStream {
  readonly lines: string[];
  /** Everything written so far, one line per entry. */
  text(): string;
  /** Lines parsed as JSON (lines that are not JSON are skipped). */
  entries(): Record<string, unknown>[];
}

export function createMemoryDestination(): MemoryDestination {
  const lines: string[] = [];
  return {
    lines,
    write(line: string) {
      lines.push(line);
    },
    text: () => lines.join(''),
    entries: () =>
      lines.flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
  };
}
