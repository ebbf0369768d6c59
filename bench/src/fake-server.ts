import { startFakeAltum } from '@altum-chat/testkit';

/** Runs the fake Altum in its own process so the benchmark's client side has a core to itself. */
const fake = await startFakeAltum();
process.stdout.write(`${JSON.stringify({ url: fake.url, apiKey: fake.apiKey })}\n`);
const stop = (): void => {
  fake.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.on('close', stop);
process.stdin.resume();
