/** A fault the fake applies to the next matching request(s), for error-path and retry tests. */
export interface FaultSpec {
  /** Only requests for this operation; any operation when absent. */
  readonly operationId?: string;
  /** How many matching requests the fault applies to (default 1). */
  readonly times?: number;
  /** Answer with this status (a documented body is chosen when `body` is absent). */
  readonly status?: number;
  /** Answer with this JSON body (or raw text when a string). */
  readonly body?: unknown;
  /** Adds a `Retry-After: <seconds>` header. */
  readonly retryAfterSeconds?: number;
  /** Waits this long before answering (the rest of the request is handled normally). */
  readonly latencyMs?: number;
  /** Never answers; the socket stays open until the client gives up or the fake closes. */
  readonly hang?: boolean;
  /** Destroys the socket without an answer (the client sees a connection reset). */
  readonly reset?: boolean;
  /** Answers 200 with a truncated JSON body. */
  readonly malformedJson?: boolean;
  /** Sends headers at once and drips the body over this many milliseconds. */
  readonly slowBodyMs?: number;
}

/** How the fake judged the `x-api-key` header; the key itself is never stored. */
export type KeyStatus = 'missing' | 'valid' | 'unknown' | 'no-access' | 'no-credit-feature';

/** One request the fake received, for assertions on what the client sent upstream. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Parsed JSON body for POST requests (undefined for GET or unparseable bodies). */
  readonly body: unknown;
  readonly keyStatus: KeyStatus;
  /** Whether the key was accepted (`valid` or one of the special test keys). */
  readonly keyValid: boolean;
  /** SHA-256 hex of the key, so tests can check which key arrived without the fake holding it. */
  readonly keyHash: string | undefined;
  /** The operation the method + path matched, if any. */
  readonly operationId: string | undefined;
  readonly contentType: string | undefined;
}

export interface FakeAltumOptions {
  /** Keys that work everywhere (default: `FAKE_KEYS.valid`). */
  readonly apiKeys?: readonly string[];
  /** Keys that get 401 "Please use https://api.altum.ai …" (default: `FAKE_KEYS.noAccess`). */
  readonly noAccessKeys?: readonly string[];
  /** Keys that work except on /credit, which answers 403 Forbidden (default: `FAKE_KEYS.noCreditFeature`). */
  readonly noCreditFeatureKeys?: readonly string[];
  /** Delay added to every answer, to make the fake feel like the network. */
  readonly latencyMs?: number;
  /** Port to listen on (default 0: any free port). */
  readonly port?: number;
  /** Host to bind (default 127.0.0.1). */
  readonly host?: string;
  /** The fake's clock: valuation dates, WOZ years and listings default to this day (default: now). */
  readonly now?: () => Date;
}

/** A running fake Altum API; dispose with `await using` or `close()`. */
export interface FakeAltum extends AsyncDisposable {
  /** Base URL to hand the client, e.g. `http://127.0.0.1:51234`. */
  readonly url: string;
  readonly port: number;
  /** A key the fake accepts. */
  readonly apiKey: string;
  /** Every request received since start or the last `reset()`. */
  readonly requests: readonly RecordedRequest[];
  inject(fault: FaultSpec): void;
  countFor(operationId: string): number;
  /** Forgets recorded requests and pending faults. */
  reset(): void;
  close(): Promise<void>;
}
