import type { Locale } from '../i18n/locale.ts';
import { footerParts } from './footer-parts.ts';
import type { Reply, ReplyTable } from './reply.ts';

export interface PlainTextOptions {
  /** Language of the few words the renderer adds itself (the demo marker). */
  readonly locale?: Locale;
  /** Where each chart was saved, by chart name; the text shows the path instead of the image. */
  readonly chartPaths?: Readonly<Record<string, string>>;
  /** Show `[n]` beside each menu option, numbered as `menuChoices` numbers them (the playground). */
  readonly numberChoices?: boolean;
}

/** One option of a menu in a reply, as the input that choosing it sends. */
export interface MenuChoice {
  readonly actionId: string;
  readonly value: string;
}

/** Every option of every menu (select) in the reply, in reading order; `[n]` in the text is index n-1. */
export function menuChoices(reply: Reply): MenuChoice[] {
  return reply.actions.flatMap((action) =>
    action.type === 'select' ? action.options.map((o) => ({ actionId: action.id, value: o.value })) : [],
  );
}

/**
 * Control characters (ESC sequences can clear a terminal, retitle it or forge a prompt) and bidi
 * overrides, from Altum's text or a user's, are shown as U+FFFD; newlines and tabs stay. This is the
 * terminal's one place of escaping, as the renderers' escapers are Slack's and Discord's.
 */
const terminalSafe = (text: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');

/**
 * Renders a Reply as plain text for the terminal playground and for logs: title, badge, summary,
 * aligned fields, tables with padded columns, warnings, charts (by their alt text or saved path),
 * actions and the footer. Never includes a key: the Reply model only carries masked scopes.
 */
export function toPlainText(reply: Reply, options: PlainTextOptions = {}): string {
  const locale = options.locale ?? 'en';
  const lines: string[] = [];
  const badge = reply.badge
    ? reply.badge.potential && reply.badge.potential !== reply.badge.current
      ? ` [${reply.badge.current} → ${reply.badge.potential}]`
      : ` [${reply.badge.current}]`
    : '';
  lines.push(`${reply.title}${badge}`);
  lines.push('='.repeat(Math.min(72, lines[0]?.length ?? 0)));
  if (reply.summary) lines.push(reply.summary);
  if (reply.fields.length > 0) {
    lines.push('');
    const width = Math.min(32, Math.max(...reply.fields.map((f) => f.label.length)));
    for (const field of reply.fields) {
      const label = `${field.label}:`;
      const gap = ' '.repeat(Math.max(1, width + 2 - label.length));
      // Continuation lines of a multi-line value line up under its first line.
      const value = field.value.split('\n').join(`\n  ${' '.repeat(label.length + gap.length)}`);
      lines.push(`  ${label}${gap}${value}`);
    }
  }
  for (const table of reply.tables) lines.push('', ...renderTable(table));
  if (reply.warnings.length > 0) {
    lines.push('');
    for (const warning of reply.warnings) lines.push(`! ${warning}`);
  }
  for (const chart of reply.charts) {
    const path = options.chartPaths?.[chart.name];
    lines.push('', `[${chart.title}] ${path ?? chart.alt}`);
  }
  let choice = 0;
  for (const action of reply.actions) {
    if (action.type === 'button') lines.push(`> ${action.label}`);
    else {
      const labels = action.options.map((o) => {
        const label = o.value === action.selected ? `*${o.label}*` : o.label;
        choice += 1;
        return options.numberChoices ? `[${choice}] ${label}` : label;
      });
      // A picker's options are whole addresses: one a line reads better than one long line.
      if (reply.kind === 'picker') lines.push(`> ${action.placeholder}:`, ...labels.map((l) => `  ${l}`));
      else lines.push(`> ${action.placeholder}: ${labels.join(' | ')}`);
    }
  }
  const footer = footerText(reply, locale);
  if (footer) lines.push('', footer);
  return terminalSafe(lines.join('\n'));
}

function renderTable(table: ReplyTable): string[] {
  const widths = table.columns.map((column, i) =>
    Math.max(column.length, ...table.rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
  const out = table.title ? [table.title] : [];
  out.push(line(table.columns), `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of table.rows) out.push(line(row));
  return out;
}

function footerText(reply: Reply, locale: Locale): string {
  // The terminal has no styling: the demo marker is shouted so nobody mistakes the data for real.
  const parts = footerParts(reply.footer, locale).map((part) =>
    part.kind === 'demo' ? part.text.toUpperCase() : part.text,
  );
  return parts.length > 0 ? `-- ${parts.join(' · ')}` : '';
}
