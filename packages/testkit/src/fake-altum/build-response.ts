import type { OperationDefinition } from '@altum-chat/core';
import type { OperationFixture } from '../fixtures/types.ts';
import { deltaResponse } from './delta-response.ts';
import { echoAddress } from './echo-address.ts';
import type { RequestedAddress } from './scenarios.ts';

/** Operations whose answer is computed from the request rather than served as recorded. */
const COMPUTED: Readonly<
  Record<string, (body: unknown, input: Readonly<Record<string, unknown>>) => unknown>
> = {
  'sustainability.delta': deltaResponse,
  'sustainability.apartments.delta': deltaResponse,
};

/** The 200 body for a valid request: the fixture (or the Delta model), echoing the requested address. */
export function buildResponseBody(
  operation: OperationDefinition,
  fixture: OperationFixture,
  input: Readonly<Record<string, unknown>>,
  address: RequestedAddress | undefined,
): unknown {
  const compute = COMPUTED[operation.id];
  const body = compute ? compute(fixture.response, input) : fixture.response;
  return address ? echoAddress(body, address) : body;
}
