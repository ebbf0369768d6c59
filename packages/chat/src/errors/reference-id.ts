import { randomFillSync } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so a reference read over the phone is unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 8;

/**
 * Random bytes are drawn 1 KB at a time, as `randomUUID` does: one `randomBytes(5)` per command was
 * ≈ 3 % of the CPU of a 1,000-command burst (bench/README.md, profile).
 */
const pool = Buffer.alloc(1024);
let offset = pool.length;

/** An 8-character reference (40 random bits, 5 per character) shown in replies and written in the log line of a command. */
export function createReferenceId(): string {
  if (offset + LENGTH > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  let id = '';
  for (let i = 0; i < LENGTH; i++) id += ALPHABET[(pool[offset + i] as number) & 31];
  offset += LENGTH;
  return id;
}
