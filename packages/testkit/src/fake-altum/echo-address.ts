import type { RequestedAddress } from './scenarios.ts';

const POSTCODE_KEY = /^post_?code$/i;
const HOUSENUMBER_KEY = /^house_?number$/i;
const ADDITION_KEY = /^(house_?)?addition$/i;
/** Objects that describe the requested address itself (not comparables or neighbours). */
const ADDRESS_HOLDERS = new Set(['Output', 'output', 'address', 'Address', 'adres']);

function echoInto(target: Record<string, unknown>, address: RequestedAddress): void {
  for (const [key, value] of Object.entries(target)) {
    if (POSTCODE_KEY.test(key) && (typeof value === 'string' || value === null)) {
      target[key] = address.postcode;
    } else if (HOUSENUMBER_KEY.test(key) && value !== undefined) {
      target[key] = typeof value === 'string' ? String(address.housenumber) : address.housenumber;
    } else if (ADDITION_KEY.test(key)) {
      target[key] = address.addition ?? (value === null ? null : '');
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Rewrites the address fields of a fixture body to the address that was asked for, so the
 * playground shows the user's own address. Only the top level and obvious address blocks are
 * touched; lists such as comparables keep their own addresses.
 */
export function echoAddress(body: unknown, address: RequestedAddress): unknown {
  if (!isRecord(body)) return body;
  const copy = structuredClone(body);
  echoInto(copy, address);
  for (const [key, value] of Object.entries(copy)) {
    if (ADDRESS_HOLDERS.has(key) && isRecord(value)) echoInto(value, address);
  }
  return copy;
}
