import { AltumError, type FieldIssue } from '../errors.ts';
import type { OperationDefinition } from '../operations/define-operation.ts';

/** `postcode`, `solar_panels.0.tilt`, or `input` when the whole value is wrong. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'input' : path.map(String).join('.');
}

/**
 * Runs the operation's input schema before anything is sent, so a typo never costs a credit.
 * Returns the normalised input (what goes on the wire) or throws a `validation` AltumError.
 */
export function validateInput(operation: OperationDefinition, input: unknown): Record<string, unknown> {
  const result = operation.input.safeParse(input ?? {});
  if (result.success) {
    const data = result.data;
    return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  }
  const fields: FieldIssue[] = result.error.issues.map((issue) => ({
    field: fieldName(issue.path),
    message: issue.message,
  }));
  const summary = fields.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  throw new AltumError({
    kind: 'validation',
    operationId: operation.id,
    message: `${operation.id}: invalid input (${summary}). Fix the input and try again; nothing was sent to Altum and no credit was used.`,
    fields,
    beforeSend: true,
  });
}
