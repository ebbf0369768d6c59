/** Discord serves uploads from these hosts only; any other URL in a payload is refused unread. */
export const DISCORD_CDN_ORIGINS: readonly string[] = [
  'https://cdn.discordapp.com',
  'https://media.discordapp.net',
];

/** Why an attachment was not downloaded; the batch service turns `too_large` into its own reply. */
export class AttachmentError extends Error {
  override readonly name = 'AttachmentError';
  constructor(readonly problem: 'foreign_host' | 'too_large' | 'download_failed') {
    super(`attachment: ${problem}`);
  }
}

/** Whether `url` is on one of `origins` (scheme, host and port exactly). */
export function isAllowedOrigin(url: string, origins: readonly string[]): boolean {
  try {
    return origins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

/**
 * Downloads an attachment from Discord's CDN, at most `maxBytes` (the declared size is checked
 * before the request, the body while it streams), without following redirects off the CDN.
 */
export async function downloadAttachment(
  url: string,
  options: { readonly maxBytes: number; readonly origins: readonly string[]; readonly timeoutMs?: number },
): Promise<Uint8Array> {
  if (!isAllowedOrigin(url, options.origins)) throw new AttachmentError('foreign_host');
  const response = await fetch(url, {
    redirect: 'error',
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  }).catch(() => {
    throw new AttachmentError('download_failed');
  });
  if (!response.ok || !response.body) throw new AttachmentError('download_failed');
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > options.maxBytes) {
    await response.body.cancel();
    throw new AttachmentError('too_large');
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > options.maxBytes) throw new AttachmentError('too_large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
