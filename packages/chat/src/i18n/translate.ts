import {
  type Catalogue,
  defineCatalogue,
  type Markup,
  type MessageParams,
  markup,
} from './define-catalogue.ts';
import type { Locale } from './locale.ts';
import { addressEn } from './messages/address.en.ts';
import { addressNl } from './messages/address.nl.ts';
import { batchEn } from './messages/batch.en.ts';
import { batchNl } from './messages/batch.nl.ts';
import { commonEn } from './messages/common.en.ts';
import { commonNl } from './messages/common.nl.ts';
import { conversationEn } from './messages/conversation.en.ts';
import { conversationNl } from './messages/conversation.nl.ts';
import { resultsEn } from './messages/results.en.ts';
import { resultsNl } from './messages/results.nl.ts';

const en = { ...commonEn, ...resultsEn, ...batchEn, ...conversationEn, ...addressEn };
/** Typed against the English keys, so a missing Dutch message fails the typecheck. */
const nl: Record<keyof typeof en, string> = {
  ...commonNl,
  ...resultsNl,
  ...batchNl,
  ...conversationNl,
  ...addressNl,
};

export type MessageKey = keyof typeof en;
export type { Markup, MessageParams };
export { markup };

const chat = defineCatalogue<MessageKey>(en, nl);

export const catalogues: Catalogue<MessageKey> = chat.messages;

/**
 * Looks a message up and fills `{name}` parameters (as data) and `{name|one|other}` plural forms
 * (chosen by Intl.PluralRules for the reply language); an unknown parameter stays visible as `{name}`.
 */
export const translate: (locale: Locale, key: MessageKey, params?: MessageParams) => string = chat.text;

/** A translator bound to one locale, passed to reply builders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
