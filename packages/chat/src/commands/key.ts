import type { KeyMetadata } from '@altum-chat/store';
import { ChatError } from '../errors/chat-error.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ReplyField } from '../reply/reply.ts';
import {
  actionId,
  type CommandContext,
  defineCommand,
  type ReplyBody,
  replyBody,
  stringOption,
} from './define-command.ts';
import { formatCount, formatDateTime } from './local-format.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `key login|logout|status|team …`: link, remove or show API keys. Keys are only ever typed into a
 * private form the app opens (Slack/Discord modal, playground prompt) which calls `runner.linkKey`;
 * a key typed after the command is refused and never echoed, stored or logged.
 *
 * Adapters open that form for the action ids `key:login:user` and `key:login:team`.
 */
export const keyCommand = defineCommand({
  name: 'key',
  alias: 'sleutel',
  summary: {
    en: 'Link, remove or show (masked) API keys',
    nl: 'API-sleutels koppelen, verwijderen of (gemaskeerd) tonen',
  },
  args: [
    {
      name: 'action',
      kind: 'choice',
      description: { en: 'What to do (default status)', nl: 'Wat je wilt doen (standaard status)' },
      choices: [
        {
          value: 'login',
          label: { en: 'link my key', nl: 'mijn sleutel koppelen' },
          aliases: ['link', 'set', 'koppel', 'koppelen', 'inloggen', 'add'],
        },
        {
          value: 'logout',
          label: { en: 'remove my key', nl: 'mijn sleutel ontkoppelen' },
          aliases: ['unlink', 'remove', 'delete', 'ontkoppel', 'ontkoppelen', 'uitloggen', 'verwijder'],
        },
        {
          value: 'status',
          label: { en: 'show keys', nl: 'sleutels tonen' },
          aliases: ['show', 'toon', 'info'],
        },
        { value: 'team', label: { en: 'team key (admins)', nl: 'teamsleutel (beheerders)' } },
      ],
    },
    {
      name: 'more',
      kind: 'string',
      rest: true,
      secret: true,
      description: { en: 'For team: set, clear or status', nl: 'Voor team: set, clear of status' },
    },
  ],
  examples: ['key status', 'key login', 'key logout', 'key team set'],
  operations: [],
  replyKind: 'info',
  async run(args, ctx) {
    const action = stringOption(args, 'action') ?? 'status';
    const more = stringOption(args, 'more')?.trim() ?? '';
    if (action === 'team') return team(more, ctx);
    if (more !== '') throw refused();
    if (action === 'login') return login('user', ctx);
    if (action === 'logout') return logout(ctx);
    return status(ctx);
  },
  async action(ref, _value, ctx) {
    if (ref === 'login:team') return login('team', ctx);
    if (ref === 'login:user') return login('user', ctx);
    if (ref === 'logout') return logout(ctx);
    return status(ctx);
  },
});

function refused(): ChatError {
  return new ChatError({ kind: 'key_refused', message: 'error.keyRefused.what', command: 'key' });
}

const TEAM_WORDS: Readonly<Record<string, 'set' | 'clear' | 'status'>> = {
  set: 'set',
  login: 'set',
  link: 'set',
  koppel: 'set',
  koppelen: 'set',
  zet: 'set',
  clear: 'clear',
  remove: 'clear',
  logout: 'clear',
  unlink: 'clear',
  wis: 'clear',
  verwijder: 'clear',
  ontkoppel: 'clear',
  status: 'status',
  show: 'status',
  toon: 'status',
  '': 'status',
};

async function team(more: string, ctx: CommandContext): Promise<ReplyBody> {
  const [first = '', ...rest] = more.split(/\s+/);
  const word = TEAM_WORDS[first.toLowerCase()];
  // Anything after the sub-command, or an unknown word, may be a pasted key: refuse without echoing.
  if (word === undefined || rest.length > 0) throw refused();
  if (word === 'status') return status(ctx);
  if (!ctx.requester.isAdmin) throw new ChatError({ kind: 'not_admin', message: 'error.notAdmin.teamKey' });
  if (word === 'set') return login('team', ctx);
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
