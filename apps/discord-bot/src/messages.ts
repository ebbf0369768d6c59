import { defineCatalogue } from '@altum-chat/chat';

/**
 * The few strings only the Discord app shows: the key modal. Option descriptions live beside the
 * command definitions (commands/option-names.ts); everything else, the fallback reply included,
 * comes from the chat runner's catalogues.
 */
const en = {
  'modal.title': 'Link your Altum API key',
  'modal.titleTeam': 'Link the server’s Altum API key',
  'modal.label': 'Altum API key',
  'modal.placeholder': 'Discord does not hide what you type here; only you see this form.',
} as const;

const nl: Record<keyof typeof en, string> = {
  'modal.title': 'Koppel je Altum API-sleutel',
  'modal.titleTeam': 'Koppel de Altum API-sleutel van de server',
  'modal.label': 'Altum API-sleutel',
  'modal.placeholder': 'Discord verbergt wat je hier typt niet; alleen jij ziet dit formulier.',
};

export type DiscordMessageKey = keyof typeof en;

/** A Discord-only message in the user's language. */
export const dt = defineCatalogue<DiscordMessageKey>(en, nl).text;
