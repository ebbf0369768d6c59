import type { AddressInfo } from 'node:net';
import { createDiscordTestKeys, signDiscordRequest } from '@altum-chat/testkit/discord';
import type { APIInteraction } from 'discord-api-types/v10';
import { createHttpBot, type DiscordBotDeps } from '../src/create-discord-bot.ts';
import { createDiscordRest } from '../src/create-rest.ts';
import type { InteractionsServer } from '../src/http/interactions-server.ts';
import type { BotHarness } from './harness.ts';

export interface HttpTestBot {
  readonly bot: InteractionsServer;
  readonly endpoint: string;
  readonly keys: ReturnType<typeof createDiscordTestKeys>;
  /** POSTs a raw body with the given headers. */
  post(body: string, headers: Record<string, string>): Promise<{ status: number; json: unknown }>;
  /** POSTs an interaction signed with the bot's test keys. */
  signedPost(payload: unknown): Promise<{ status: number; json: unknown }>;
  /** The fake Discord REST calls made with this interaction's token. */
  callsFor(payload: APIInteraction): BotHarness['discord']['calls'];
  close(): Promise<void>;
}

/** The HTTP-interactions bot on 127.0.0.1 around a harness, edits going to its fake Discord REST. */
export async function startHttpTestBot(
  h: BotHarness,
  extra: Partial<DiscordBotDeps> = {},
): Promise<HttpTestBot> {
  const keys = createDiscordTestKeys();
  const bot = createHttpBot({
    ...h.deps,
    ...extra,
    rest: createDiscordRest({ apiUrl: h.discord.api }),
    publicKeyHex: keys.publicKeyHex,
  });
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}/discord/interactions`;
  const post = async (body: string, headers: Record<string, string>) => {
    const response = await fetch(endpoint, { method: 'POST', headers, body });
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    bot,
    endpoint,
    keys,
    post,
    signedPost(payload) {
      const body = JSON.stringify(payload);
      return post(body, { ...signDiscordRequest(keys, body) });
    },
    callsFor: (payload) =>
      h.discord.calls.filter(
        (call) => call.path.includes(`/${payload.token}/`) || call.path.endsWith(`/${payload.token}`),
      ),
    async close() {
      await bot.idle();
      bot.server.closeAllConnections();
      await new Promise<void>((resolve) => bot.server.close(() => resolve()));
    },
  };
}
