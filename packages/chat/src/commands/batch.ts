import { BATCH_COMMANDS } from '../batch/batch-commands.ts';
import type { Platform } from '../runner/types.ts';
import { dataCommands } from './data/index.ts';
import { type ArgumentSpec, defineCommand, replyBody } from './define-command.ts';

const byName = new Map(dataCommands.map((command) => [command.name, command]));
const argOf = (command: string, name: string): ArgumentSpec | undefined =>
  byName.get(command)?.args.find((arg) => arg.name === name);

/** The commands a batch runs, as one choice: the English word, the Dutch alias as its Dutch label. */
const COMMAND_ARG: ArgumentSpec = {
  name: 'command',
  kind: 'choice',
  required: true,
  aliases: ['commando'],
  description: { en: 'What to ask for every address in the file', nl: 'Wat per adres in het bestand' },
  choices: BATCH_COMMANDS.map(({ name }) => {
    const alias = byName.get(name)?.alias ?? name;
    return { value: name, label: { en: name, nl: alias }, aliases: [alias] };
  }),
};

const FILE_ARG: ArgumentSpec = {
  name: 'file',
  kind: 'attachment',
  aliases: ['bestand'],
  description: {
    en: 'CSV or XLSX with postcode + house number columns, or one address column',
    nl: 'CSV of XLSX met kolommen postcode + huisnummer, of één kolom adres',
  },
};

const SHEET_ARG: ArgumentSpec = {
  name: 'sheet',
  kind: 'string',
  aliases: ['blad', 'werkblad'],
  description: {
    en: 'XLSX sheet name or number (default the first)',
    nl: 'Werkblad, naam of nummer (standaard het eerste)',
  },
};

/** The per-address options of the batch commands that have any (advice's target, label's type). */
const COMMAND_OPTIONS = [argOf('advice', 'target'), argOf('label', 'type')].filter(
  (arg): arg is ArgumentSpec => arg !== undefined,
);

const WHERE_THE_FILE_GOES: Readonly<
  Record<Platform, 'batch.needsFile.slack' | 'batch.needsFile.discord' | 'batch.needsFile.playground'>
> = {
  slack: 'batch.needsFile.slack',
  discord: 'batch.needsFile.discord',
  playground: 'batch.needsFile.playground',
};

/**
 * `batch <command> <file>`: a CSV or XLSX of addresses as one durable job. The file itself never
 * passes through the runner: each app sees `plan.takesFile`, fetches the upload its own way (Slack
 * file share or form, Discord attachment, playground path) and hands bytes and the plan's
 * arguments to the batch service. `run` answers only when no file came with the command.
 */
export const batchCommand = defineCommand({
  name: 'batch',
  alias: 'bulk',
  summary: {
    en: 'A CSV/XLSX of addresses as one job: estimate, confirm, result files',
    nl: 'Een CSV/XLSX met adressen als één opdracht: schatting, bevestigen, resultaatbestanden',
  },
  args: [COMMAND_ARG, FILE_ARG, ...COMMAND_OPTIONS, SHEET_ARG],
  takesFile: true,
  private: true,
  examples: ['batch value portfolio.csv', 'batch advice portfolio.xlsx target=B'],
  operations: [],
  replyKind: 'info',
  async run(_args, ctx) {
    const { t } = ctx;
    return replyBody({
      title: t('batch.needsFile.title'),
      summary: t(WHERE_THE_FILE_GOES[ctx.requester.platform]),
      fields: [{ label: t('error.field.example'), value: `\`\`\`\n${t('batch.file.example')}\n\`\`\`` }],
      private: true,
    });
  },
});
