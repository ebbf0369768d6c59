import { z } from 'zod';

/**
 * The 200 body of the free ping endpoints is not in our copy of the docs [unknown]: the 200 status
 * itself is the answer. Any JSON object is accepted and kept; a bare value (`true`, a message) is
 * kept under `Output` so callers always get an object.
 */
export const pingOutput = z.preprocess(
  (value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? value : { Output: value },
  z.looseObject({}),
);
