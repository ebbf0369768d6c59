import { autosuggest } from './autosuggest.ts';
import { avm } from './avm.ts';
import { avmplus } from './avmplus.ts';
import { contentsvalue } from './contentsvalue.ts';
import { credit } from './credit.ts';
import { listingprice } from './listingprice.ts';
import { locationdata } from './locationdata.ts';
import { movedata } from './movedata.ts';
import { objectdata, objectdataV2 } from './objectdata.ts';
import { openapi } from './openapi.ts';
import { rebuild } from './rebuild.ts';
import { reference } from './reference.ts';
import { rentalreference } from './rentalreference.ts';
import { autosearch } from './search.ts';
import { transaction, transactionPing } from './transaction.ts';
import { woz, wozBag, wozPing } from './woz.ts';
import { wws, wws2026 } from './wws.ts';

export type { ConfidenceInterval, PriceRange } from './price-range.ts';
export { parseConfidence, parsePriceRange } from './price-range.ts';

/** Valuation, WOZ, transaction, object/location data, search and account operations. */
export const marketOperations = [
  avm,
  avmplus,
  listingprice,
  reference,
  transaction,
  transactionPing,
  woz,
  wozBag,
  wozPing,
  movedata,
  objectdata,
  objectdataV2,
  locationdata,
  autosearch,
  autosuggest,
  rentalreference,
  wws,
  wws2026,
  rebuild,
  contentsvalue,
  openapi,
  credit,
] as const;
