import type { Locale } from './locale.ts';

/**
 * The few strings only the Discord app shows: the key modal and the fallback when something broke.
 * Option descriptions live beside the command definitions (commands/option-names.ts); everything
 * else comes from the chat runner's catalogues.
 */
const en = {
  'modal.title': 'Link your Altum API key',
  'modal.titleTeam': 'Link the server’s Altum API key',
  'modal.label': 'Altum API key',
  'modal.placeholder': 'Discord does not hide what you type here; only you see this form.',
  'error.title': 'Something went wrong',
  'error.body': 'The answer could not be sent. Please try again in a moment.',
  'error.reference': 'Reference',
} as const;

const nl: Record<keyof typeof en, string> = {
  'modal.title': 'Koppel je Altum API-sleutel',
  'modal.titleTeam': 'Koppel de Altum API-sleutel van de server',
  'modal.label': 'Altum API-sleutel',
  'modal.placeholder': 'Discord verbergt wat je hier typt niet; alleen jij ziet dit formulier.',
  'error.title': 'Er ging iets mis',
  'error.body': 'Het antwoord kon niet worden verstuurd. Probeer het zo nog eens.',
  'error.reference': 'Referentie',
};

export type DiscordMessageKey = keyof typeof en;

export const discordMessages: Readonly<Record<Locale, Readonly<Record<DiscordMessageKey, string>>>> = {
  en,
  nl,
};

export function dt(locale: Locale, key: DiscordMessageKey): string {
  return discordMessages[locale][key];
}
