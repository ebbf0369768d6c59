import { randomUUID } from 'node:crypto';

/** A short id that ties what the user (or the caller) sees to the error line in the log. */
export function errorReference(): string {
  return randomUUID().slice(0, 8);
}
