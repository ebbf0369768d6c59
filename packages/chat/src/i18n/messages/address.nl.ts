import type { addressEn } from './address.en.ts';

export const addressNl: Record<keyof typeof addressEn, string> = {
  'usage.address.unreadable':
    'Dit kan ik niet als adres lezen. Geef een postcode en huisnummer (1071AA 28B), een straat, huisnummer en plaats (Damrak 1 Amsterdam), een BAG-id van 16 cijfers of een link naar een woningadvertentie.',
  'usage.address.noNumber': 'Bij `{text}` ontbreekt het huisnummer. Voeg het toe, zoals Damrak 1 Amsterdam.',
  'usage.address.unsupportedUrl':
    'In die link staat geen adres. Plak een link van funda, Pararius, Jaap of Huispedia, of typ het adres, zoals Damrak 1 Amsterdam.',
  'usage.address.notFound':
    'Geen Nederlands adres gevonden voor `{text}`. Controleer straat en huisnummer, of voeg de plaats of de postcode toe.',
  'address.pick.title': 'Welk adres bedoel je?',
  'address.pick.summary':
    '{count} adressen passen bij `{text}`. Kies er een; er gaan pas credits af als je kiest.',
  'address.pick.more':
    'Alleen de beste {count} staan hier: voeg de plaats of de postcode toe om te verfijnen.',
  'address.pick.placeholder': 'Kies een adres',
  'address.pick.typeOne':
    'Geef het commando opnieuw met de postcode en het huisnummer van het adres dat je bedoelt.',
  'address.pick.column': 'Adres',
  'error.addressUnavailable.title': 'Adres opzoeken lukt nu niet',
  'error.addressUnavailable.what':
    'De adresservice (PDOK) antwoordde niet op tijd, dus ik kon dat adres niet opzoeken.',
  'error.addressUnavailable.disabled': 'Adressen opzoeken op straat of link staat hier uit.',
  'error.addressUnavailable.todo':
    'Geef in plaats daarvan de postcode en het huisnummer: dat werkt zonder opzoeken.',
};
