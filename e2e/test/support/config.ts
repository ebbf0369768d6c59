/**
 * The one place the e2e support code reads the environment: the PATH a deployed app needs to find
 * `node` and `npm`, and nothing else of the developer's environment.
 */
export const CHILD_PATH = process.env.PATH ?? '';
