import { parseArgs } from 'node:util';
import { FAKE_ADDRESSES, FAKE_KEYS, startFakeAltum } from './fake-altum/index.ts';

/** `pnpm fake-altum --port 4010`: the fake Altum API as a standalone server for demos and benchmarks. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    latency: { type: 'string', default: '0' },
  },
});

const port = Number(values.port);
const latencyMs = Number(values.latency);
if (!Number.isInteger(port) || port < 0 || port > 65_535 || !Number.isFinite(latencyMs)) {
  console.error('usage: pnpm fake-altum [--port 4010] [--host 127.0.0.1] [--latency 0]');
  process.exit(2);
}

const fake = await startFakeAltum({ port, host: values.host, latencyMs });
const format = (a: { postcode: string; housenumber: number; addition?: string }): string =>
  `${a.postcode} ${a.housenumber}${'addition' in a && a.addition ? ` ${a.addition}` : ''}`;
console.log(`fake Altum API listening on ${fake.url}`);
console.log(`demo key (x-api-key): ${FAKE_KEYS.valid}`);
console.log(
  `addresses: house ${format(FAKE_ADDRESSES.house)}, apartment ${format(FAKE_ADDRESSES.apartment)}, not found ${format(FAKE_ADDRESSES.notFound)}`,
);

const stop = (): void => {
  fake.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
