import type { OperationDefinition } from '@altum-chat/core';
import type { OperationFixture } from '../fixtures/types.ts';
import { echoAddress } from './echo-address.ts';
import type { RequestedAddress } from './scenarios.ts';

/** The 200 body for a valid request: the fixture, echoing the requested address. */
export function buildResponseBody(
  _operation: OperationDefinition,
  fixture: OperationFixture,
  _input: Readonly<Record<string, unknown>>,
  address: RequestedAddress | undefined,
): unknown {
  return address ? echoAddress(fixture.response, address) : fixture.response;
}
