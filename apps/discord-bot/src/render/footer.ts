import type { ReplyFooter } from '@altum-chat/chat';
import type { Locale } from '../locale.ts';

const words = {
  en: { credit: 'credit', credits: 'credits', cache: 'from cache', demo: 'demo data', ref: 'ref' },
  nl: { credit: 'credit', credits: 'credits', cache: 'uit cache', demo: 'demodata', ref: 'ref' },
} as const satisfies Record<Locale, Record<string, string>>;

/** One footer line: `Altum AVM · 1 credit · from cache · personal key …WXYZ · ref a1b2`. */
export function footerText(footer: ReplyFooter | undefined, locale: Locale): string {
  if (!footer) return '';
  const w = words[locale];
  const parts: string[] = [];
  if (footer.source) parts.push(footer.source);
  if (footer.credits !== undefined)
    parts.push(`${footer.credits} ${footer.credits === 1 ? w.credit : w.credits}`);
  if (footer.cacheHit) parts.push(w.cache);
  if (footer.keyScope) parts.push(footer.keyScope);
  if (footer.demo) parts.push(w.demo);
  if (footer.reference) parts.push(`${w.ref} ${footer.reference}`);
  return parts.join(' · ');
}
