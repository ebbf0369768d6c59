import type { Localized } from '@altum-chat/core';
import type { BudgetStatus, Settings } from '@altum-chat/store';
import { type ChatError, usageError } from '../errors/chat-error.ts';
import type { Locale } from '../i18n/locale.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';
import {
  type CommandContext,
  defineCommand,
  type ParsedArgs,
  type ReplyBody,
  replyBody,
  type SubcommandDefinition,
  stringOption,
} from './define-command.ts';
import { formatCount } from './local-format.ts';

const MAX_CAP = 10_000_000;
const OFF_WORDS = new Set(['off', 'none', 'uit', 'geen', 'unlimited', 'onbeperkt', 'clear', '-']);
const LANGUAGES: Readonly<Record<string, Locale | null>> = {
  nl: 'nl',
  dutch: 'nl',
  nederlands: 'nl',
  en: 'en',
  english: 'en',
  engels: 'en',
  default: null,
  standaard: null,
  reset: null,
};
const VISIBILITY: Readonly<Record<string, 'ephemeral' | 'public' | null>> = {
  private: 'ephemeral',
  ephemeral: 'ephemeral',
  prive: 'ephemeral',
  privé: 'ephemeral',
  me: 'ephemeral',
  public: 'public',
  openbaar: 'public',
  channel: 'public',
  kanaal: 'public',
  default: null,
  standaard: null,
  reset: null,
};

const languageArg = {
  name: 'language',
  kind: 'string',
  aliases: ['value', 'taal'],
  description: { en: 'nl or en (default: automatic)', nl: 'nl of en (standaard: automatisch)' },
} as const;
const visibilityArg = {
  name: 'visibility',
  kind: 'string',
  aliases: ['value', 'zichtbaarheid'],
  description: { en: 'private or public (or default)', nl: 'privé of openbaar (of standaard)' },
} as const;
const creditsArg = {
  name: 'credits',
  kind: 'string',
  aliases: ['amount', 'bedrag'],
  description: { en: 'Budget in credits, or off', nl: 'Budget in credits, of uit' },
} as const;

/**
 * `settings`, `settings language nl|en`, `settings visibility private|public`, for admins the team
 * defaults `settings language|visibility team <value>`, and `settings budget user|team <credits|off>`.
 */
export const settingsCommand = defineCommand({
  name: 'settings',
  alias: 'instellingen',
  summary: {
    en: 'Language, reply visibility and (admins) credit budgets',
    nl: 'Taal, zichtbaarheid van antwoorden en (beheerders) creditbudgetten',
  },
  args: [],
  private: true,
  default: 'show',
  subcommands: [
    {
      name: 'show',
      alias: 'toon',
      aliases: ['overview', 'overzicht', 'status'],
      summary: { en: 'Show all your settings', nl: 'Al je instellingen tonen' },
      run: (_args, ctx) => overview(ctx),
    },
    preference(
      { name: 'language', alias: 'taal', aliases: ['lang'] },
      { en: 'The language replies use', nl: 'De taal van de antwoorden' },
      { en: 'Your own language', nl: 'Je eigen taal' },
      { en: 'The team’s default language', nl: 'De standaardtaal van het team' },
      languageArg,
      setLanguage,
    ),
    preference(
      { name: 'visibility', alias: 'zichtbaarheid', aliases: ['replies', 'antwoorden', 'reply visibility'] },
      { en: 'Who sees replies', nl: 'Wie de antwoorden ziet' },
      { en: 'Your own reply visibility', nl: 'Je eigen zichtbaarheid' },
      { en: 'The team’s default visibility', nl: 'De standaardzichtbaarheid van het team' },
      visibilityArg,
      setVisibility,
    ),
    {
      name: 'budget',
      alias: 'budget',
      aliases: ['credit budget', 'creditbudget'],
      summary: { en: 'Credit budgets', nl: 'Creditbudgetten' },
      default: 'show',
      subcommands: [
        {
          name: 'show',
          alias: 'toon',
          aliases: ['status'],
          summary: { en: 'Show the budgets and what is spent', nl: 'De budgetten en wat er besteed is' },
          run: (_args, ctx) => showBudget(ctx),
        },
        {
          name: 'user',
          alias: 'gebruiker',
          aliases: ['users', 'daily', 'dag'],
          summary: { en: 'Daily credits per user', nl: 'Credits per gebruiker per dag' },
          args: [creditsArg],
          admin: true,
          adminRefusal: 'error.notAdmin.budget',
          run: (args, ctx) => setBudget('user', stringOption(args, 'credits'), ctx),
        },
        {
          name: 'team',
          alias: 'team',
          aliases: ['month', 'maand', 'monthly'],
          summary: { en: 'Monthly credits for the team', nl: 'Credits per maand voor het team' },
          args: [creditsArg],
          admin: true,
          adminRefusal: 'error.notAdmin.budget',
          run: (args, ctx) => setBudget('team', stringOption(args, 'credits'), ctx),
        },
      ],
    },
  ],
  examples: [
    'settings',
    'settings language en',
    'settings visibility private',
    'settings visibility team public',
    'settings budget user 50',
    'settings budget team off',
  ],
  operations: [],
  replyKind: 'info',
});

