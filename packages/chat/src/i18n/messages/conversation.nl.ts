import type { conversationEn } from './conversation.en.ts';

/** Nederlandse teksten van de adreskaart (linkvoorbeelden, "Adres opzoeken") en de keuzelijst. */
export const conversationNl: Record<keyof typeof conversationEn, string> = {
  'card.summary':
    'Er wordt niets verbruikt tot iemand klikt; een klik gebruikt de eigen sleutel en het eigen budget van wie klikt.',
  'card.offer.value': 'Waarde ({credits|# credit|# credits})',
  'card.offer.label': 'Energielabel ({credits|# credit|# credits})',
  'card.pick.title': 'Welk adres?',
  'card.pick.summary': 'Er passen meerdere adressen. Kies er een; tot dan wordt niets verbruikt.',
  'card.pick.for': '{offer} voor…',
  'card.none.title': 'Geen adres gevonden',
  'card.none.summary':
    'Ik vond geen Nederlands adres in dat bericht. Een postcode en huisnummer (1071AA 28B), een straat, huisnummer en plaats (Damrak 1 Amsterdam) of een link van funda, pararius, jaap of huispedia werken allemaal.',
  'card.unavailable.title': 'Adres opzoeken lukt nu niet',
  'card.unavailable.summary':
    'De adresdienst antwoordt nu niet. Geef de postcode en het huisnummer, zoals 1071AA 28B.',
};
