import { describe, expect, it } from 'vitest';
import { getOperation } from '../operations/catalog.ts';
import { buildRequest } from './build-request.ts';

describe('build request', () => {
  it('puts GET input in the query string and keeps a base path prefix', () => {
    const credit = getOperation('credit')!;
    expect(buildRequest(credit, { time: 24 }, 'https://api.altum.ai/sandbox/')).toEqual({
      method: 'GET',
      url: 'https://api.altum.ai/sandbox/credit?time=24',
      label: 'GET /credit',
      body: undefined,
      maxResponseBytes: 8 * 1024 * 1024,
    });
  });

  it('fills path segments from the input and leaves them out of the query', () => {
    const openapi = getOperation('openapi')!;
    const built = buildRequest(openapi, { api: 'v2/objectdata' }, 'https://api.altum.ai');
    expect(built.url).toBe('https://api.altum.ai/v2/objectdata/openapi');
    // A whole OpenAPI document may be larger than any data answer.
    expect(built.maxResponseBytes).toBe(32 * 1024 * 1024);
  });

  it('sends POST input as JSON without undefined fields', () => {
    const avm = getOperation('avm')!;
    const built = buildRequest(
      avm,
      { postcode: '1071AA', housenumber: 28, houseaddition: undefined },
      'http://x',
    );
    expect(built).toMatchObject({ method: 'POST', url: 'http://x/avm' });
    expect(JSON.parse(built.body ?? '')).toEqual({ postcode: '1071AA', housenumber: 28 });
  });
});
