export type { PdokDemoAddress } from './pdok-address-table.ts';
export { findPdokDemo, PDOK_DEMO_ADDRESSES, toPdokAddress } from './pdok-address-table.ts';
export type { PdokDocument } from './pdok-documents.ts';
export type { FakePdok, FakePdokOptions, PdokFault, PdokRequest } from './start-fake-pdok.ts';
export { startFakePdok } from './start-fake-pdok.ts';
