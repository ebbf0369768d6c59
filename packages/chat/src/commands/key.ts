import type { KeyMetadata } from '@altum-chat/store';
import type { Translate } from '../i18n/translate.ts';
import type { ReplyField } from '../reply/reply.ts';
import {
  actionId,
  type CommandContext,
  defineCommand,
  type ReplyBody,
  replyBody,
  type SubcommandDefinition,
} from './define-command.ts';
import { formatCount, formatDateTime } from './local-format.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `key team set` (admins): the team key, typed into the private form like a personal one. */
const teamSet: SubcommandDefinition = {
  name: 'set',
  alias: 'zet',
  aliases: ['login', 'link', 'koppel', 'koppelen'],
  summary: { en: 'Link the team key in a private form', nl: 'De teamsleutel koppelen in een privéformulier' },
  admin: true,
  adminRefusal: 'error.notAdmin.teamKey',
  opens: { form: 'api-key', scope: 'team' },
  run: async (_args, ctx) => login('team', ctx),
};

/**
 * `key login|logout|status|team …`: link, remove or show API keys. Keys are only ever typed into a
 * private form the app opens (Slack/Discord modal, playground prompt) which calls `runner.linkKey`;
 * a key typed after the command is refused and never echoed, stored or logged. `key login` and
 * `key team set` declare that form (`opens`); so do the buttons `key:login:user` / `key:login:team`.
 */
export const keyCommand = defineCommand({
  name: 'key',
  alias: 'sleutel',
  summary: {
    en: 'Link, remove or show (masked) API keys',
    nl: 'API-sleutels koppelen, verwijderen of (gemaskeerd) tonen',
  },
  args: [],
  private: true,
  extraTextIsSecret: true,
  default: 'status',
  subcommands: [
    {
      name: 'status',
      alias: 'status',
      aliases: ['show', 'toon', 'info', 'show keys', 'sleutels tonen'],
      summary: { en: 'Show your keys (masked)', nl: 'Je sleutels (gemaskeerd) tonen' },
      run: (_args, ctx) => status(ctx),
    },
    {
      name: 'login',
      alias: 'koppel',
      aliases: ['link', 'set', 'koppelen', 'inloggen', 'add', 'link my key', 'mijn sleutel koppelen'],
      summary: {
        en: 'Link your own key in a private form',
        nl: 'Je eigen sleutel koppelen in een privéformulier',
      },
      default: 'user',
      subcommands: [
        {
          name: 'user',
          alias: 'gebruiker',
          aliases: ['me', 'mij'],
          summary: {
            en: 'Link your own key in a private form',
            nl: 'Je eigen sleutel koppelen in een privéformulier',
          },
          opens: { form: 'api-key', scope: 'user' },
          run: async (_args, ctx) => login('user', ctx),
        },
        { ...teamSet, name: 'team', alias: 'team', aliases: [], hidden: true },
      ],
    },
    {
      name: 'logout',
      alias: 'ontkoppel',
      aliases: [
        'unlink',
        'remove',
        'delete',
        'ontkoppelen',
        'uitloggen',
        'verwijder',
        'remove my key',
        'mijn sleutel ontkoppelen',
      ],
      summary: { en: 'Remove your own key', nl: 'Je eigen sleutel verwijderen' },
      run: (_args, ctx) => logout(ctx),
    },
    {
      name: 'team',
      alias: 'team',
      summary: { en: 'The team key', nl: 'De teamsleutel' },
      default: 'status',
      subcommands: [
        {
          name: 'status',
          alias: 'status',
          aliases: ['show', 'toon'],
          summary: { en: 'Show the team key (masked)', nl: 'De teamsleutel (gemaskeerd) tonen' },
          run: (_args, ctx) => status(ctx),
        },
        teamSet,
        {
          name: 'clear',
          alias: 'wis',
          aliases: ['remove', 'logout', 'unlink', 'verwijder', 'ontkoppel'],
          summary: { en: 'Remove the team key', nl: 'De teamsleutel verwijderen' },
          admin: true,
          adminRefusal: 'error.notAdmin.teamKey',
          run: (_args, ctx) => clearTeam(ctx),
        },
      ],
    },
  ],
  examples: ['key status', 'key login', 'key logout', 'key team set'],
  operations: [],
  replyKind: 'info',
  actionForms: {
    'login:user': { form: 'api-key', scope: 'user' },
    'login:team': { form: 'api-key', scope: 'team' },
  },
  async action(ref, _value, ctx) {
    if (ref === 'login:team') return login('team', ctx);
    if (ref === 'login:user') return login('user', ctx);
    if (ref === 'logout') return logout(ctx);
    return status(ctx);
  },
});

