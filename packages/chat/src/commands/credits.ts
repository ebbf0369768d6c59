import { defineCommand, integerOption, replyBody } from './define-command.ts';
import { formatCount } from './local-format.ts';

const DEFAULT_HOURS = 24;
const MAX_ROWS = 25;

/**
 * `credits [hours]`: credits used per Altum API over the last hours, straight from Altum's Credit
 * API (free). https://docs.altum.ai/english/developers/credit-api
 */
export const creditsCommand = defineCommand({
  name: 'credits',
  alias: 'credits',
  summary: {
    en: 'Credits used per Altum API (default last 24 h)',
    nl: 'Verbruikte credits per Altum-API (standaard laatste 24 uur)',
  },
  args: [
    {
      name: 'hours',
      kind: 'integer',
      min: 1,
      max: 8760,
      aliases: ['uren', 'uur', 'time'],
      description: { en: 'How many hours back (1–8760)', nl: 'Hoeveel uur terug (1–8760)' },
    },
  ],
  examples: ['credits', 'credits 168'],
  operations: ['credit'],
  async run(args, ctx) {
    const { t, locale } = ctx;
    const hours = integerOption(args, 'hours') ?? DEFAULT_HOURS;
    const used = await ctx.call('credit', { time: hours });
    const rows = Object.entries(used)
      .filter(([, credits]) => Number.isFinite(credits))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = rows.reduce((sum, [, credits]) => sum + credits, 0);
    return replyBody({
      title: t('credits.title', { hours: formatCount(hours, locale) }),
      summary:
        rows.length === 0 ? t('credits.none') : t('credits.total', { credits: formatCount(total, locale) }),
      tables:
        rows.length === 0
          ? []
          : [
              {
                columns: [t('credits.column.api'), t('credits.column.credits')],
                rows: rows.slice(0, MAX_ROWS).map(([api, credits]) => [api, formatCount(credits, locale)]),
              },
            ],
      source: t('credits.source'),
    });
  },
});
