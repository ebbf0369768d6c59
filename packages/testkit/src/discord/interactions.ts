import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionGuildMember,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentInteraction,
  type APIModalSubmitInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  type GuildMemberFlags,
  InteractionContextType,
  InteractionType,
  type Locale,
  PermissionFlagsBits,
} from 'discord-api-types/v10';

/** Who sends the interaction and where; the defaults are a non-admin member of guild `100`. */
export interface InteractionContext {
  readonly applicationId?: string;
  readonly guildId?: string;
  readonly userId?: string;
  /** Member permissions; `'admin'` gives Manage Server, `'member'` only Send Messages. */
  readonly permissions?: 'admin' | 'member' | bigint;
  readonly locale?: `${Locale}`;
  /** Interaction id and token; unique per call when absent. */
  readonly id?: string;
  readonly token?: string;
}

export type OptionValues = Readonly<Record<string, string | number | boolean>>;

let counter = 0;

function permissionBits(value: InteractionContext['permissions']): string {
  if (value === 'admin') return String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages);
  if (value === undefined || value === 'member') return String(PermissionFlagsBits.SendMessages);
  return String(value);
}

function base<T extends InteractionType>(type: T, ctx: InteractionContext) {
  counter += 1;
  const user: APIUser = {
    id: ctx.userId ?? '200',
    username: 'tester',
    discriminator: '0',
    global_name: 'Tester',
    avatar: null,
  };
  const member: APIInteractionGuildMember = {
    user,
    roles: [],
    permissions: permissionBits(ctx.permissions),
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
  };
  return {
    id: ctx.id ?? `9${String(counter).padStart(17, '0')}`,
    application_id: ctx.applicationId ?? '300',
    type,
    token: ctx.token ?? `test-token-${counter}`,
    version: 1 as const,
    guild_id: ctx.guildId ?? '100',
    channel: { id: '400', type: ChannelType.GuildText as const },
    channel_id: '400',
    member,
    app_permissions: String(PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks),
    locale: (ctx.locale ?? 'en-US') as Locale,
    guild_locale: 'nl' as Locale,
    entitlements: [],
    authorizing_integration_owners: {},
    context: InteractionContextType.Guild,
    attachment_size_limit: 10_485_760,
  };
}

function toOption(name: string, value: string | number | boolean, focused: boolean) {
  const option: APIApplicationCommandInteractionDataBasicOption =
    typeof value === 'number'
      ? { name, type: ApplicationCommandOptionType.Integer, value }
      : typeof value === 'boolean'
        ? { name, type: ApplicationCommandOptionType.Boolean, value }
        : { name, type: ApplicationCommandOptionType.String, value, ...(focused ? { focused: true } : {}) };
  return option;
}

/** `subcommand` is one name (`value`) or a group and a subcommand (`settings budget-team`). */
function subcommandOptions(subcommand: string, options: OptionValues, focused?: string) {
  const inner = Object.entries(options).map(([name, value]) => toOption(name, value, name === focused));
  const [group, name] = subcommand.split(' ');
  const leaf = {
    name: name ?? subcommand,
    type: ApplicationCommandOptionType.Subcommand,
    options: inner,
  } as const;
  const wrapped: APIApplicationCommandInteractionDataOption[] =
    name === undefined
      ? [leaf]
      : [{ name: group ?? '', type: ApplicationCommandOptionType.SubcommandGroup, options: [leaf] }];
  return wrapped;
}

/** `/command subcommand option:value …` (or `/command group subcommand …`) as Discord delivers it (type 2, chat input). */
export function buildCommandInteraction(
  command: string,
  subcommand: string,
  options: OptionValues = {},
  ctx: InteractionContext = {},
): APIChatInputApplicationCommandInteraction {
  return {
    ...base(InteractionType.ApplicationCommand, ctx),
    data: {
      id: '500',
      name: command,
      type: ApplicationCommandType.ChatInput,
      options: subcommandOptions(subcommand, options),
    },
  };
}

