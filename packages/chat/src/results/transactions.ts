import { type ReplyBody, replyBody } from '../commands/define-command.ts';
import { compareAltumDates, parseAltumDate } from '../format/altum-date.ts';
import { maybe, type ResultContext } from './result-context.ts';

export interface TransactionView {
  /** `YYYYMMDD`. */
  readonly date?: number | string | undefined;
  readonly price?: number | undefined;
  readonly indexedPrice?: number | undefined;
  /** Kadaster `J`/`N`: the sale covered more than this one property. */
  readonly moreRealEstate?: string | undefined;
}

export interface TransactionsView {
  readonly address: string;
  readonly transactions: readonly TransactionView[];
}

/**
 * The `transactions` reply: Kadaster sales of the address, newest first.
 * https://docs.altum.ai/english/property-valuation-and-market/kadaster-transaction-api/authentication-input-and-response
 */
export function buildTransactionsReply(view: TransactionsView, ctx: ResultContext): ReplyBody {
  const { t, f } = ctx;
  const title = t('transactions.title', { address: view.address });
  const dated = view.transactions
    .map((tx) => ({ ...tx, parsed: parseAltumDate(tx.date) }))
    .sort((a, b) => (a.parsed && b.parsed ? compareAltumDates(b.parsed, a.parsed) : a.parsed ? -1 : 1));
  const latest = dated[0];
  if (!latest) {
    return replyBody({
      title,
      summary: t('transactions.empty'),
    });
  }
  const yesNo = (flag: string | undefined) =>
    flag === undefined ? '–' : /^(j|y|ja|yes|true|1)$/i.test(flag) ? t('result.yes') : t('result.no');
  return {
    title,
    summary: t('transactions.summary', {
      count: dated.length,
      date: maybe(latest.parsed, f.date) ?? t('result.unknown'),
      price: maybe(latest.price, f.money) ?? t('result.unknown'),
    }),
    fields: [],
    tables: [
      {
        title: t('transactions.table'),
        columns: [
          t('transactions.col.date'),
          t('transactions.col.price'),
          t('transactions.col.indexed'),
          t('transactions.col.multiple'),
        ],
        rows: dated.map((tx) => [
          maybe(tx.parsed, f.date) ?? '–',
          maybe(tx.price, f.money) ?? '–',
          maybe(tx.indexedPrice, f.money) ?? '–',
          yesNo(tx.moreRealEstate),
        ]),
      },
    ],
    warnings: [],
    charts: [],
    actions: [],
  };
}
