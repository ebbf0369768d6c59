import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ResponseUrlPolicy } from '../http/response-url-policy.ts';

/** Every reply URL a payload carries: `response_url` (commands, clicks), `response_urls` (modals). */
function replyUrls(body: unknown): string[] {
  if (body === null || typeof body !== 'object') return [];
  const urls: string[] = [];
  const { response_url: single, response_urls: many } = body as {
    response_url?: unknown;
    response_urls?: unknown;
  };
  if (single !== undefined) urls.push(String(single));
  if (Array.isArray(many)) {
    for (const entry of many) urls.push(String((entry as { response_url?: unknown })?.response_url));
  }
  return urls;
}

/**
 * Global middleware: a payload whose reply URL is not on the allow-list is refused and logged before
 * any listener runs, so nothing is computed, charged or posted for it. (Bolt's `respond()` posts to
 * whatever URL the payload names.) The URL itself is not logged: it is a bearer credential.
 */
export function refuseForeignResponseUrls(
  allowed: ResponseUrlPolicy,
  warn: (fields: Record<string, unknown>, message: string) => void,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const foreign = replyUrls(args.body).filter((url) => !allowed(url));
    if (foreign.length > 0) {
      const host = URL.canParse(foreign[0] ?? '') ? new URL(foreign[0] ?? '').host : 'unparseable';
      warn({ host }, 'slack payload with a foreign response_url refused');
      return;
    }
    await args.next();
  };
}
