import { type MeasureDefinition, measures } from '@altum-chat/core';
import { usageError } from '../errors/chat-error.ts';
import { suggest } from '../grammar/edit-distance.ts';
import { safeEcho } from '../grammar/safe-echo.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ReplyField, ReplyTable } from '../reply/reply.ts';
import type { CommandRegistry } from './create-registry.ts';
import { type AnyCommand, defineCommand, type ReplyBody, replyBody, stringOption } from './define-command.ts';
import { localExample, localName } from './examples.ts';
import { argumentName, subcommandRows, usageLine } from './usage-line.ts';

/**
 * `help` lists every command; `help <command>` explains one with its syntax, arguments and working
 * examples. Built from the registry, so a new command documents itself.
 */
export function createHelpCommand(registry: () => CommandRegistry): AnyCommand {
  return defineCommand({
    name: 'help',
    alias: 'hulp',
    summary: {
      en: 'List the commands, or explain one with examples',
      nl: 'Toon de commando’s, of leg er één uit met voorbeelden',
    },
    args: [
      {
        name: 'command',
        kind: 'string',
        description: {
          en: 'The command to explain, e.g. delta',
          nl: 'Het commando om uit te leggen, bv. watals',
        },
      },
    ],
    examples: ['help', 'help delta'],
    private: true,
    operations: [],
    replyKind: 'help',
    async run(args, ctx) {
      const topic = stringOption(args, 'command');
      const all = registry();
      if (topic === undefined) return overview(all, ctx.locale, ctx.t);
      const command = all.get(topic);
      if (!command) {
        throw usageError('help.unknownTopic', {
          command: 'help',
          params: { command: safeEcho(topic) },
          suggestions: suggest(topic, all.words),
        });
      }
      return explain(command, ctx.locale, ctx.t);
    },
  });
}

function overview(registry: CommandRegistry, locale: Locale, t: Translate): ReplyBody {
  const rows = registry.commands.map((c) => [`\`${localName(c, locale)}\``, c.summary[locale]]);
  return replyBody({
    title: t('help.title'),
    summary: t('help.summary'),
    tables: [{ columns: [t('help.column.command'), t('help.column.what')], rows }],
    fields: [{ label: t('help.field.more'), value: `\`${locale === 'nl' ? 'hulp watals' : 'help delta'}\`` }],
    private: true,
  });
}

function explain(command: AnyCommand, locale: Locale, t: Translate): ReplyBody {
  const fields: ReplyField[] = [
    { label: t('help.field.syntax'), value: `\`${usageLine(command, locale)}\`` },
  ];
  const other = locale === 'nl' ? command.name : command.alias;
  if (other !== localName(command, locale))
    fields.push({ label: t('help.field.alias'), value: `\`${other}\`` });
  const rows = command.args
    .filter((a) => !a.secret)
    .map((a) => [
      `\`${argumentName(a, locale)}\``,
      a.description[locale] + (a.required ? '' : ` (${t('help.optional')})`),
    ]);
  const tables: ReplyTable[] =
    rows.length > 0 ? [{ columns: [t('help.column.argument'), t('help.column.what')], rows }] : [];
  if (command.subcommands && command.subcommands.length > 0) {
    tables.push({
      columns: [t('help.column.command'), t('help.column.what')],
      rows: subcommandRows(command, locale, t('help.adminOnly')).map((row) => [...row]),
    });
  }
  if (command.args.some((a) => a.kind === 'measures')) {
    tables.push({
      title: t('help.measures.title'),
      columns: [t('help.column.measure'), t('help.column.levels')],
      rows: measures.map((m) => [
        locale === 'nl' ? `\`${typedWord(m.label.nl)}\`` : `\`${m.key}\` (${m.label.en})`,
        levels(m, locale, t),
      ]),
    });
  }
  fields.push({
    label: t('help.field.examples'),
    value: command.examples.map((e) => `\`${localExample(command, e, locale)}\``).join('\n'),
  });
  if (command.admin) fields.push({ label: t('help.field.admin'), value: t('help.adminOnly') });
  return replyBody({
    title: t('help.command.title', { command: localName(command, locale) }),
    summary: command.summary[locale],
    fields,
    tables,
    private: true,
  });
}

/** A label as people type it in a command: `zeer goed` → `zeer-goed`. */
const typedWord = (label: string) => label.toLowerCase().replace(/\s+/g, '-');

/** `1 none, 2 moderate, 3 good, 4 very_good` (Dutch: `1 geen, 2 matig, …`): what people can type, with the numbers. */
function levels(measure: MeasureDefinition, locale: Locale, t: Translate): string {
  if (measure.kind === 'count') return t('help.measures.count', { min: measure.min, max: measure.max });
  return measure.levels
    .map((l) => `${l.level} \`${locale === 'nl' ? typedWord(l.label.nl) : l.word}\``)
    .join(', ');
}
