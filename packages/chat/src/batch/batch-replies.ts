import { replyBody } from '../commands/define-command.ts';
import type { Formatter } from '../format/formatter.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Reply, ReplyAction, ReplyField } from '../reply/reply.ts';
import type { CheckedLine } from './address-rows.ts';
import type { BatchEstimate } from './estimate.ts';

const SHOWN_PROBLEMS = 10;

/** Button ids: stateless, so any instance can take the click (`batch:confirm:<job id>`). */
export const batchActionId = (action: 'confirm' | 'cancel', jobId: string): string =>
  `batch:${action}:${jobId}`;

export function parseBatchActionId(id: string): { action: 'confirm' | 'cancel'; jobId: string } | undefined {
  const match = /^batch:(confirm|cancel):([A-Za-z0-9_-]{6,40})$/.exec(id);
  return match ? { action: match[1] as 'confirm' | 'cancel', jobId: match[2] as string } : undefined;
}

const asReply = (body: ReturnType<typeof replyBody>, kind: Reply['kind'], reference?: string): Reply => ({
  ...body,
  kind,
  ...(reference === undefined ? {} : { footer: { reference } }),
});

function budgetField(t: Translate, f: Formatter, left: number | undefined, need: number): string {
  if (left === undefined) return t('batch.estimate.budgetNone');
  const params = { left: f.number(Math.max(0, left)), need: f.number(need) };
  return need <= left ? t('batch.estimate.budgetOk', params) : t('batch.estimate.budgetShort', params);
}

/** The estimate with Confirm / Cancel (Confirm only when the budgets allow it). */
export function estimateReply(
  context: { t: Translate; f: Formatter; command: string; fileName: string; jobId: string; demo: boolean },
  estimate: BatchEstimate,
  lines: readonly CheckedLine[],
): Reply {
  const { t, f } = context;
  const fields: ReplyField[] = [
    { label: t('batch.estimate.rows'), value: f.number(estimate.rows), inline: true },
    { label: t('batch.estimate.unusable'), value: f.number(estimate.unusable), inline: true },
    { label: t('batch.estimate.distinct'), value: f.number(estimate.distinct), inline: true },
    { label: t('batch.estimate.cached'), value: f.number(estimate.cached), inline: true },
    { label: t('batch.estimate.credits'), value: f.number(estimate.credits), inline: true },
    { label: t('batch.estimate.budgetUser'), value: budgetField(t, f, estimate.userLeft, estimate.credits) },
    { label: t('batch.estimate.budgetTeam'), value: budgetField(t, f, estimate.teamLeft, estimate.credits) },
  ];
  const problems = lines.filter((line) => !line.ok);
  const warnings = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((line) => (line.ok ? '' : t('batch.estimate.line', { line: line.line, reason: t(line.reason) })));
  if (problems.length > SHOWN_PROBLEMS)
    warnings.push(t('batch.estimate.more', { count: problems.length - SHOWN_PROBLEMS }));
  if (!estimate.allowed) warnings.push(t('batch.estimate.overBudget'));
  const actions: ReplyAction[] = [
    ...(estimate.allowed && estimate.distinct > 0
      ? [
          {
            type: 'button' as const,
            id: batchActionId('confirm', context.jobId),
            label: t('batch.action.confirm'),
            style: 'primary' as const,
          },
        ]
      : []),
    {
      type: 'button',
      id: batchActionId('cancel', context.jobId),
      label: t('batch.action.cancel'),
      style: 'danger',
    },
  ];
  return {
    ...asReply(
      replyBody({
        title: t('batch.estimate.title', { command: context.command, file: context.fileName }),
        summary: t('batch.estimate.summary'),
        fields,
        warnings,
        actions,
        private: true,
      }),
      'info',
      context.jobId,
    ),
    ...(context.demo ? { footer: { reference: context.jobId, demo: true } } : {}),
  };
}

/** `██████░░░░` for a share between 0 and 1. */
export function progressBar(share: number, width = 20): string {
  const filled = Math.round(Math.min(1, Math.max(0, share)) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/** One short message a progress update shows (and the playground prints). */
export function progressReply(
  t: Translate,
  f: Formatter,
  p: {
    command: string;
    jobId: string;
    done: number;
    total: number;
    credits: number;
    errors: number;
    etaMs: number | undefined;
  },
): Reply {
  const left = p.etaMs === undefined ? '…' : formatDuration(p.etaMs);
  return asReply(
    replyBody({
      title: t('batch.progress.title', { command: p.command }),
      summary: t('batch.progress', {
        bar: progressBar(p.total === 0 ? 1 : p.done / p.total),
        done: f.number(p.done),
        total: f.number(p.total),
        credits: f.number(p.credits),
        errors: f.number(p.errors),
        left,
      }),
      actions: [
        {
          type: 'button',
          id: batchActionId('cancel', p.jobId),
          label: t('batch.action.cancel'),
          style: 'danger',
        },
      ],
    }),
    'info',
    p.jobId,
  );
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

export { asReply };