const lower = (args: ParsedArgs, name: string) => stringOption(args, name)?.toLowerCase();

/**
 * `settings language|visibility <value>` for yourself and `… team <value>` (admins) for the team's
 * default: one group per preference, the value read by the same argument in both.
 */
function preference(
  words: Pick<SubcommandDefinition, 'name' | 'alias' | 'aliases'>,
  summary: Localized,
  own: Localized,
  team: Localized,
  arg: typeof languageArg | typeof visibilityArg,
  setOwn: (value: string | undefined, ctx: CommandContext) => Promise<ReplyBody>,
): SubcommandDefinition {
  const setting = arg.name;
  return {
    ...words,
    summary,
    default: 'set',
    subcommands: [
      {
        name: 'set',
        alias: 'zet',
        summary: own,
        args: [arg],
        run: (args, ctx) => setOwn(lower(args, setting), ctx),
      },
      {
        name: 'team',
        alias: 'team',
        summary: team,
        args: [arg],
        admin: true,
        adminRefusal: 'error.notAdmin.teamSetting',
        run: (args, ctx) => teamSetting(setting, lower(args, setting), ctx),
      },
    ],
  };
}

async function setLanguage(value: string | undefined, ctx: CommandContext): Promise<ReplyBody> {
  const language = value === undefined ? undefined : LANGUAGES[value];
  if (language === undefined) throw choiceError('language', 'nl, en');
  await ctx.store.settings.setUserSettings(ctx.requester, { language });
  // Confirm in the language just chosen, so the user sees it worked.
  const t = createTranslator(language ?? ctx.locale);
  return replyBody({
    title: t('settings.saved'),
    summary: t(language ? 'settings.language.set' : 'settings.language.reset'),
    private: true,
  });
}

async function setVisibility(value: string | undefined, ctx: CommandContext): Promise<ReplyBody> {
  const visibility = value === undefined ? undefined : VISIBILITY[value];
  if (visibility === undefined) throw choiceError('visibility', 'private, public');
  await ctx.store.settings.setUserSettings(ctx.requester, { visibility });
  const key =
    visibility === null
      ? 'settings.visibility.reset'
      : visibility === 'public'
        ? 'settings.visibility.public'
        : 'settings.visibility.private';
  return replyBody({ title: ctx.t('settings.saved'), summary: ctx.t(key), private: true });
}

/**
 * `settings language team nl` / `settings visibility team public` (admins; the runner checks): the
 * team's default, which applies to everyone who has not chosen for themselves.
 */
async function teamSetting(
  setting: 'language' | 'visibility',
  word: string | undefined,
  ctx: CommandContext,
): Promise<ReplyBody> {
  const team = { platform: ctx.requester.platform, teamId: ctx.requester.teamId };
  if (setting === 'language') {
    const language = word === undefined ? undefined : LANGUAGES[word];
    if (language === undefined) throw choiceError('language', 'nl, en');
    await ctx.store.settings.setTeamSettings(team, { language });
    return replyBody({
      title: ctx.t('settings.saved'),
      summary: ctx.t(language === null ? 'settings.team.languageReset' : 'settings.team.language', {
        // The language by its name in the reply language ("Engels"), never its code.
        language: language ? ctx.t(`settings.language.${language}`) : '',
      }),
      private: true,
    });
  }
  const visibility = word === undefined ? undefined : VISIBILITY[word];
  if (visibility === undefined) throw choiceError('visibility', 'private, public');
  await ctx.store.settings.setTeamSettings(team, { visibility });
  const key =
    visibility === null
      ? 'settings.team.visibilityReset'
      : visibility === 'public'
        ? 'settings.team.public'
        : 'settings.team.private';
  return replyBody({ title: ctx.t('settings.saved'), summary: ctx.t(key), private: true });
}

