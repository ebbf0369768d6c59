import type { BatchJob, Store } from '@altum-chat/store';
import { replyBody } from '../commands/define-command.ts';
import { createFormatter } from '../format/formatter.ts';
import type { Locale } from '../i18n/locale.ts';
import { createTranslator } from '../i18n/translate.ts';
import type { EnergyLabel, Reply, ReplyChart } from '../reply/reply.ts';
import type { ItemResult, StoredInput } from './batch-job-data.ts';
import { labelDistributionChart } from './label-distribution.ts';
import { resultCsv, resultGrid, resultXlsx } from './write-results.ts';

/** The delivered result: one row per input row in both files, and a summary reply with a chart. */
export interface BatchResult {
  readonly summary: Reply;
  readonly csv: Buffer;
  readonly xlsx: Buffer;
  /** `portfolio-value-results` (no extension), from the uploaded file's name. */
  readonly baseName: string;
  readonly rows: number;
}

export async function buildBatchResult(store: Store, job: BatchJob, demo: boolean): Promise<BatchResult> {
  const locale: Locale = job.locale === 'en' ? 'en' : 'nl';
  const t = createTranslator(locale);
  const f = createFormatter(locale);
  const input = job.input as StoredInput;
  const items = await store.batches.items(job.id);
  const results = new Map<string, ItemResult>();
  const labels = new Map<EnergyLabel, number>();
  let credits = 0;
  let cacheHits = 0;
  for (const item of items) {
    credits += item.credits;
    if (item.cacheHit) cacheHits++;
    if (item.result !== undefined && item.result !== null) {
      const result = item.result as ItemResult;
      results.set(item.key, result);
      if (result.ok && result.label) labels.set(result.label, (labels.get(result.label) ?? 0) + 1);
    }
  }
  const grid = resultGrid(input, results, t);
  const answered = items.filter((item) => item.state === 'done').length;
  const failed = items.filter((item) => item.state === 'failed').length;
  const baseName = `${
    job.fileName
      .replace(/\.[^.]+$/, '')
      .replace(/[^\w.-]+/g, '_')
      .slice(0, 60) || 'batch'
  }-${job.command}-results`;
  const charts: ReplyChart[] = labels.size > 0 ? [labelDistributionChart(labels, t)] : [];
  const title = job.state === 'cancelled' ? 'batch.cancelled.title' : 'batch.done.title';
  const summary: Reply = {
    ...replyBody({
      title: t(title, { command: job.command }),
      summary: t('batch.done.summary', { answered, total: items.length, failed }),
      fields: [
        { label: t('batch.done.rows'), value: f.number(input.lines.length), inline: true },
        { label: t('batch.done.credits'), value: f.number(credits), inline: true },
        { label: t('batch.done.cacheHits'), value: f.number(cacheHits), inline: true },
        { label: t('batch.done.files'), value: `${baseName}.csv, ${baseName}.xlsx` },
      ],
      charts,
    }),
    kind: 'result',
    footer: { reference: job.id, credits, ...(demo ? { demo: true } : {}) },
  };
  return {
    summary,
    csv: resultCsv(grid, input.format === 'csv' ? input.delimiter : ';'),
    xlsx: await resultXlsx(grid, job.command),
    baseName,
    rows: grid.rows.length,
  };
}
