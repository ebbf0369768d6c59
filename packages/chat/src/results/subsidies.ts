import type { ReplyBody } from '../commands/define-command.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { ReplyTable } from '../reply/reply.ts';
import type { ResultContext } from './result-context.ts';

/**
 * The `subsidies` reply. Altum's subsidy answer is not documented [unknown], so we read it tolerantly:
 * every top-level list of objects with a name becomes a table (national, province, municipality first,
 * then anything else such as loans), showing name, provider and amount when present.
 * https://docs.altum.ai/english/sustainability/sustainability-subsidy-api
 */
export function buildSubsidiesReply(postcode: string, body: unknown, ctx: ResultContext): ReplyBody {
  const { t } = ctx;
  const record =
    body !== null && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const order = ['national', 'province', 'municipality'];
  const keys = [
    ...order.filter((k) => k in record),
    ...Object.keys(record).filter((k) => !order.includes(k)),
  ];
  const tables: ReplyTable[] = [];
  let count = 0;
  for (const key of keys) {
    const rows = schemeRows(record[key], ctx);
    if (rows.length === 0) continue;
    count += rows.length;
    const title = order.includes(key)
      ? t(`subsidies.table.${key}` as MessageKey)
      : t('subsidies.table.otherNamed', { name: key.replaceAll('_', ' ') });
    tables.push({
      title,
      columns: [t('subsidies.col.name'), t('subsidies.col.kind'), t('subsidies.col.amount')],
      rows,
    });
  }
  return {
    title: t('subsidies.title', { postcode }),
    summary: count > 0 ? t('subsidies.summary', { count, postcode }) : t('subsidies.empty', { postcode }),
    fields: [],
    tables,
    warnings: [],
    charts: [],
    actions: [],
  };
}

function schemeRows(value: unknown, ctx: ResultContext): string[][] {
  if (!Array.isArray(value)) return [];
  const rows: string[][] = [];
  for (const item of value) {
    if (item === null || typeof item !== 'object') continue;
    const scheme = item as Record<string, unknown>;
    const name = text(scheme.name ?? scheme.title ?? scheme.naam);
    if (!name) continue;
    const amount = Number(scheme.amount ?? scheme.max_amount ?? scheme.bedrag);
    const hasAmount =
      scheme.amount !== null && scheme.amount !== undefined && Number.isFinite(amount) && amount > 0;
    rows.push([name, text(scheme.provider ?? scheme.type) ?? '–', hasAmount ? ctx.f.money(amount) : '–']);
  }
  return rows;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
