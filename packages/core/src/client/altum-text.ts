/**
 * Reads Altum's own words out of an error body, whatever shape it came in. The docs print five:
 * a string `Output` (Altum's business errors), a string `detail` (FastAPI `HTTPException`), a nested
 * `detail.Output`, a gateway `message`, and bodies that are not JSON at all — Python reprs such as
 * `{'Output': '…'}` or a bare `{'Unsupported evaluation date format, …'}` (AVM page), or a gateway's
 * plain text. https://docs.altum.ai/english/apis/avm-api/authentication-input-and-response
 */

const MAX_MESSAGE = 300;
const MESSAGE_KEYS = ['Output', 'detail', 'message'] as const;

/** What an answer's body turned out to be. */
export type BodyReading =
  | { readonly json: true; readonly value: unknown }
  | { readonly json: false; readonly text: string };

export function readBody(text: string): BodyReading {
  try {
    return { json: true, value: JSON.parse(text) };
  } catch {
    return { json: false, text };
  }
}

export function field(body: unknown, name: string): unknown {
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
}

/** Control characters out, whitespace folded, long text cut with a visible "…". */
export function tidy(text: string): string {
  let clean = '';
  for (const char of text) clean += char < ' ' || char === '\u007f' ? ' ' : char;
  clean = clean.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_MESSAGE ? `${clean.slice(0, MAX_MESSAGE)}…` : clean;
}

/** The message of a JSON body: `Output`, `detail`, `detail.Output`, `detail.message`, `message`. */
function messageOfJson(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  for (const name of MESSAGE_KEYS) {
    const value = field(body, name);
    if (typeof value === 'string') return value;
    if (name === 'detail' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const nested = messageOfJson(value);
      if (nested !== undefined) return nested;
    }
  }
  return undefined;
}

const PYTHON_KEYED = /^\{\s*['"](?:Output|detail|message)['"]\s*:\s*(['"])([\s\S]*)\1\s*\}$/;
const PYTHON_SET = /^\{\s*(['"])([\s\S]*)\1\s*\}$/;

/** The message of a body that is not JSON: a Python repr, an HTML error page, or plain text. */
function messageOfText(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const keyed = PYTHON_KEYED.exec(trimmed) ?? PYTHON_SET.exec(trimmed);
  if (keyed) return keyed[2];
  if (/^<(!doctype|html)/i.test(trimmed)) {
    const title = /<title>([\s\S]*?)<\/title>/i.exec(trimmed)?.[1];
    return title ?? trimmed.replace(/<[^>]*>/g, ' ');
  }
  return trimmed;
}

/** Altum's text in this body, tidied, or undefined when there is none (an empty or data-only body). */
export function altumText(reading: BodyReading): string | undefined {
  const raw = reading.json ? messageOfJson(reading.value) : messageOfText(reading.text);
  if (raw === undefined) return undefined;
  const text = tidy(raw);
  return text === '' ? undefined : text;
}
