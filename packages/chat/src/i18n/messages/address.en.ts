/** Addresses given as free text, BAG ids or listing links, looked up on PDOK (issue 16). */
export const addressEn = {
  'usage.address.unreadable':
    'I can’t read that as an address. Give a postcode and house number (1071AA 28B), a street, number and town (Damrak 1 Amsterdam), a 16-digit BAG id or a listing link.',
  'usage.address.noNumber': '`{text}` has no house number. Add it, like Damrak 1 Amsterdam.',
  'usage.address.unsupportedUrl':
    'That link carries no address. Paste a funda, Pararius, Jaap or Huispedia listing link, or type the address, like Damrak 1 Amsterdam.',
  'usage.address.notFound':
    'No Dutch address matches `{text}`. Check the street and number, or add the town or the postcode.',
  'address.pick.title': 'Which address do you mean?',
  'address.pick.summary': '{count} addresses match `{text}`. Choose one; nothing is charged until you do.',
  'address.pick.more': 'Only the best {count} are shown: add the town or the postcode to narrow it down.',
  'address.pick.placeholder': 'Choose an address',
  'address.pick.typeOne': 'Run the command again with the postcode and number of the one you mean.',
  'address.pick.column': 'Address',
  'error.addressUnavailable.title': 'Address look-up unavailable',
  'error.addressUnavailable.what':
    'The address service (PDOK) did not answer in time, so I could not look that address up.',
  'error.addressUnavailable.disabled': 'Looking up addresses by street or link is switched off here.',
  'error.addressUnavailable.todo':
    'Please give the postcode and house number instead: that works without a look-up.',
} as const;
