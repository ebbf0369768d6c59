import { z } from 'zod';

/**
 * zod fields for reading environment variables, shared by every config.ts (apps, runtime, the
 * store's rotation script). An empty variable counts as unset, as `.env` files and CI often leave them.
 */

/** A string where blank means unset. */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** An optional http(s) URL. */
export const optionalHttpUrl = optionalText.pipe(z.url({ protocol: /^https?$/ }).optional());

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Comma-separated base64 keys (a master-key rotation); blanks between commas are ignored. */
export const base64KeyList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter((key) => key !== ''),
  )
  .pipe(z.array(z.string().regex(BASE64, 'must be comma-separated base64 keys')));
