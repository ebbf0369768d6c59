import { footerLine, type Reply, type ReplyKind, type ReplyTable } from '@altum-chat/chat';
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Locale } from '../locale.ts';
import { type ActionRow, toActionRows } from './components.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { clampText, DISCORD_LIMITS, ELLIPSIS, EmbedBudget } from './limits.ts';

/** A file sent with the message; embeds reference it as `attachment://<name>`. */
export interface DiscordFile {
  readonly name: string;
  readonly data: Uint8Array;
  /** Alt text, shown to screen readers. */
  readonly description: string;
  /** Default `image/png` (charts); a batch's result files say theirs. */
  readonly contentType?: string;
}

/** A platform-ready message both transports send through the one REST responder. */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly ActionRow[];
  readonly files: readonly DiscordFile[];
}

const colours: Record<ReplyKind, number> = {
  result: 0x1f6feb,
  info: 0x57606a,
  help: 0x57606a,
  picker: 0x57606a,
  usage: 0xbf8700,
  error: 0xd1242f,
};

const EMPTY = '\u200b';

/** Discord refuses a blank title, field name or value; a zero-width space stands in for it. */
const visible = (text: string): string => (text.trim() === '' ? EMPTY : text);

function fileName(name: string, index: number): string {
  const safe =
    name
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .slice(0, 60) || 'chart';
  return `${index}-${safe}.png`;
}

/**
 * A cell from Altum inside the code block: one line, and no backtick that could close the fence
 * (a run of three becomes U+02CB, which looks the same). Mentions cannot ping anyway: every message goes out with no allowed mentions.
 */
const codeCell = (text: string | undefined): string =>
  (text ?? '').replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/`{3,}/g, (run) => '\u02cb'.repeat(run.length));

/** Renders a table as a monospace block, dropping rows that do not fit and saying how many. */
function tableText(table: ReplyTable, max: number): string {
  const widths = table.columns.map((column, i) =>
    Math.min(24, Math.max(codeCell(column).length, ...table.rows.map((row) => codeCell(row[i]).length))),
  );
  const line = (cells: readonly string[]): string =>
    widths
      .map((width, i) => clampText(codeCell(cells[i]), width).padEnd(width))
      .join('  ')
      .trimEnd();
  const lines = [line(table.columns), widths.map((w) => '─'.repeat(w)).join('  ')];
  const fence = 8; // ```\n … \n```
  let used = lines.join('\n').length + fence;
  let shown = 0;
  for (const row of table.rows) {
    const next = line(row);
    const moreNote = `\n${ELLIPSIS} +${table.rows.length - shown}`.length;
    if (used + next.length + 1 + moreNote > max) break;
    lines.push(next);
    used += next.length + 1;
    shown += 1;
  }
  if (shown < table.rows.length) lines.push(`${ELLIPSIS} +${table.rows.length - shown}`);
  return clampText(`\`\`\`\n${lines.join('\n')}\n\`\`\``, max);
}

function mainDescription(reply: Reply, dropped: number): string {
  const parts: string[] = [];
  if (reply.badge) {
    parts.push(
      `🏷️ **${reply.badge.current}**${reply.badge.potential ? ` → **${reply.badge.potential}**` : ''}`,
    );
  }
  if (reply.summary) parts.push(escapeMarkdown(reply.summary));
  for (const warning of reply.warnings) parts.push(`⚠️ ${escapeMarkdown(warning)}`);
  if (dropped > 0) parts.push(`${ELLIPSIS} (+${dropped})`);
  return parts.join('\n\n');
}

/**
 * Renders a Reply as Discord embeds, components and attachments, within every message limit: a main
 * embed (title, badge, summary, warnings, fields, footer), one embed per table, one per chart image.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function toDiscordMessage(reply: Reply, locale: Locale): DiscordMessage {
  const budget = new EmbedBudget();
  const chartSlots = Math.min(reply.charts.length, DISCORD_LIMITS.embeds - 1);
  const tableSlots = Math.min(reply.tables.length, DISCORD_LIMITS.embeds - 1 - chartSlots);
  const charts = reply.charts.slice(0, chartSlots);
  const tables = reply.tables.slice(0, tableSlots);
  const droppedParts = reply.charts.length - chartSlots + (reply.tables.length - tableSlots);

  const title = budget.take(visible(escapeMarkdown(reply.title)), DISCORD_LIMITS.title);
  const footer = budget.take(footerLine(reply.footer, locale), DISCORD_LIMITS.footer);
  // Chart titles are short; keep room for them so images never lose their caption to a long summary.
  const chartTitles = charts.map((chart) =>
    clampText(visible(escapeMarkdown(chart.title)), DISCORD_LIMITS.title),
  );
  budget.reserve(chartTitles.reduce((sum, t) => sum + t.length, 0));
  const description = budget.take(mainDescription(reply, droppedParts), DISCORD_LIMITS.description);

  const fields: APIEmbedField[] = [];
  // Room for the "… +N" marker, so a cut list always says that it was cut.
  const markerRoom = budget.reserve(reply.fields.length > 0 ? 8 : 0);
  const cap = Math.min(reply.fields.length, DISCORD_LIMITS.fields);
  for (let i = 0; i < cap; i += 1) {
    const field = reply.fields[i]!;
    const lastSlot =
      fields.length === DISCORD_LIMITS.fields - 1 && reply.fields.length > DISCORD_LIMITS.fields;
    const name = clampText(visible(escapeMarkdown(field.label)), DISCORD_LIMITS.fieldName);
    if (lastSlot || !budget.fits(name.length + Math.min(field.value.length, 16))) break;
    fields.push({
      name: budget.take(name, DISCORD_LIMITS.fieldName),
      value: budget.take(visible(escapeMarkdown(field.value)), DISCORD_LIMITS.fieldValue) || ELLIPSIS,
      ...(field.inline ? { inline: true } : {}),
    });
  }
  budget.release(markerRoom);
  if (fields.length < reply.fields.length && budget.fits(2)) {
    fields.push({
      name: budget.take(ELLIPSIS, 1),
      value: budget.take(`+${reply.fields.length - fields.length}`, 8),
    });
  }

  const main: APIEmbed = {
    title,
    color: colours[reply.kind],
    ...(description ? { description } : {}),
    ...(fields.length > 0 ? { fields } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
  };
  const embeds: APIEmbed[] = [main];

  for (const table of tables) {
    if (!budget.fits(20)) break;
    const titleText = escapeMarkdown(table.title ?? '');
    const tableTitle = titleText.trim() ? budget.take(titleText, DISCORD_LIMITS.title) : undefined;
    const text = tableText(table, Math.min(DISCORD_LIMITS.description, budget.remaining));
    budget.reserve(text.length);
    embeds.push({
      color: colours[reply.kind],
      description: text,
      ...(tableTitle ? { title: tableTitle } : {}),
    });
  }

  const files: DiscordFile[] = charts.map((chart, i) => ({
    name: fileName(chart.name, i),
    data: chart.png,
    description: clampText(chart.alt, DISCORD_LIMITS.attachmentDescription),
  }));
  charts.forEach((_, i) => {
    embeds.push({
      color: colours[reply.kind],
      title: chartTitles[i] || EMPTY,
      image: { url: `attachment://${files[i]!.name}` },
    });
  });

  const { rows } = toActionRows(reply.actions);
  return { embeds, components: rows, files };
}

/** The total the 6,000 limit counts, for tests and logs. */
export function embedCharacters(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (sum, embed) =>
      sum +
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0) +
      (embed.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0),
    0,
  );
}
