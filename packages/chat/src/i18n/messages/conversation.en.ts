/** Messages of the address card (link unfurls, "Look up address") and its picker. */
export const conversationEn = {
  'card.summary': 'Nothing is spent until someone clicks; a click uses the clicker’s own key and budget.',
  'card.offer.value': 'Value ({credits|# credit|# credits})',
  'card.offer.label': 'Energy label ({credits|# credit|# credits})',
  'card.pick.title': 'Which address?',
  'card.pick.summary': 'Several addresses match. Pick one; nothing is spent until you do.',
  'card.pick.for': '{offer} for…',
  'card.none.title': 'No address found',
  'card.none.summary':
    'I found no Dutch address in that message. A postcode and number (1071AA 28B), a street, number and town (Damrak 1 Amsterdam) or a funda, pararius, jaap or huispedia link all work.',
  'card.unavailable.title': 'Address look-up unavailable',
  'card.unavailable.summary':
    'The address service is not answering right now. Give the postcode and house number instead, like 1071AA 28B.',
} as const;
