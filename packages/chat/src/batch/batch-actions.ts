import type { BatchJob, JobQueue, Store } from '@altum-chat/store';
import { replyBody } from '../commands/define-command.ts';
import type { Locale } from '../i18n/locale.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';
import type { Reply } from '../reply/reply.ts';
import type { Requester } from '../runner/types.ts';
import { asReply, batchActionId, parseBatchActionId } from './batch-replies.ts';

export interface ActionDeps {
  readonly store: Store;
  readonly queue: JobQueue;
  /** Workers asked for per job on the shared queue, so several instances share its rows. */
  readonly workersPerJob: number;
}

/** The job, when `requester` owns it; otherwise the reply that says why not. */
async function ownJob(
  store: Store,
  requester: Requester,
  jobId: string,
  t: Translate,
): Promise<BatchJob | Reply> {
  const job = await store.batches.getJob(jobId);
  const info = (key: 'batch.error.notFound' | 'batch.error.notYours') =>
    asReply(replyBody({ title: t(key), private: true }), 'usage', jobId);
  if (!job) return info('batch.error.notFound');
  const { owner } = job;
  if (
    owner.platform !== requester.platform ||
    owner.teamId !== requester.teamId ||
    owner.userId !== requester.userId
  )
    return info('batch.error.notYours');
  return job;
}

/**
 * Confirm starts the job (estimated → running, then wake-ups on the queue); Cancel stops it at the
 * next row. Both are state transitions in the store, so a double click or a click on another
 * instance is answered with the job's state instead of doing anything twice.
 */
export async function handleBatchAction(
  deps: ActionDeps,
  requester: Requester,
  locale: Locale,
  actionId: string,
): Promise<Reply | undefined> {
  const action = parseBatchActionId(actionId);
  if (!action) return undefined;
  const t = createTranslator(locale);
  const { store } = deps;
  const job = await ownJob(store, requester, action.jobId, t);
  if (!('state' in job)) return job;
  const stateReply = async () => {
    const state = (await store.batches.getJob(job.id))?.state ?? job.state;
    return asReply(
      replyBody({ title: t('batch.error.state', { state: t(`batch.state.${state}`) }), private: true }),
      'info',
      job.id,
    );
  };
  if (action.action === 'confirm') {
    if (!(await store.batches.transition(job.id, ['estimated'], 'running'))) return stateReply();
    await deps.queue.enqueue(job.id, deps.workersPerJob);
    const counts = await store.batches.counts(job.id);
    return asReply(
      replyBody({
        title: t('batch.started.title', { command: job.command }),
        summary: t('batch.started.summary', { count: counts.total }),
        actions: [
          {
            type: 'button',
            id: batchActionId('cancel', job.id),
            label: t('batch.action.cancel'),
            style: 'danger',
          },
        ],
      }),
      'info',
      job.id,
    );
  }
  if (!(await store.batches.transition(job.id, ['estimated', 'running'], 'cancelled'))) return stateReply();
  const counts = await store.batches.counts(job.id);
  return asReply(
    replyBody({
      title: t('batch.cancelled.title', { command: job.command }),
      summary: t('batch.cancelled.summary', { done: counts.done + counts.failed, total: counts.total }),
    }),
    'info',
    job.id,
  );
}
