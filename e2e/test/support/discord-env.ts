import type { AddressInfo } from 'node:net';
import { type Logger, silentLogger } from '@altum-chat/core';
import {
  createDiscordTestKeys,
  type DiscordTestKeys,
  type FakeDiscordRest,
  signDiscordRequest,
  startFakeDiscordRest,
} from '@altum-chat/testkit/discord';
import { createDiscordRest, createHttpBot } from './app-factories.ts';
import { type RunnerEnv, type RunnerEnvOptions, startRunnerEnv } from './runner-env.ts';

export const DISCORD_BOT_TOKEN = 'MTAxMDEwMTAxMDEwMTAxMDEw.GxYzAb.OpsSuiteDiscordBotTokenValue0123456';

/** The real Discord bot in HTTP-interactions mode (its factory) over a runner env and a fake Discord REST API. */
export interface DiscordEnv extends RunnerEnv {
  readonly rest: FakeDiscordRest;
  readonly keys: DiscordTestKeys;
  readonly baseUrl: string;
  readonly bot: ReturnType<typeof createHttpBot>;
  /** POSTs a body to /discord/interactions, signed unless `headers` are given. */
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
}

export async function startDiscordEnv(
  options: RunnerEnvOptions & { logger?: Logger } = {},
): Promise<DiscordEnv> {
  const env = await startRunnerEnv(options);
  const rest = await startFakeDiscordRest();
  const keys = createDiscordTestKeys();
  const bot = createHttpBot({
    runner: env.runner,
    store: env.store,
    logger: options.logger ?? silentLogger,
    defaultLocale: 'en',
    rest: createDiscordRest({ apiUrl: rest.api, token: DISCORD_BOT_TOKEN }),
    publicKeyHex: keys.publicKeyHex,
  });
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`;
  const post: DiscordEnv['post'] = async (body, headers) => {
    const res = await fetch(`${baseUrl}/discord/interactions`, {
      method: 'POST',
      headers: headers ?? signDiscordRequest(keys, body),
      body,
    });
    return { status: res.status, text: await res.text() };
  };
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      await bot.idle();
      bot.server.closeAllConnections();
      await new Promise((resolve) => bot.server.close(resolve));
      await env.close();
      await rest.close();
    })();
    return closed;
  };
  return { ...env, rest, keys, baseUrl, bot, post, close, [Symbol.asyncDispose]: close };
}
