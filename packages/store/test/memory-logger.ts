import type { Logger } from '@altum-chat/core';

/** A logger that keeps every line as JSON text, for "no secret in any log line" assertions. */
export function createMemoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const log = (obj: object, msg?: string) => {
    lines.push(JSON.stringify({ ...obj, msg }));
  };
  return { lines, debug: log, info: log, warn: log, error: log };
}
