import { createServer } from 'node:http';
import { listenLocal } from '../listen-local.ts';
import { answerPdok } from './handle-pdok.ts';
import { PDOK_DEMO_ADDRESSES, type PdokDemoAddress } from './pdok-address-table.ts';
import { type PdokDocument, streetDocument, toDocument } from './pdok-documents.ts';

/** A fault for the next request(s): an error status, a delay, or no answer at all. */
export interface PdokFault {
  readonly times?: number;
  readonly status?: number;
  readonly latencyMs?: number;
  /** Never answers; the client's deadline has to end it. */
  readonly hang?: boolean;
  /** Destroys the socket without an answer. */
  readonly reset?: boolean;
}

/** One request the fake received. */
export interface PdokRequest {
  readonly endpoint: string;
  readonly params: URLSearchParams;
  readonly status: number;
}

export interface FakePdokOptions {
  /** The addresses served (default: the demo table shared with the fake Altum). */
  readonly addresses?: readonly PdokDemoAddress[];
  readonly latencyMs?: number;
  readonly port?: number;
  readonly host?: string;
}

/** A running fake Locatieserver; dispose with `await using` or `close()`. */
export interface FakePdok extends AsyncDisposable {
  /** Base URL to set as `PDOK_LOCATIESERVER_URL`, ending in `/bzk/locatieserver/search/v3_1`. */
  readonly url: string;
  readonly requests: readonly PdokRequest[];
  /** The documents served, e.g. to find an `id` for `/lookup`. */
  readonly documents: readonly PdokDocument[];
  inject(fault: PdokFault): void;
  reset(): void;
  close(): Promise<void>;
}

const BASE_PATH = '/bzk/locatieserver/search/v3_1';

/**
 * Starts a local stand-in for PDOK Locatieserver v3.1 (`/free`, `/suggest`, `/lookup`) serving a
 * small address table in PDOK's documented response shape, with its 400 for unknown or missing
 * parameters. Binds 127.0.0.1 on a free port unless told otherwise.
 */
export async function startFakePdok(options: FakePdokOptions = {}): Promise<FakePdok> {
  const addresses = options.addresses ?? PDOK_DEMO_ADDRESSES;
  const streets = new Map(addresses.map((a) => [`${a.straatnaam}|${a.woonplaatsnaam}`, streetDocument(a)]));
  const documents = [...addresses.map(toDocument), ...streets.values()];
  let requests: PdokRequest[] = [];
  let faults: { fault: PdokFault; left: number }[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const takeFault = (): PdokFault | undefined => {
    const next = faults[0];
    if (!next) return undefined;
    next.left -= 1;
    if (next.left <= 0) faults = faults.slice(1);
    return next.fault;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname.startsWith(BASE_PATH) ? url.pathname.slice(BASE_PATH.length) : url.pathname;
    const endpoint = path.replace(/^\/+|\/+$/g, '');
    const fault = takeFault();
    const send = () => {
      if (fault?.hang) {
        requests.push({ endpoint, params: url.searchParams, status: 0 });
        return;
      }
      if (fault?.reset) {
        res.destroy();
        requests.push({ endpoint, params: url.searchParams, status: 0 });
        return;
      }
      const answer =
        fault?.status !== undefined
          ? { status: fault.status, body: { status: fault.status, title: 'Fault', detail: 'injected' } }
          : req.method === 'GET'
            ? answerPdok(endpoint, url.searchParams, documents)
            : { status: 405, body: { status: 405, title: 'Method Not Allowed' } };
      requests.push({ endpoint, params: url.searchParams, status: answer.status });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    };
    const delay = (options.latencyMs ?? 0) + (fault?.latencyMs ?? 0);
    if (delay <= 0) return send();
    const timer = setTimeout(() => {
      timers.delete(timer);
      send();
    }, delay);
    timers.add(timer);
  });
  const listening = await listenLocal(server, {
    ...options,
    beforeClose: () => {
      for (const timer of timers) clearTimeout(timer);
    },
  });
  const close = listening.close;

  return {
    url: `${listening.origin}${BASE_PATH}`,
    get requests() {
      return requests;
    },
    documents,
    inject(fault) {
      faults.push({ fault, left: fault.times ?? 1 });
    },
    reset() {
      requests = [];
      faults = [];
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
