import { REST, type RESTOptions, type ResponseLike } from '@discordjs/rest';

/**
 * Sends REST requests with Node's fetch after turning multipart bodies into bytes. @discordjs/rest's
 * default strategy hands a FormData to undici 6's `request`, which runs on the process-wide dispatcher;
 * once core's undici 7 is loaded that dispatcher is undici 7's, which cannot read undici 6's FormData
 * ("action is not a function"), so chart uploads failed. Bytes work with either.
 */
async function makeRequest(
  url: string,
  init: Parameters<RESTOptions['makeRequest']>[1],
): Promise<ResponseLike> {
  const headers = new Headers(init.headers as Record<string, string> | undefined);
  let body: RequestInit['body'];
  if (init.body instanceof FormData) {
    const encoded = new Response(init.body);
    body = new Uint8Array(await encoded.arrayBuffer());
    headers.set('content-type', encoded.headers.get('content-type') ?? 'multipart/form-data');
  } else if (init.body !== undefined && init.body !== null) {
    body = init.body as RequestInit['body'];
  }
  return fetch(url, {
    method: init.method ?? 'GET',
    headers,
    ...(body !== undefined ? { body } : {}),
    ...(init.signal ? { signal: init.signal as AbortSignal } : {}),
  });
}

/**
 * The REST client for Discord (or the fake in tests, via `DISCORD_API_URL`): interaction acks and
 * edits in both modes, GET /gateway/bot for the gateway, command registration.
 */
export function createDiscordRest(options: {
  readonly token?: string | undefined;
  readonly apiUrl?: string | undefined;
  /** Retries of a failed request (@discordjs/rest's default 3); tests use 0. */
  readonly retries?: number;
}): REST {
  const rest = new REST({
    version: '10',
    makeRequest,
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
  });
  if (options.token) rest.setToken(options.token);
  return rest;
}
