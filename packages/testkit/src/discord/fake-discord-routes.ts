import type { RecordedDiscordCall } from './fake-discord-rest.ts';
import { messageDefaults } from './interactions.ts';

export interface FakeAnswer {
  readonly status: number;
  readonly body?: unknown;
}

let nextId = 1_000_000_000_000_000n;
const snowflake = (): string => String(nextId++);

function messageFrom(call: RecordedDiscordCall, appId: string): Record<string, unknown> {
  const body = (call.body ?? {}) as Record<string, unknown>;
  return {
    ...messageDefaults(),
    id: snowflake(),
    type: 20,
    channel_id: '1',
    application_id: appId,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: call.files.map((file, index) => ({
      id: String(index),
      filename: file.name,
      size: file.size,
      url: `https://cdn.discordapp.test/attachments/${file.name}`,
      proxy_url: `https://media.discordapp.test/attachments/${file.name}`,
    })),
    author: { id: appId, username: 'altum', discriminator: '0000', avatar: null, bot: true },
    flags: body.flags ?? 0,
  };
}

/** Plausible Discord answers for the routes the bot uses; anything else is a 404 like Discord's. */
export function answerDiscordCall(call: RecordedDiscordCall): FakeAnswer {
  const { method, path } = call;
  if (method === 'POST' && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) return { status: 204 };
  const webhook = /^\/webhooks\/([^/]+)\/[^/]+(\/messages\/[^/]+)?$/.exec(path);
  if (webhook) {
    const appId = webhook[1] ?? '0';
    if (method === 'DELETE') return { status: 204 };
    if (method === 'PATCH' || method === 'POST' || method === 'GET') {
      return { status: 200, body: messageFrom(call, appId) };
    }
  }
  // Bot-token messages (a job's result after the interaction token expired) and DM channels.
  const channel = /^\/channels\/([^/]+)\/messages(\/[^/]+)?$/.exec(path);
  if (channel && (method === 'POST' || method === 'PATCH')) {
    return { status: 200, body: { ...messageFrom(call, '0'), channel_id: channel[1] } };
  }
  if (method === 'POST' && path === '/users/@me/channels') {
    const recipient = String((call.body as { recipient_id?: unknown } | undefined)?.recipient_id ?? '');
    return {
      status: 200,
      body: { id: `7${recipient.padStart(17, '0')}`, type: 1, recipients: [{ id: recipient }] },
    };
  }
  const commands = /^\/applications\/([^/]+)(?:\/guilds\/([^/]+))?\/commands$/.exec(path);
  if (commands && method === 'PUT' && Array.isArray(call.body)) {
    const [, appId, guildId] = commands;
    return {
      status: 200,
      body: call.body.map((command: Record<string, unknown>) => ({
        ...command,
        id: snowflake(),
        application_id: appId,
        ...(guildId ? { guild_id: guildId } : {}),
        version: snowflake(),
      })),
    };
  }
  return { status: 404, body: { message: '404: Not Found', code: 0 } };
}
