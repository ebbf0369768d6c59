import { createServer } from 'node:http';
import { listenLocal } from '../listen-local.ts';
import { createFaultQueue, createTimerSet } from './faults.ts';
import { handleRequest } from './handle-request.ts';
import { createRouter } from './routes.ts';
import { FAKE_KEYS } from './scenarios.ts';
import type { FakeAltum, FakeAltumOptions, KeyStatus, RecordedRequest } from './types.ts';

/**
 * Starts a local stand-in for https://api.altum.ai that serves every catalogued operation from
 * its fixture, with Altum's documented errors, test addresses and fault injection.
 * Binds 127.0.0.1 on a free port unless told otherwise.
 */
export async function startFakeAltum(options: FakeAltumOptions = {}): Promise<FakeAltum> {
  const valid = new Set(options.apiKeys ?? [FAKE_KEYS.valid]);
  const noAccess = new Set(options.noAccessKeys ?? [FAKE_KEYS.noAccess]);
  const noCredit = new Set(options.noCreditFeatureKeys ?? [FAKE_KEYS.noCreditFeature]);
  const keyStatusOf = (key: string | undefined): KeyStatus => {
    if (key === undefined || key === '') return 'missing';
    if (valid.has(key)) return 'valid';
    if (noAccess.has(key)) return 'no-access';
    if (noCredit.has(key)) return 'no-credit-feature';
    return 'unknown';
  };
  let requests: RecordedRequest[] = [];
  const faults = createFaultQueue();
  const timers = createTimerSet();
  const context = {
    route: createRouter(),
    faults,
    timers,
    keyStatusOf,
    latencyMs: options.latencyMs ?? 0,
    now: options.now ?? (() => new Date()),
    record: (request: RecordedRequest) => {
      requests.push(request);
    },
  };

  const server = createServer((req, res) => {
    handleRequest(context, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `fake-altum failed: ${String(error)}` }));
    });
  });
  const listening = await listenLocal(server, { ...options, beforeClose: () => timers.clearAll() });
  const close = listening.close;

  const fake: FakeAltum = {
    url: listening.origin,
    port: listening.port,
    apiKey: [...valid][0] ?? FAKE_KEYS.valid,
    get requests() {
      return requests;
    },
    inject(fault) {
      faults.add(fault);
    },
    countFor(operationId) {
      return requests.filter((request) => request.operationId === operationId).length;
    },
    reset() {
      requests = [];
      faults.clear();
    },
    close,
    [Symbol.asyncDispose]: close,
  };
  return fake;
}
