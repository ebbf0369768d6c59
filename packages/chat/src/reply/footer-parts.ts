import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/translate.ts';
import type { ReplyFooter } from './reply.ts';

/** One piece of a reply's footer, in the user's language; renderers join them their own way. */
export interface FooterPart {
  readonly kind: 'source' | 'credits' | 'cache' | 'key' | 'demo' | 'reference';
  readonly text: string;
}

/**
 * The footer's parts in one order and one wording for every platform:
 * `Altum AVM · 1 credit · from cache · personal key …WXYZ · demo data · ref AB12CD34`.
 * Only text: a renderer escapes and styles it for its platform (the playground shouts DEMO DATA).
 */
export function footerParts(footer: ReplyFooter | undefined, locale: Locale): readonly FooterPart[] {
  if (!footer) return [];
  const parts: FooterPart[] = [];
  if (footer.source) parts.push({ kind: 'source', text: footer.source });
  if (footer.credits !== undefined)
    parts.push({ kind: 'credits', text: translate(locale, 'footer.credits', { count: footer.credits }) });
  if (footer.cacheHit) parts.push({ kind: 'cache', text: translate(locale, 'footer.cache') });
  if (footer.keyScope) parts.push({ kind: 'key', text: footer.keyScope });
  if (footer.demo) parts.push({ kind: 'demo', text: translate(locale, 'demo.marker') });
  if (footer.reference)
    parts.push({
      kind: 'reference',
      text: translate(locale, 'footer.reference', { reference: footer.reference }),
    });
  return parts;
}

/** The parts as one line, the way Slack and Discord show them. */
export function footerLine(footer: ReplyFooter | undefined, locale: Locale): string {
  return footerParts(footer, locale)
    .map((part) => part.text)
    .join(' · ');
}
