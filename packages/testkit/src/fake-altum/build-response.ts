import type { OperationDefinition } from '@altum-chat/core';
import { dwellingFor } from '../demo/dwelling.ts';
import type { OperationFixture } from '../fixtures/types.ts';
import { echoAddress } from './echo-address.ts';
import { type Filler, record } from './fill/fill-context.ts';
import { energyFillers } from './fill/fill-energy.ts';
import { marketFillers } from './fill/fill-market.ts';
import { referenceFillers } from './fill/fill-reference.ts';
import { subsidyFor } from './fill/fill-subsidy.ts';
import { FAKE_ADDRESSES, type RequestedAddress, sameAddress } from './scenarios.ts';

/** Operations answered from the requested address's demo dwelling; the rest serve their fixture. */
const FILLERS: Readonly<Record<string, Filler>> = { ...marketFillers, ...referenceFillers, ...energyFillers };

/**
 * The 200 body for a valid request. Endpoints about a home fill their fixture (the documented shape)
 * with the one demo dwelling at the requested address, so every endpoint tells the same story;
 * others echo the requested address into the fixture.
 */
export function buildResponseBody(
  operation: OperationDefinition,
  fixture: OperationFixture,
  input: Readonly<Record<string, unknown>>,
  address: RequestedAddress | undefined,
  today: Date = new Date(),
): unknown {
  const body = structuredClone(fixture.response);
  if (operation.id === 'subsidy' && typeof input.postcode === 'string')
    return subsidyFor(record(body), input.postcode);
  const fill = FILLERS[operation.id];
  if (!address) return body;
  if (!fill) return echoAddress(body, address);
  const apartment = operation.id.includes('apartments') || sameAddress(address, FAKE_ADDRESSES.apartment);
  const dwelling = dwellingFor(address, { apartment });
  return fill(record(body), { dwelling, input, today });
}
