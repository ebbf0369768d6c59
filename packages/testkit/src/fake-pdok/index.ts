export type { PdokDemoAddress } from './pdok-address-table.ts';
export { KERKSTRAAT_1, PDOK_DEMO, PDOK_DEMO_ADDRESSES } from './pdok-address-table.ts';
export type { PdokDocument } from './pdok-documents.ts';
export type { FakePdok, FakePdokOptions, PdokFault, PdokRequest } from './start-fake-pdok.ts';
export { startFakePdok } from './start-fake-pdok.ts';
