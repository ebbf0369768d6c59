import { getMeasure } from '@altum-chat/core';
import type { MessageKey } from '../i18n/translate.ts';
import type { ResultContext } from './result-context.ts';

/** One entry of Altum's `warnings[]` in the v2 sustainability family; codes are strings (`"03"`). */
export interface AltumWarning {
  readonly code?: string | number | undefined;
  readonly description?: string | undefined;
}

const KNOWN = new Set(['01', '02', '03', '04', '05']);

/**
 * Turns Altum's automatic-correction warnings into plain words in the user's language. The
 * descriptions follow fixed templates (e.g. `wall_insulation: 2 is not allowed for build_year: 2010.
 * Allowed values: [4]. Set wall_insulation: 4.`); we read field, given value, build year and the
 * value used from them and fall back to Altum's own text when a template does not match.
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2/warnings
 */
export function translateWarning(warning: AltumWarning, ctx: ResultContext): string {
  const code = String(warning.code ?? '').padStart(2, '0');
  const description = (warning.description ?? '').trim();
  const generic = () => ctx.t('warning.generic', { description: description || code });
  if (!KNOWN.has(code)) return generic();
  if (code === '05') return ctx.t('warning.05');
  const field = /^\s*(\w+)\s*:\s*([\d.]+)/.exec(description);
  const used = /(?:adjusted to|Set)\s+\w+\s*:\s*([\d.]+)/i.exec(description);
  if (!field || !used) return generic();
  const key = field[1] ?? '';
  const params = {
    field: fieldName(key, ctx),
    given: levelText(key, field[2], ctx),
    used: levelText(key, used[1], ctx),
  };
  if (code === '01' || code === '02') return ctx.t(`warning.${code}`, params);
  const year = /build_year\s*:\s*(\d{4})/.exec(description);
  if (!year) return generic();
  return ctx.t(`warning.${code}` as MessageKey, { ...params, year: year[1] ?? '' });
}

export function translateWarnings(
  warnings: readonly AltumWarning[] | undefined,
  ctx: ResultContext,
): string[] {
  return (warnings ?? []).map((warning) => translateWarning(warning, ctx));
}

function fieldName(key: string, ctx: ResultContext): string {
  if (key === 'inner_surface_area') return ctx.t('warning.field.inner_surface_area');
  const label = getMeasure(key)?.label[ctx.locale] ?? key;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** A level by its name in the reader's language (`matig`), the number when the measure has no such level. */
function levelText(key: string, raw: string | undefined, ctx: ResultContext): string {
  const level = Number(raw?.replace(/\.$/, ''));
  return getMeasure(key)?.levels.find((l) => l.level === level)?.label[ctx.locale] ?? numberText(raw, ctx);
}

function numberText(raw: string | undefined, ctx: ResultContext): string {
  const value = Number(raw?.replace(/\.$/, ''));
  return Number.isFinite(value) ? ctx.f.number(value, 2) : (raw ?? '');
}
