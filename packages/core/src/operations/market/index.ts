import { credit } from './credit.ts';

/** Valuation, WOZ, transaction, object/location data, search and account operations. */
export const marketOperations = [credit] as const;
