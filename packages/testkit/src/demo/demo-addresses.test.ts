import { describe, expect, it } from 'vitest';
import { DEMO_ADDRESSES, demoAddress, searchDemoAddresses } from './demo-addresses.ts';
import { placeForPostcode } from './demo-places.ts';

describe('demo addresses', () => {
  it('puts a postcode in the town of its range', () => {
    expect(placeForPostcode('1071AA').city).toBe('Amsterdam');
    expect(placeForPostcode('2511BT').city).toBe('Den Haag');
    expect(placeForPostcode('3511AX').city).toBe('Utrecht');
    expect(placeForPostcode('3024XL').city).toBe('Rotterdam');
    expect(placeForPostcode('9712CP').city).toBe('Groningen');
  });

  it('names the real street of the well-known postcodes', () => {
    expect(demoAddress({ postcode: '1071AA', housenumber: 28, addition: 'B' })).toMatchObject({
      street: 'Van Baerlestraat',
      city: 'Amsterdam',
      province: 'Noord-Holland',
    });
    expect(demoAddress({ postcode: '1012 lg', housenumber: 1 })).toMatchObject({
      street: 'Damrak',
      postcode: '1012LG',
    });
  });

  it('gives one street per postcode, whatever the number, from the town’s own streets', () => {
    const a = demoAddress({ postcode: '3512JE', housenumber: 3 });
    const b = demoAddress({ postcode: '3512JE', housenumber: 141 });
    expect(a.street).toBe(b.street);
    expect(placeForPostcode('3512JE').streets).toContain(a.street);
  });

  it('finds free text as a resolver would, several towns for a common street', () => {
    expect(searchDemoAddresses('Damrak 1 Amsterdam').map((a) => a.postcode)).toEqual(['1012LG']);
    const kerkstraat = searchDemoAddresses('kerkstraat 1');
    expect(new Set(kerkstraat.map((a) => a.city)).size).toBeGreaterThanOrEqual(3);
    expect(searchDemoAddresses('Van Baerlestraat 28B')[0]?.addition).toBe('B');
    expect(searchDemoAddresses('Nergensstraat 1')).toEqual([]);
  });

  it('keeps each well-known address in the town its postcode belongs to', () => {
    for (const a of DEMO_ADDRESSES) expect(placeForPostcode(a.postcode).city).toBe(a.city);
  });
});
