import type { ReplyBody } from '../commands/define-command.ts';
import { altumTerm, isKnownAltumTerm } from '../i18n/altum-terms.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { ReplyField, ReplyTable } from '../reply/reply.ts';
import type { ResultContext } from './result-context.ts';
import {
  amount,
  isIsdeKey,
  isLoanKey,
  type Loan,
  readIsde,
  readLoans,
  record,
  text,
} from './subsidy-parts.ts';

/**
 * The `subsidies` reply. Altum's subsidy answer is not documented [unknown], so we read it tolerantly:
 * every top-level list of objects with a name becomes a table (national, province, municipality first,
 * then anything else), loans get a table of their own (interest, monthly, total cost, eligibility) and
 * an ISDE estimate becomes a field; see `subsidy-parts.ts` for what is read.
 * https://docs.altum.ai/english/sustainability/sustainability-subsidy-api
 */
export function buildSubsidiesReply(postcode: string, body: unknown, ctx: ResultContext): ReplyBody {
  const { t } = ctx;
  const answer = record(body) ?? {};
  const order = ['national', 'province', 'municipality'];
  const keys = [
    ...order.filter((k) => k in answer),
    ...Object.keys(answer).filter((k) => !order.includes(k) && !isLoanKey(k) && !isIsdeKey(k)),
  ];
  const tables: ReplyTable[] = [];
  let count = 0;
  for (const key of keys) {
    const rows = schemeRows(answer[key], ctx);
    if (rows.length === 0) continue;
    count += rows.length;
    const term = altumTerm(key, ctx.locale);
    const title = order.includes(key)
      ? t(`subsidies.table.${key}` as MessageKey)
      : isKnownAltumTerm(key)
        ? term.charAt(0).toUpperCase() + term.slice(1)
        : t('subsidies.table.otherNamed', { name: key.replaceAll('_', ' ') });
    tables.push({
      title,
      columns: [t('subsidies.col.name'), t('subsidies.col.kind'), t('subsidies.col.amount')],
      rows,
    });
  }
  const loans = Object.entries(answer).flatMap(([key, value]) => (isLoanKey(key) ? readLoans(value) : []));
  if (loans.length > 0) {
    count += loans.length;
    tables.push(loanTable(loans, ctx));
  }
  const fields: ReplyField[] = [];
  const isde = Object.entries(answer).find(([key]) => isIsdeKey(key));
  const isdeAmount = isde ? readIsde(isde[1]) : undefined;
  if (isdeAmount !== undefined) {
    fields.push({ label: t('subsidies.field.isde'), value: ctx.f.money(isdeAmount), inline: true });
  }
  return {
    title: t('subsidies.title', { postcode }),
    summary:
      count > 0 || isdeAmount !== undefined
        ? t('subsidies.summary', { count, postcode })
        : t('subsidies.empty', { postcode }),
    fields,
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
    const scheme = record(item);
    const name = scheme && text(scheme.name ?? scheme.title ?? scheme.naam);
    if (!scheme || !name) continue;
    const euros = amount(scheme.amount ?? scheme.max_amount ?? scheme.bedrag);
    rows.push([
      name,
      text(scheme.provider ?? scheme.type) ?? '–',
      euros !== undefined && euros > 0 ? ctx.f.money(euros) : '–',
    ]);
  }
  return rows;
}

function loanTable(loans: readonly Loan[], ctx: ResultContext): ReplyTable {
  const { t, f } = ctx;
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? '–' : t(value ? 'subsidies.loan.eligible' : 'subsidies.loan.notEligible');
  return {
    title: t('subsidies.table.loans'),
    columns: [
      t('subsidies.col.loan'),
      t('subsidies.col.interest'),
      t('subsidies.col.monthly'),
      t('subsidies.col.totalCost'),
      t('subsidies.col.eligible'),
    ],
    rows: loans.map((loan) => [
      loan.provider ? `${loan.name} (${loan.provider})` : loan.name,
      loan.interestRate === undefined ? '–' : f.percent(loan.interestRate / 100),
      loan.monthly === undefined ? '–' : f.money(loan.monthly),
      loan.totalCost === undefined ? '–' : f.money(loan.totalCost),
      yesNo(loan.eligible),
    ]),
  };
}
