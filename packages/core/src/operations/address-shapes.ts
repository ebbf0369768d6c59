import type { AddressFields } from './define-operation.ts';
import { additionInput, housenumberInput, postcodeInput } from './schema-helpers.ts';

/**
 * The address spellings Altum endpoints use, each as the `address` declaration of an operation and the
 * matching input fields to spread into its request schema (`z.strictObject({ ...houseadditionAddress, … })`).
 */

/** `postcode`, `housenumber`, `houseaddition`: the v2 sustainability family and most market endpoints. */
export const HOUSEADDITION_FIELDS: AddressFields = {
  postcode: 'postcode',
  housenumber: 'housenumber',
  addition: 'houseaddition',
};

export const houseadditionAddress = {
  postcode: postcodeInput,
  housenumber: housenumberInput,
  houseaddition: additionInput,
};

/** `post_code`, `house_number`, `house_addition`: the legacy v1 energy label and sustainability APIs. */
export const SNAKE_CASE_FIELDS: AddressFields = {
  postcode: 'post_code',
  housenumber: 'house_number',
  addition: 'house_addition',
};

export const snakeCaseAddress = {
  post_code: postcodeInput,
  house_number: housenumberInput,
  house_addition: additionInput,
};

/** `postcode`, `housenumber`, `addition`: /woz, /woz/ping and /location-data. */
export const ADDITION_FIELDS: AddressFields = {
  postcode: 'postcode',
  housenumber: 'housenumber',
  addition: 'addition',
};

/**
 * /woz and /location-data document `housenumber` as a string. Public code sends numbers without
 * trouble, but a string is safe either way (FastAPI coerces "28" into an int field, not always 28 into
 * a str field), so it is validated as a number and sent as the documented string.
 */
export const additionAddress = {
  postcode: postcodeInput,
  housenumber: housenumberInput.transform(String),
  addition: additionInput,
};
