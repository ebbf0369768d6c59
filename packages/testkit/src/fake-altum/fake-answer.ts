import { getOperation, type OperationId } from '@altum-chat/core';
import { fixtures } from '../fixtures/index.ts';
import { buildResponseBody } from './build-response.ts';
import { requestedAddress } from './validate-request.ts';

/**
 * The 200 body the fake sends for a valid request, computed without a server: lets a test compare
 * what a client or reply shows with what the fake answered, instead of copying numbers into the test.
 */
export function fakeAnswer(
  operationId: OperationId,
  input: Readonly<Record<string, unknown>>,
  now: Date = new Date(),
): unknown {
  const operation = getOperation(operationId);
  const fixture = fixtures.get(operationId);
  if (!operation || !fixture) throw new Error(`fake-altum has no fixture for ${operationId}`);
  const parsed = operation.input.parse(input);
  const validated = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  return buildResponseBody(operation, fixture, validated, requestedAddress(operation, validated), now);
}
