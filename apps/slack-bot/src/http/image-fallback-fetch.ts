/**
 * Slack refuses a whole message with `invalid_blocks` when it cannot download one of its images
 * (an unreachable or non-https PUBLIC_URL, a chart URL that expired). A reply without its chart is
 * better than no reply, so the fetch Bolt and the Web API client use re-sends such a message once
 * with every image block replaced by its alt text, and reports it. Both bodies Slack is sent are
 * handled: JSON (response_url) and url-encoded with a `blocks` field (chat.postMessage, chat.update).
 * Re-sending is safe: it is a message to Slack, never a call to Altum.
 */

/** Bolt (response_url) and @slack/web-api both take a WHATWG fetch. */
export type SlackFetch = typeof globalThis.fetch;

interface ImageBlock {
  readonly type: 'image';
  readonly alt_text?: string;
}

const isImage = (block: unknown): block is ImageBlock =>
  typeof block === 'object' && block !== null && (block as { type?: unknown }).type === 'image';

/** An image block as the line a reader would have heard instead: its alt text. */
function withoutImages(blocks: readonly unknown[]): unknown[] {
  return blocks.map((block) =>
    isImage(block)
      ? {
          type: 'context',
          elements: [{ type: 'plain_text', text: (block.alt_text ?? '').trim().slice(0, 2_000) || '…' }],
        }
      : block,
  );
}

/** The body with its images replaced, or undefined when it carries no image block. */
function bodyWithoutImages(body: string): string | undefined {
  try {
    const message = JSON.parse(body) as { blocks?: unknown };
    if (!Array.isArray(message.blocks) || !message.blocks.some(isImage)) return undefined;
    return JSON.stringify({ ...message, blocks: withoutImages(message.blocks) });
  } catch {
    // Not JSON: a Web API form body.
  }
  const form = new URLSearchParams(body);
  const raw = form.get('blocks');
  if (!raw) return undefined;
  try {
    const blocks = JSON.parse(raw) as unknown;
    if (!Array.isArray(blocks) || !blocks.some(isImage)) return undefined;
    form.set('blocks', JSON.stringify(withoutImages(blocks)));
    return form.toString();
  } catch {
    return undefined;
  }
}

/** Slack's answers are small ("ok", or a JSON error); only those are read, never a file download. */
async function refusedBlocks(response: Response): Promise<boolean> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('text/') && !type.includes('json')) return false;
  const text = await response
    .clone()
    .text()
    .catch(() => '');
  return text.includes('invalid_blocks');
}

export function withImageFallback(fetchFn: SlackFetch, onFallback: (status: number) => void): SlackFetch {
  return async (input, init) => {
    const response = await fetchFn(input, init);
    if (typeof init?.body !== 'string') return response;
    const stripped = bodyWithoutImages(init.body);
    if (stripped === undefined || !(await refusedBlocks(response))) return response;
    onFallback(response.status);
    await response.body?.cancel();
    return fetchFn(input, { ...init, body: stripped });
  };
}
