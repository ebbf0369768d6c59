import { userInfo } from 'node:os';
import { type AddressResolver, createAddressResolver, DEFAULT_PDOK_URL } from '@altum-chat/address';
import {
  type BatchService,
  type ChatRunner,
  createBatchService,
  createChatRunner,
  type Requester,
  translate,
} from '@altum-chat/chat';
import { createAltumClient, DEFAULT_BASE_URL, type Logger, silentLogger } from '@altum-chat/core';
import { openStore } from '@altum-chat/store';
import { FAKE_KEYS, startFakeAltum, startFakePdok } from '@altum-chat/testkit';
import { pino } from 'pino';
import { createBatchPrinter, runBatchLine } from './batch-session.ts';
import { loadConfig } from './config.ts';
import { render, runSession } from './session.ts';
import { createTerminal } from './terminal.ts';

/**
 * The playground: the same registry and runner as the bots, in a terminal. Without a key it starts
 * the fake Altum and the fake PDOK from the testkit and marks every answer as demo data; with
 * ALTUM_API_KEY (or a key linked earlier with `key login`) it calls the real API (or ALTUM_BASE_URL)
 * and looks addresses up on PDOK_LOCATIESERVER_URL (default PDOK's public service).
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
  const liveAddresses = createAddressResolver({
    baseUrl: config.PDOK_LOCATIESERVER_URL ?? DEFAULT_PDOK_URL,
    cache: store.responseCache,
  });
  const liveRunner = createChatRunner({
    client: liveClient,
    addresses: liveAddresses,
    store,
    logger,
    deploymentKey: config.ALTUM_API_KEY,
    defaultLocale: config.DEFAULT_LOCALE,
  });
  const linked =
    (await store.keys.getUserKeyMetadata(requester)) ?? (await store.keys.getTeamKeyMetadata(requester));
  let live = config.ALTUM_API_KEY !== undefined || linked !== undefined;

  // The fakes only start in demo mode, and their answers never enter the shared response cache.
  const fake = live ? undefined : await startFakeAltum();
  // A PDOK_LOCATIESERVER_URL that is set wins, also in demo mode (tests point it at their own fake).
  const fakePdok = fake && config.PDOK_LOCATIESERVER_URL === undefined ? await startFakePdok() : undefined;
  const demoClient = fake ? createAltumClient({ baseUrl: fake.url, logger }) : undefined;
  const demoAddresses = fake
    ? createAddressResolver({ baseUrl: fakePdok?.url ?? config.PDOK_LOCATIESERVER_URL ?? 'off' })
    : undefined;
  const demoRunner: ChatRunner | undefined = demoClient
    ? createChatRunner({
        client: demoClient,
        ...(demoAddresses ? { addresses: demoAddresses } : {}),
        store,
        logger,
        deploymentKey: FAKE_KEYS.valid,
        defaultLocale: config.DEFAULT_LOCALE,
        demo: true,
      })
    : undefined;

  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(config.DEFAULT_LOCALE, key, params);
  const terminal = createTerminal({ interruptHint: () => t('playground.interruptHint') });
  const demo = () => !live && demoRunner !== undefined;
  const renderReply = (reply: Parameters<typeof render>[0]) =>
    render(reply, config.DEFAULT_LOCALE, config.DATA_DIR, demo());
  const printer = createBatchPrinter({ terminal, dataDir: config.DATA_DIR, render: renderReply });
  // One batch service per mode, like the runners: a demo batch never spends on a live key.
  const batchFor = (
    client: typeof liveClient,
    runner: ChatRunner,
    deploymentKey: string | undefined,
    addresses: AddressResolver | undefined,
  ) =>
    createBatchService({
      store,
      client,
      runner,
      deploymentKey,
      addresses,
      logger,
      demo: runner === demoRunner,
      defaultLocale: config.DEFAULT_LOCALE,
      limits: { maxRows: config.BATCH_MAX_ROWS, maxBytes: config.BATCH_MAX_BYTES },
      progressIntervalMs: 2_000,
      onEvent: (event) => printer.onEvent(event, config.DEFAULT_LOCALE),
    });
  const liveBatch = batchFor(liveClient, liveRunner, config.ALTUM_API_KEY, liveAddresses);
  const demoBatch =
    demoClient && demoRunner ? batchFor(demoClient, demoRunner, FAKE_KEYS.valid, demoAddresses) : undefined;
  const batchServices = [liveBatch, demoBatch].filter((s): s is BatchService => s !== undefined);
  // Jobs that were running when the playground stopped resume here and print their files when done.
  await Promise.all(batchServices.map((service) => service.start()));
  if (terminal.interactive) {
    terminal.print(t('playground.welcome'));
    terminal.print(live ? t('playground.live', { url: liveUrl }) : t('playground.demo'));
  }
  try {
    const session = await runSession({
      terminal,
      store,
      requester,
      defaultLocale: config.DEFAULT_LOCALE,
      dataDir: config.DATA_DIR,
      runner: () => (live || !demoRunner ? liveRunner : demoRunner),
      demo,
      batch: (line, locale) =>
        runBatchLine(
          {
            terminal,
            requester,
            dataDir: config.DATA_DIR,
            printer,
            locale,
            render: (reply) => render(reply, locale, config.DATA_DIR, demo()),
            service: () => (live || !demoBatch ? liveBatch : demoBatch),
          },
          line,
        ),
      async linkKey(apiKey, scope) {
        const reply = await liveRunner.linkKey(requester, apiKey, scope);
        if (reply.kind !== 'error' && reply.kind !== 'usage') live = true;
        return reply;
      },
    });
    // A script (`printf … | pnpm start`) learns that a command failed from the exit code.
    if (!terminal.interactive && session.failed > 0) process.exitCode = 1;
  } finally {
    terminal.close();
    await Promise.allSettled(batchServices.map((service) => service.stop()));
    await Promise.allSettled([
      liveClient.close(),
      liveAddresses.close(),
      demoClient?.close(),
      demoAddresses?.close(),
      fake?.close(),
      fakePdok?.close(),
    ]);
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
