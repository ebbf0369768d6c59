import type { Localized } from '@altum-chat/core';

/** Discord's option/command name rule: lower-case letters, digits, `-` and `_`, 1–32 characters. */
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

/** Turns a label or alias into a valid option name (`glas woonkamer` → `glas_woonkamer`), or undefined. */
export function toOptionName(text: string): string | undefined {
  const name = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s/]+/g, '_')
    .replace(/[^-_\p{L}\p{N}]/gu, '')
    .slice(0, 32);
  return NAME.test(name) ? name : undefined;
}

/** Discord descriptions are 1–100 characters. */
export function clampDescription(text: string): string {
  const trimmed = text.trim() || '-';
  return trimmed.length <= 100 ? trimmed : `${trimmed.slice(0, 99)}…`;
}

/** `{ description, description_localizations: { nl } }` from a Localized pair. */
export function describe(text: Localized) {
  return {
    description: clampDescription(text.en),
    description_localizations: { nl: clampDescription(text.nl) },
  };
}

/**
 * One `<address>` text argument on Discord: an `address` option (any form, autocompleted from PDOK)
 * and, for people who prefer them, the split postcode, number and addition.
 */
export const ADDRESS_OPTIONS = {
  address: {
    nl: 'adres',
    description: {
      en: 'Address: Damrak 1 Amsterdam, 1071AA 28B or a listing link',
      nl: 'Adres: Damrak 1 Amsterdam, 1071AA 28B of een woninglink',
    },
  },
  postcode: { nl: 'postcode', description: { en: 'Postcode, e.g. 1071AA', nl: 'Postcode, bijv. 1071AA' } },
  number: { nl: 'huisnummer', description: { en: 'House number, e.g. 28', nl: 'Huisnummer, bijv. 28' } },
  addition: {
    nl: 'toevoeging',
    description: { en: 'Addition, e.g. B (optional)', nl: 'Toevoeging, bijv. B (optioneel)' },
  },
} as const;
