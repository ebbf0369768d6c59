import { type CommandPlan, commandText, type Locale, type Reply } from '@altum-chat/chat';
import type { ChartPublisher } from '../charts/chart-publisher.ts';
import { slackText } from '../i18n/slack-messages.ts';
import { type BlockElement, plain, type SlackMessage } from '../render/block-types.ts';
import { SLACK_LIMITS } from '../render/limits.ts';
import { toBlocks } from '../render/to-blocks.ts';

export const SHARE_ACTION = 'slack.share';
export const WHAT_IF_ACTION = 'slack.whatif';

/** The command a result came from, as the runner's canonical text; carried in "Share" and "What if…". */
export interface Rerun {
  readonly text: string;
  /** The command takes measure levels, so "What if…" can offer them. */
  readonly whatIf: boolean;
}

/** What the result buttons need from a plan; undefined when there is nothing to re-run. */
export function rerunOf(plan: CommandPlan): Rerun | undefined {
  return plan.args ? { text: commandText(plan.args), whatIf: plan.takesMeasures } : undefined;
}

export interface RenderContext {
  readonly locale: Locale;
  readonly charts: ChartPublisher;
  /** Enables "Share" and "What if…" on a result. */
  readonly rerun?: Rerun | undefined;
  /** Whether the result is shown only to the requester, so sharing makes sense. */
  readonly ephemeral: boolean;
  readonly preface?: string | undefined;
}

/** A Reply as a Slack message: charts published, Slack-only buttons added, limits applied. */
export async function renderReply(reply: Reply, ctx: RenderContext): Promise<SlackMessage> {
  const extras: BlockElement[] = [];
  const text = ctx.rerun?.text;
  if (reply.kind === 'result' && text && text.length <= SLACK_LIMITS.buttonValue) {
    if (ctx.rerun?.whatIf) {
      extras.push({
        type: 'button',
        action_id: WHAT_IF_ACTION,
        text: plain(slackText(ctx.locale, 'whatIf')),
        value: text,
      });
    }
    if (ctx.ephemeral) {
      extras.push({
        type: 'button',
        action_id: SHARE_ACTION,
        text: plain(slackText(ctx.locale, 'share')),
        value: text,
      });
    }
  }
  const chartUrl = await ctx.charts.publish(reply.charts);
  return toBlocks(reply, ctx.locale, { chartUrl, extraElements: extras, preface: ctx.preface });
}
