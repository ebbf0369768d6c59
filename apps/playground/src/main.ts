import { userInfo } from 'node:os';
import { type ChatRunner, createChatRunner, type Requester, translate } from '@altum-chat/chat';
import { createAltumClient, DEFAULT_BASE_URL, type Logger, silentLogger } from '@altum-chat/core';
import { openStore } from '@altum-chat/store';
import { FAKE_KEYS, startFakeAltum } from '@altum-chat/testkit';
import { pino } from 'pino';
import { loadConfig } from './config.ts';
import { runSession } from './session.ts';
import { createTerminal } from './terminal.ts';

/**
 * The playground: the same registry and runner as the bots, in a terminal. Without a key it starts
 * the fake Altum from the testkit and marks every answer as demo data; with ALTUM_API_KEY (or a key
 * linked earlier with `key login`) it calls the real API (or ALTUM_BASE_URL).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger: Logger =
    config.LOG_LEVEL === 'silent' ? silentLogger : pino({ level: config.LOG_LEVEL }, pino.destination(2));
  const store = await openStore({
    dataDir: config.DATA_DIR,
    databaseUrl: config.DATABASE_URL,
    masterKey: config.ALTUM_CHAT_MASTER_KEY,
    previousMasterKeys: config.ALTUM_CHAT_PREVIOUS_MASTER_KEYS,
    logger,
  });
  const requester: Requester = {
    platform: 'playground',
    teamId: 'local',
    userId: safeUserName(),
    isAdmin: true,
  };
  const liveUrl = config.ALTUM_BASE_URL ?? DEFAULT_BASE_URL;
  const liveClient = createAltumClient({ baseUrl: liveUrl, logger, cache: store.responseCache });
  const liveRunner = createChatRunner({
    client: liveClient,
    store,
    logger,
    deploymentKey: config.ALTUM_API_KEY,
    defaultLocale: config.DEFAULT_LOCALE,
  });
  const linked =
    (await store.keys.getUserKeyMetadata(requester)) ?? (await store.keys.getTeamKeyMetadata(requester));
  let live = config.ALTUM_API_KEY !== undefined || linked !== undefined;

  // The fake only starts in demo mode, and its answers never enter the shared response cache.
  const fake = live ? undefined : await startFakeAltum();
  const demoClient = fake ? createAltumClient({ baseUrl: fake.url, logger }) : undefined;
  const demoRunner: ChatRunner | undefined = demoClient
    ? createChatRunner({
        client: demoClient,
        store,
        logger,
        deploymentKey: FAKE_KEYS.valid,
        defaultLocale: config.DEFAULT_LOCALE,
        demo: true,
      })
    : undefined;

  const terminal = createTerminal();
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(config.DEFAULT_LOCALE, key, params);
  if (terminal.interactive) {
    terminal.print(t('playground.welcome'));
    terminal.print(live ? t('playground.live', { url: liveUrl }) : t('playground.demo'));
  }
  try {
    await runSession({
      terminal,
      store,
      requester,
      defaultLocale: config.DEFAULT_LOCALE,
      dataDir: config.DATA_DIR,
      runner: () => (live || !demoRunner ? liveRunner : demoRunner),
      demo: () => !live && demoRunner !== undefined,
      async linkKey(apiKey, scope) {
        const reply = await liveRunner.linkKey(requester, apiKey, scope);
        if (reply.kind !== 'error' && reply.kind !== 'usage') live = true;
        return reply;
      },
    });
  } finally {
    terminal.close();
    await Promise.allSettled([liveClient.close(), demoClient?.close(), fake?.close()]);
    await store.close();
  }
}

/** The OS user name scopes keys and settings; some containers have none. */
function safeUserName(): string {
  try {
    return userInfo().username || 'local';
  } catch {
    return 'local';
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
