import { describe, expect, it } from 'vitest';
import { deliveryOf } from './delivery.ts';

const coded = (code: string, extra: object = {}) => Object.assign(new Error(code), { code }, extra);

describe('deliveryOf', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'CERT_HAS_EXPIRED'])(
    '%s proves the request never left',
    (code) => expect(deliveryOf(coded(code))).toBe('not_sent'),
  );

  it.each(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'UND_ERR_HEADERS_TIMEOUT'])(
    '%s may come after the request was written',
    (code) => expect(deliveryOf(coded(code))).toBe('unknown'),
  );

  it('reads wrapped causes and counts an AggregateError only when every attempt failed at connect', () => {
    expect(deliveryOf(new Error('outer', { cause: coded('ENOTFOUND') }))).toBe('not_sent');
    const refused = new AggregateError([coded('ECONNREFUSED'), coded('ENETUNREACH')]);
    expect(deliveryOf(refused)).toBe('not_sent');
    expect(deliveryOf(new AggregateError([coded('ECONNREFUSED'), coded('ECONNRESET')]))).toBe('unknown');
    expect(deliveryOf('a string')).toBe('unknown');
    expect(deliveryOf(new Error('no code'))).toBe('unknown');
  });
});