/** The fields every message in an interaction payload has; the rest is what a test sets. */
export function messageDefaults() {
  return {
    channel_id: '400',
    embeds: [],
    components: [],
    attachments: [],
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    pinned: false,
  };
}

function author(id: string, username: string) {
  return { id, username, discriminator: '0', global_name: null, avatar: null };
}

/** A message context-menu command (type 2, data type 3) used on a message with this `content`. */
export function buildMessageCommandInteraction(
  command: string,
  content: string,
  ctx: InteractionContext = {},
): APIMessageApplicationCommandInteraction {
  const b = base(InteractionType.ApplicationCommand, ctx);
  const target = {
    ...messageDefaults(),
    id: '700',
    type: 0,
    content,
    author: author('201', 'someone'),
  } satisfies APIMessageApplicationCommandInteraction['data']['resolved']['messages'][string];
  return {
    ...b,
    data: {
      id: '501',
      name: command,
      type: ApplicationCommandType.Message,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
  };
}

/** An autocomplete request (type 4) while the user types into `focused`. */
export function buildAutocompleteInteraction(
  command: string,
  subcommand: string,
  focused: string,
  options: OptionValues,
  ctx: InteractionContext = {},
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...base(InteractionType.ApplicationCommandAutocomplete, ctx),
    data: {
      id: '500',
      name: command,
      type: ApplicationCommandType.ChatInput,
      options: subcommandOptions(subcommand, options, focused),
    },
  };
}

/** A button click (no `values`) or a string-select choice on one of the bot's messages (type 3). */
export function buildComponentInteraction(
  customId: string,
  values?: readonly string[],
  ctx: InteractionContext = {},
): APIMessageComponentInteraction {
  const b = base(InteractionType.MessageComponent, ctx);
  const message = {
    ...messageDefaults(),
    id: '600',
    type: 20,
    content: '',
    author: author(b.application_id, 'altum'),
  } satisfies Partial<APIMessageComponentInteraction['message']>;
  return {
    ...b,
    message,
    data: values
      ? { custom_id: customId, component_type: ComponentType.StringSelect, values: [...values] }
      : { custom_id: customId, component_type: ComponentType.Button },
  };
}

/** A submitted modal (type 5) with text inputs keyed by their custom ids. */
export function buildModalSubmitInteraction(
  customId: string,
  fields: Readonly<Record<string, string>>,
  ctx: InteractionContext = {},
): APIModalSubmitInteraction {
  return {
    ...base(InteractionType.ModalSubmit, ctx),
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([id, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: id, value }],
      })),
    },
  };
}

/** An uploaded file as Discord describes it in `resolved.attachments`. */
export interface TestAttachment {
  readonly id: string;
  readonly filename: string;
  readonly size: number;
  readonly url: string;
  readonly content_type?: string;
}

/**
 * A chat-input interaction with an attachment option (`file:`), as Discord sends it: the option's
 * value is the attachment id, the file itself is in `data.resolved.attachments`.
 */
export function withAttachment(
  interaction: APIChatInputApplicationCommandInteraction,
  option: string,
  attachment: TestAttachment,
): APIChatInputApplicationCommandInteraction {
  const [leaf, ...others] = interaction.data.options ?? [];
  const withFile =
    leaf && leaf.type === ApplicationCommandOptionType.Subcommand
      ? {
          ...leaf,
          options: [
            ...(leaf.options ?? []),
            { name: option, type: ApplicationCommandOptionType.Attachment as const, value: attachment.id },
          ],
        }
      : leaf;
  return {
    ...interaction,
    data: {
      ...interaction.data,
      options: [...(withFile ? [withFile] : []), ...others],
      resolved: {
        attachments: {
          [attachment.id]: { proxy_url: attachment.url, ...attachment },
        },
      },
    },
  };
}