const EXAMPLES: Readonly<Record<string, string>> = {
  language: 'settings language en',
  visibility: 'settings visibility private',
  budget: 'settings budget user 50',
};

function choiceError(name: string, choices: string): ChatError {
  return usageError('settings.badValue', {
    command: 'settings',
    params: { name, choices },
    ...(EXAMPLES[name] ? { example: EXAMPLES[name] } : {}),
  });
}

async function overview(ctx: CommandContext): Promise<ReplyBody> {
  const { t, requester } = ctx;
  const [user, team, status] = await Promise.all([
    ctx.store.settings.getUserSettings(requester),
    ctx.store.settings.getTeamSettings(requester),
    ctx.store.budgets.getBudgetStatus(requester, ctx.now()),
  ]);
  return replyBody({
    title: t('settings.title'),
    fields: [
      { label: t('settings.field.language'), value: describeLanguage(user, team, ctx), inline: true },
      { label: t('settings.field.visibility'), value: describeVisibility(user, team, t), inline: true },
      ...budgetFields(status, t, ctx.locale),
    ],
    private: true,
  });
}

function describeLanguage(user: Settings, team: Settings, ctx: CommandContext): string {
  const name = ctx.t(`settings.language.${ctx.locale}`);
  if (user.language) return name;
  return ctx.t(team.language ? 'settings.fromTeam' : 'settings.automatic', { value: name });
}

function describeVisibility(user: Settings, team: Settings, t: Translate): string {
  const visibility = user.visibility ?? team.visibility;
  return visibility === undefined
    ? t('settings.visibility.default')
    : t(`settings.visibility.${visibility}Value`);
}

function budgetFields(status: BudgetStatus, t: Translate, locale: Locale) {
  const cap = (value: number | null) =>
    value === null ? t('settings.budget.unlimited') : formatCount(value, locale);
  return [
    {
      label: t('settings.field.userBudget'),
      value: t('settings.budget.spent', {
        spent: formatCount(status.userSpentToday, locale),
        cap: cap(status.userDailyCap),
      }),
      inline: true,
    },
    {
      label: t('settings.field.teamBudget'),
      value: t('settings.budget.spent', {
        spent: formatCount(status.teamSpentThisMonth, locale),
        cap: cap(status.settings.teamMonthlyCredits),
      }),
      inline: true,
    },
  ];
}

async function showBudget(ctx: CommandContext): Promise<ReplyBody> {
  const status = await ctx.store.budgets.getBudgetStatus(ctx.requester, ctx.now());
  return replyBody({
    title: ctx.t('settings.budget.title'),
    fields: budgetFields(status, ctx.t, ctx.locale),
    private: true,
  });
}

/** `settings budget user|team <credits|off>` (admins; the runner checks before this runs). */
async function setBudget(
  which: 'user' | 'team',
  amount: string | undefined,
  ctx: CommandContext,
): Promise<ReplyBody> {
  const { t, requester } = ctx;
  const credits = readCap(amount);
  const settings = await ctx.store.budgets.setBudget(
    requester,
    which === 'user' ? { userDailyCredits: credits } : { teamMonthlyCredits: credits },
  );
  const value = which === 'user' ? settings.userDailyCredits : settings.teamMonthlyCredits;
  const summary =
    value === null
      ? t(which === 'user' ? 'settings.budget.userOff' : 'settings.budget.teamOff')
      : t(which === 'user' ? 'settings.budget.userSet' : 'settings.budget.teamSet', {
          credits: formatCount(value, ctx.locale),
        });
  return replyBody({ title: t('settings.saved'), summary, private: true });
}

function readCap(amount: string | undefined): number | null {
  const text = amount?.trim().toLowerCase();
  if (text === undefined || text === '')
    throw usageError('settings.budget.missing', { command: 'settings', example: 'settings budget user 50' });
  if (OFF_WORDS.has(text)) return null;
  const value = /^\d{1,8}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value > MAX_CAP) {
    throw usageError('usage.integer', {
      command: 'settings',
      params: { name: 'credits', value: '…', min: 0, max: MAX_CAP },
      example: 'settings budget user 50',
    });
  }
  return value;
}
