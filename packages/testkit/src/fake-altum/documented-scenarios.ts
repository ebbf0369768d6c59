import type { OperationDefinition } from '@altum-chat/core';
import {
  documentedErrorFor,
  HOUSE_TYPE_MESSAGE,
  INSIGHTS_LATER_MESSAGE,
  isRawBody,
} from './documented-errors.ts';
import type { RequestedAddress } from './scenarios.ts';

/**
 * Addresses whose answer depends on the input, the way Altum's documented messages do: one more
 * field fixes the first, the second cannot be answered *at the moment*.
 */
export const DOCUMENTED_SCENARIO_ADDRESSES = {
  /** Altum has no house type on record: house endpoints answer 400 until `house_type` is sent. */
  unknownHouseType: { postcode: '9997ZZ', housenumber: 1 },
  /** Energy insights has no current label: 400 until `current_energy_label` is sent. */
  unknownCurrentLabel: { postcode: '9997ZZ', housenumber: 2 },
  /** Energy insights answers "not able to provide insights at the moment". */
  insightsLater: { postcode: '9997ZZ', housenumber: 3 },
} as const;

/** Operations whose docs print the house-type message and that take `house_type`. */
const NEEDS_HOUSE_TYPE = new Set([
  'energylabel.houses',
  'energylabel.v1',
  'sustainability',
  'sustainability.delta',
  'sustainability.v1',
]);

export interface DocumentedAnswer {
  readonly status: number;
  /** JSON value, or the text to send as is. */
  readonly body: unknown;
}

function is(address: RequestedAddress, known: { postcode: string; housenumber: number }): boolean {
  return address.postcode === known.postcode && address.housenumber === known.housenumber;
}

/** The documented error this request earns, if any; undefined lets the fixture answer. */
export function documentedAnswer(
  operation: OperationDefinition,
  input: Readonly<Record<string, unknown>>,
  address: RequestedAddress | undefined,
): DocumentedAnswer | undefined {
  if (!address) return undefined;
  const listed = documentedErrorFor(address.postcode, address.housenumber);
  if (listed) return { status: listed.status, body: isRawBody(listed.body) ? listed.body.raw : listed.body };
  const { unknownHouseType, unknownCurrentLabel, insightsLater } = DOCUMENTED_SCENARIO_ADDRESSES;
  if (is(address, unknownHouseType) && NEEDS_HOUSE_TYPE.has(operation.id) && input.house_type === undefined) {
    return { status: 400, body: { detail: HOUSE_TYPE_MESSAGE } };
  }
  if (operation.id !== 'energyinsights') return undefined;
  if (is(address, unknownCurrentLabel) && input.current_energy_label === undefined) {
    return {
      status: 400,
      body: {
        Output:
          'The current energy label for the given house address not found in database. Please provide the current energy label.',
      },
    };
  }
  if (is(address, insightsLater)) return { status: 400, body: { Output: INSIGHTS_LATER_MESSAGE } };
  return undefined;
}
