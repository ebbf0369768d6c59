import { createAltumClient, getOperation, type OperationId } from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_REQUESTS } from './documented-requests.ts';
import { startFakeAltum } from './start-fake-altum.ts';
import { FAST_RETRY } from './test-policies.ts';

describe('every documented request example, through the real client and the fake', () => {
  it.each(DOCUMENTED_REQUESTS.map((example) => [example.name, example] as const))(
    '%s reaches Altum as documented',
    async (_name, example) => {
      await using fake = await startFakeAltum();
      await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
      await client.call(example.operationId as OperationId, example.input as never, { apiKey: fake.apiKey });
      expect(fake.requests).toHaveLength(1);
      const [request] = fake.requests;
      const arrived = getOperation(example.operationId)?.method === 'GET' ? request?.query : request?.body;
      expect(arrived).toEqual(example.sent ?? example.input);
    },
  );
});
