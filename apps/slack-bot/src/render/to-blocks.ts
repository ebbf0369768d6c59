import { footerLine, type Locale, type Reply, type ReplyChart } from '@altum-chat/chat';
import { slackText } from '../i18n/slack-messages.ts';
import { type Block, type BlockElement, mrkdwn, plain, type SlackMessage } from './block-types.ts';
import { clip, escapeMrkdwn, nonEmpty, SLACK_LIMITS } from './limits.ts';
import { actionElements, tableText } from './reply-parts.ts';
import { blockTextLength, totalTextLength } from './text-size.ts';

export interface RenderOptions {
  /** Public URL for a chart image; charts are left out when absent or when it returns undefined. */
  readonly chartUrl?: ((chart: ReplyChart, index: number) => string | undefined) | undefined;
  /** Slack-only controls appended after the Reply's actions (share, what-if, link key). */
  readonly extraElements?: readonly BlockElement[] | undefined;
  /** A context line shown above everything, e.g. "Shared by @user". */
  readonly preface?: string | undefined;
}

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, index * size + size),
  );

function contentBlocks(reply: Reply, locale: Locale, options: RenderOptions): Block[] {
  const blocks: Block[] = [];
  if (options.preface)
    blocks.push({ type: 'context', elements: [mrkdwn(clip(options.preface, SLACK_LIMITS.sectionText))] });
  blocks.push({ type: 'header', text: plain(clip(nonEmpty(reply.title), SLACK_LIMITS.headerText)) });
  const badge = reply.badge
    ? `*${reply.badge.current}*${reply.badge.potential ? ` → *${reply.badge.potential}*` : ''}`
    : '';
  const summary = [badge, reply.summary ? escapeMrkdwn(reply.summary) : ''].filter(Boolean).join('  ');
  if (summary) blocks.push({ type: 'section', text: mrkdwn(clip(summary, SLACK_LIMITS.sectionText)) });
  const fields = reply.fields.map((field) =>
    mrkdwn(clip(`*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`, SLACK_LIMITS.fieldText)),
  );
  for (const group of chunk(fields, SLACK_LIMITS.fieldsPerSection))
    blocks.push({ type: 'section', fields: group });
  for (const table of reply.tables) {
    blocks.push({ type: 'section', text: mrkdwn(tableText(table, SLACK_LIMITS.sectionText)) });
  }
  reply.charts.forEach((chart, index) => {
    const url = options.chartUrl?.(chart, index);
    if (!url) return;
    blocks.push({
      type: 'image',
      image_url: url,
      alt_text: clip(slackText(locale, 'chartAlt', { alt: chart.alt }), SLACK_LIMITS.imageAltText),
      title: plain(clip(nonEmpty(chart.title), SLACK_LIMITS.imageTitle)),
    });
  });
  for (const group of chunk(reply.warnings, SLACK_LIMITS.contextElements)) {
    blocks.push({
      type: 'context',
      elements: group.map((warning) => mrkdwn(clip(`⚠️ ${escapeMrkdwn(warning)}`, SLACK_LIMITS.sectionText))),
    });
  }
  return blocks;
}

function tailBlocks(reply: Reply, locale: Locale, options: RenderOptions): Block[] {
  const blocks: Block[] = [];
  const elements = [...actionElements(reply.actions), ...(options.extraElements ?? [])];
  for (const group of chunk(elements, SLACK_LIMITS.actionsElements))
    blocks.push({ type: 'actions', elements: group });
  const footer = footerLine(reply.footer, locale);
  if (footer)
    blocks.push({
      type: 'context',
      elements: [mrkdwn(clip(escapeMrkdwn(footer), SLACK_LIMITS.sectionText))],
    });
  return blocks;
}

/** Shrinks a section to fit `budget` characters, or returns undefined when too little room is left to be useful. */
function shrink(block: Block, budget: number): Block | undefined {
  if (block.type !== 'section' || !block.text || budget < 200) return undefined;
  return { ...block, text: mrkdwn(clip(block.text.text, budget)) };
}

/**
 * The notification/screen-reader text Slack shows where blocks can't be rendered. Slack parses it as
 * mrkdwn too, so it is escaped like the blocks: `<!channel>` from Altum must not ping anyone.
 */
export function fallbackText(reply: Reply): string {
  const lines = [
    reply.title,
    reply.summary,
    ...reply.fields.map((field) => `${field.label}: ${field.value}`),
  ];
  return clip(escapeMrkdwn(lines.filter(Boolean).join('\n')), SLACK_LIMITS.fallbackText);
}

/**
 * Renders a Reply as a Block Kit message within Slack's limits (50 blocks, 3,000 per section,
 * 10 fields of 2,000, ~12,000 characters in all), dropping what does not fit behind a visible "…".
 * https://docs.slack.dev/reference/block-kit/blocks
 */
export function toBlocks(reply: Reply, locale: Locale, options: RenderOptions = {}): SlackMessage {
  const tail = tailBlocks(reply, locale, options);
  const notice: Block = { type: 'context', elements: [mrkdwn(slackText(locale, 'truncated'))] };
  const maxContent = SLACK_LIMITS.blocksPerMessage - tail.length - 1;
  let budget = SLACK_LIMITS.totalText - totalTextLength(tail) - blockTextLength(notice);
  const kept: Block[] = [];
  let truncated = false;
  for (const block of contentBlocks(reply, locale, options)) {
    const size = blockTextLength(block);
    if (kept.length >= maxContent) {
      truncated = true;
      break;
    }
    if (size > budget) {
      const smaller = shrink(block, budget);
      if (smaller) kept.push(smaller);
      truncated = true;
      break;
    }
    kept.push(block);
    budget -= size;
  }
  return { text: fallbackText(reply), blocks: [...kept, ...(truncated ? [notice] : []), ...tail] };
}
