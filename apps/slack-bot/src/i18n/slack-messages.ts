import { defineCatalogue } from '@altum-chat/chat';

/**
 * Strings only the Slack app shows (button labels, modal titles, App Home). Command replies come from
 * the chat catalogues; these are the Slack chrome around them. Dutch is typed against the English
 * keys so a missing translation fails the typecheck.
 */
const en = {
  working: 'Working on it…',
  share: 'Share in channel',
  sharedBy: 'Shared by <@{user}>',
  whatIf: 'What if…',
  linkKey: 'Link API key',
  truncated: '… (shortened to fit Slack)',
  chartAlt: 'Chart: {alt}',
  keyModalTitle: 'Link Altum API key',
  keyModalTeamTitle: 'Link team API key',
  keyModalSubmit: 'Link key',
  keyModalCancel: 'Cancel',
  keyModalLabel: 'Altum API key',
  keyModalHint:
    'Only you see this form. The key is validated with a free call, stored encrypted, and shown afterwards only as its last four characters.',
  keyModalIntro:
    'Paste the API key from your Altum account (https://mopsus.altum.ai). Never paste a key into a channel message.',
  keyModalEmpty: 'Paste your key, e.g. a 40-character string from your Altum dashboard.',
  batchModalTitle: 'Batch of addresses',
  batchModalIntro:
    'Choose a CSV or XLSX with columns postcode + house number (or one address column). You get an estimate first; nothing is spent until you confirm. Progress and results come in your DM with the app.',
  batchModalCommand: 'What to ask per address',
  batchModalTarget: 'Target label (advice only)',
  batchModalFile: 'File',
  batchModalSubmit: 'Estimate',
  batchModalNoFile: 'Choose a CSV or XLSX file.',
  whatIfTitle: 'What if…',
  whatIfSubmit: 'Recalculate',
  whatIfIntro: 'Pick a level per measure for {address}; unchanged measures keep their current level.',
  whatIfKeep: 'keep current',
  whatIfLoading: 'Loading the current situation…',
  homeTitle: 'Altum for Slack',
  homeKeyLinked: '*Your API key:* linked ({masked})',
  homeTeamKey: '*Team key:* linked ({masked})',
  homeNoKey: '*Your API key:* not linked. Link one to use your own Altum credits.',
  homeUsage: '*This week:* {calls} calls, {credits} credits',
  homeLanguage: '*Language:* {language}. Change with `/altum settings language nl` or `en`.',
  homeHelp: 'Try `/altum value 1071AA 28B`, `/altum label 3511AB 12` or `/altum help`.',
  languageName: 'English',
  noTenant:
    'Slack did not say which workspace or organisation this came from, so nothing was run or stored. Try `/altum help` again from a channel in your workspace.',
} as const;

const nl: Record<keyof typeof en, string> = {
  working: 'Bezig…',
  share: 'Delen in kanaal',
  sharedBy: 'Gedeeld door <@{user}>',
  whatIf: 'Wat als…',
  linkKey: 'API-sleutel koppelen',
  truncated: '… (ingekort voor Slack)',
  chartAlt: 'Grafiek: {alt}',
  keyModalTitle: 'Altum API-sleutel koppelen',
  keyModalTeamTitle: 'Teamsleutel koppelen',
  keyModalSubmit: 'Koppelen',
  keyModalCancel: 'Annuleren',
  keyModalLabel: 'Altum API-sleutel',
  keyModalHint:
    'Alleen jij ziet dit formulier. De sleutel wordt met een gratis call gecontroleerd, versleuteld opgeslagen en daarna alleen als laatste vier tekens getoond.',
  keyModalIntro:
    'Plak de API-sleutel uit je Altum-account (https://mopsus.altum.ai). Plak een sleutel nooit in een kanaalbericht.',
  keyModalEmpty: 'Plak je sleutel, bijvoorbeeld een reeks van 40 tekens uit je Altum-dashboard.',
  batchModalTitle: 'Batch met adressen',
  batchModalIntro:
    'Kies een CSV of XLSX met kolommen postcode + huisnummer (of één kolom adres). Je krijgt eerst een schatting; er wordt niets uitgegeven tot je bevestigt. Voortgang en resultaten komen in je DM met de app.',
  batchModalCommand: 'Wat per adres',
  batchModalTarget: 'Doellabel (alleen advies)',
  batchModalFile: 'Bestand',
  batchModalSubmit: 'Schatten',
  batchModalNoFile: 'Kies een CSV- of XLSX-bestand.',
  whatIfTitle: 'Wat als…',
  whatIfSubmit: 'Herberekenen',
  whatIfIntro:
    'Kies per maatregel een niveau voor {address}; ongewijzigde maatregelen houden hun huidige niveau.',
  whatIfKeep: 'huidig houden',
  whatIfLoading: 'Huidige situatie ophalen…',
  homeTitle: 'Altum voor Slack',
  homeKeyLinked: '*Jouw API-sleutel:* gekoppeld ({masked})',
  homeTeamKey: '*Teamsleutel:* gekoppeld ({masked})',
  homeNoKey: '*Jouw API-sleutel:* niet gekoppeld. Koppel er een om je eigen Altum-credits te gebruiken.',
  homeUsage: '*Deze week:* {calls} calls, {credits} credits',
  homeLanguage: '*Taal:* {language}. Wijzig met `/altum instellingen taal nl` of `en`.',
  homeHelp: 'Probeer `/altum waarde 1071AA 28B`, `/altum label 3511AB 12` of `/altum hulp`.',
  languageName: 'Nederlands',
  noTenant:
    'Slack gaf niet door uit welke werkruimte of organisatie dit kwam, dus er is niets uitgevoerd of opgeslagen. Probeer `/altum help` opnieuw vanuit een kanaal in je werkruimte.',
};

export type SlackMessageKey = keyof typeof en;

const catalogue = defineCatalogue<SlackMessageKey>(en, nl);

export const slackCatalogues = catalogue.messages;

/** Looks up a Slack-only message and fills `{name}` parameters. */
export const slackText = catalogue.text;
