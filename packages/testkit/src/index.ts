export type { OperationFixture } from './fixtures/index.ts';
export { fixtures } from './fixtures/index.ts';
