import type { UsageTotals } from '@altum-chat/store';
import type { Locale } from '../i18n/locale.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ReplyTable } from '../reply/reply.ts';
import { defineCommand, replyBody, stringOption } from './define-command.ts';
import { localName } from './examples.ts';
import { formatCount } from './local-format.ts';
// A cycle (the registry lists this command) that is safe: the registry is only read when a reply is built.
import { defaultRegistry } from './registry.ts';

/** A logged command name as the reader types it (`advies` for a Dutch reader). */
function commandWord(name: string, locale: Locale): string {
  const command = defaultRegistry.get(name);
  return command ? localName(command, locale) : name;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const PERIOD_DAYS = { day: 1, week: 7, month: 30 } as const;
type Period = keyof typeof PERIOD_DAYS;
const MAX_ROWS = 15;

/** `usage [day|week|month]`: my calls and credits by command; the team's total, and per user for admins. */
export const usageCommand = defineCommand({
  name: 'usage',
  alias: 'gebruik',
  summary: {
    en: 'Calls and credits by command and user',
    nl: 'Aanroepen en credits per commando en gebruiker',
  },
  args: [
    {
      name: 'period',
      kind: 'choice',
      description: {
        en: 'Window: day (default), week or month',
        nl: 'Periode: dag (standaard), week of maand',
      },
      choices: [
        {
          value: 'day',
          label: { en: 'last 24 hours', nl: 'laatste 24 uur' },
          aliases: ['dag', '24h', 'today', 'vandaag'],
        },
        { value: 'week', label: { en: 'last 7 days', nl: 'laatste 7 dagen' }, aliases: ['7d'] },
        { value: 'month', label: { en: 'last 30 days', nl: 'laatste 30 dagen' }, aliases: ['maand', '30d'] },
      ],
    },
  ],
  examples: ['usage', 'usage week'],
  private: true,
  adminView: true,
  operations: [],
  replyKind: 'info',
  async run(args, ctx) {
    const { t, locale, requester } = ctx;
    const period = (stringOption(args, 'period') ?? 'day') as Period;
    const since = new Date(ctx.now().getTime() - PERIOD_DAYS[period] * DAY_MS);
    const team = { platform: requester.platform, teamId: requester.teamId };
    const [mine, all] = await Promise.all([
      ctx.store.usage.summarizeUsage({ ...team, userId: requester.userId, since }),
      ctx.store.usage.summarizeUsage({ ...team, since }),
    ]);
    const tables: ReplyTable[] = [];
    if (mine.byCommand.length > 0) {
      tables.push(
        totalsTable(
          t('usageReport.table.mine'),
          t('usageReport.column.command'),
          mine.byCommand.map((row) => [commandWord(row.command, locale), row]),
          t,
          locale,
        ),
      );
    }
    // Other people's usage is for admins; everyone sees the team total.
    if (requester.isAdmin && all.byUser.length > 0) {
      tables.push(
        totalsTable(
          t('usageReport.table.team'),
          t('usageReport.column.user'),
          all.byUser.map((row) => [row.userId, row]),
          t,
          locale,
        ),
      );
    }
    return replyBody({
      title: t('usageReport.title', { period: t(`usageReport.period.${period}`) }),
      ...(mine.total.calls === 0 ? { summary: t('usageReport.none') } : {}),
      fields: [
        { label: t('usageReport.field.mine'), value: totals(mine.total, t, locale), inline: true },
        { label: t('usageReport.field.team'), value: totals(all.total, t, locale), inline: true },
      ],
      tables,
      private: true,
    });
  },
});

function totals(row: UsageTotals, t: Translate, locale: Locale): string {
  return t('usageReport.totals', {
    calls: formatCount(row.calls, locale),
    credits: formatCount(row.credits, locale),
  });
}

function totalsTable(
  title: string,
  first: string,
  rows: readonly (readonly [string, UsageTotals])[],
  t: Translate,
  locale: Locale,
): ReplyTable {
  return {
    title,
    columns: [
      first,
      t('usageReport.column.calls'),
      t('usageReport.column.credits'),
      t('usageReport.column.cacheHits'),
    ],
    rows: rows
      .slice(0, MAX_ROWS)
      .map(([name, row]) => [
        name,
        formatCount(row.calls, locale),
        formatCount(row.credits, locale),
        formatCount(row.cacheHits, locale),
      ]),
  };
}