async function clearTeam(ctx: CommandContext): Promise<ReplyBody> {
  const removed = await ctx.store.keys.deleteTeamKey(ctx.requester);
  return replyBody({
    title: ctx.t('key.team.cleared.title'),
    summary: ctx.t(removed ? 'key.team.cleared' : 'key.team.none'),
    private: true,
  });
}

function login(scope: 'user' | 'team', ctx: CommandContext): ReplyBody {
  const { t } = ctx;
  const how =
    ctx.requester.platform === 'playground'
      ? 'key.login.playground'
      : ctx.requester.platform === 'discord'
        ? 'key.login.discord'
        : 'key.login.slack';
  return replyBody({
    title: t(scope === 'user' ? 'key.login.title' : 'key.login.teamTitle'),
    summary: t(how),
    warnings: [t('key.login.never')],
    actions:
      ctx.requester.platform === 'playground'
        ? []
        : [
            {
              type: 'button',
              id: actionId(keyCommand, `login:${scope}`),
              label: t('key.login.button'),
              style: 'primary',
            },
          ],
    private: true,
  });
}

async function logout(ctx: CommandContext): Promise<ReplyBody> {
  const removed = await ctx.store.keys.deleteUserKey(ctx.requester);
  return replyBody({
    title: ctx.t('key.logout.title'),
    summary: ctx.t(removed ? 'key.logout.done' : 'key.logout.none'),
    private: true,
  });
}

async function status(ctx: CommandContext): Promise<ReplyBody> {
  const { t, locale, requester } = ctx;
  const [user, teamKey, usage] = await Promise.all([
    ctx.store.keys.getUserKeyMetadata(requester),
    ctx.store.keys.getTeamKeyMetadata(requester),
    ctx.store.usage.summarizeUsage({ ...requester, since: new Date(ctx.now().getTime() - DAY_MS) }),
  ]);
  const describe = (meta: KeyMetadata | undefined, t_: Translate) =>
    meta
      ? t_('key.status.linked', { masked: meta.masked, at: formatDateTime(meta.linkedAt, locale) })
      : t_('key.status.notLinked');
  const fields: ReplyField[] = [
    { label: t('key.field.user'), value: describe(user, t), inline: true },
    { label: t('key.field.team'), value: describe(teamKey, t), inline: true },
    {
      label: t('key.field.deployment'),
      value: ctx.deploymentKey
        ? t('key.status.configured', { masked: ctx.deploymentKey.masked })
        : t('key.status.notConfigured'),
      inline: true,
    },
  ];
  const inUse = user ? 'user' : teamKey ? 'team' : ctx.deploymentKey ? 'deployment' : undefined;
  if (inUse) fields.push({ label: t('key.field.inUse'), value: t(`key.scope.${inUse}`) });
  fields.push({
    label: t('key.field.last24h'),
    value: t('key.status.usage', {
      calls: formatCount(usage.total.calls, locale),
      credits: formatCount(usage.total.credits, locale),
    }),
  });
  return replyBody({
    title: t('key.status.title'),
    summary: t(inUse ? 'key.status.summary' : 'key.status.none'),
    fields,
    private: true,
  });
}
