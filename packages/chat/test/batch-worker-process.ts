/**
 * A batch worker as its own process, for the crash tests: opens the store named on the command
 * line, resumes running jobs, prints `finished <job>` when one is delivered. Everything comes as
 * one JSON argument so the process reads no environment.
 */
import { createAltumClient } from '@altum-chat/core';
import { openStore } from '@altum-chat/store';
import { createBatchService } from '../src/batch/batch-service.ts';
import { createChatRunner } from '../src/runner/create-chat-runner.ts';

interface WorkerArgs {
  readonly dataDir: string;
  readonly masterKey: string;
  readonly databaseUrl?: string;
  readonly schema?: string;
  readonly altumUrl: string;
  readonly apiKey: string;
  readonly leaseMs: number;
  readonly concurrency: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as WorkerArgs;
const store = await openStore({
  dataDir: args.dataDir,
  masterKey: args.masterKey,
  ...(args.databaseUrl ? { databaseUrl: args.databaseUrl, postgresSchema: args.schema } : {}),
});
const client = createAltumClient({
  baseUrl: args.altumUrl,
  retry: { attempts: 1 },
  cache: store.responseCache,
});
const runner = createChatRunner({ client, store, deploymentKey: args.apiKey, defaultLocale: 'en' });
const service = createBatchService({
  store,
  client,
  runner,
  deploymentKey: args.apiKey,
  leaseMs: args.leaseMs,
  concurrency: args.concurrency,
  progressIntervalMs: 0,
  queue: { heartbeatSeconds: 10 },
  onEvent(event) {
    if (event.type === 'finished') process.stdout.write(`finished ${event.job.id}\n`);
  },
});
await service.start();
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void service
    .stop(2_000)
    .then(() => client.close())
    .then(() => store.close())
    .then(() => process.exit(0));
});
