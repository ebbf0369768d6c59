import { trickleRequest } from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { startHarness } from './harness.ts';

describe('slow clients', () => {
  it('a body trickled at a byte per 100 ms is cut off with 408 by the request timeout', async () => {
    await using h = await startHarness({ timeouts: { requestTimeoutMs: 1_000, checkIntervalMs: 100 } });
    // 200 bytes at this pace would take 20 s; the server must hang up long before.
    const result = await trickleRequest(`${h.baseUrl}/slack/events`, 200, 100);
    expect(result.statusLine).toBe('HTTP/1.1 408 Request Timeout');
    expect(result.sentBytes).toBeLessThan(100);
  });
});
