import {
  type AnyCommand,
  type ArgumentSpec,
  optionName,
  routeArgs,
  routeFlags,
  routesOf,
} from '@altum-chat/chat';
import type { Localized } from '@altum-chat/core';
import { measures as measureVocabulary } from '@altum-chat/core';
import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandGroupOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type LocalizationMap,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { ADDRESS_OPTIONS, clampDescription, describe, toOptionName } from './option-names.ts';

/** The top-level command everyone sees, and the one for commands marked `admin`. */
export const COMMAND_NAME = 'altum';
export const ADMIN_COMMAND_NAME = 'altum-admin';

/** Right-click a message → Apps → "Look up address" (Dutch clients: "Adres opzoeken"). */
export const LOOKUP_COMMAND = { name: 'Look up address', nl: 'Adres opzoeken' } as const;

const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;

/** Adds `nl` name localisations where they are valid and unique within the list. */
function localiseNames<T extends { name: string; name_localizations?: LocalizationMap | null }>(
  items: T[],
  nlName: (item: T) => string | undefined,
): T[] {
  const taken = new Set(items.map((item) => item.name));
  return items.map((item) => {
    const candidate = nlName(item);
    const nl = candidate === undefined ? undefined : toOptionName(candidate);
    if (!nl || (nl !== item.name && taken.has(nl))) return item;
    taken.add(nl);
    return { ...item, name_localizations: { nl } };
  });
}

function measureOptions(): APIApplicationCommandBasicOption[] {
  return measureVocabulary.map((measure) => {
    const base = {
      name: measure.key,
      type: ApplicationCommandOptionType.Integer as const,
      ...describe({ en: `Target ${measure.label.en}`, nl: `Doel ${measure.label.nl}` }),
      required: false,
    };
    const levels = measure.levels.filter((level) => level.level >= measure.min && level.level <= measure.max);
    if (measure.kind === 'level' && levels.length > 0 && levels.length <= MAX_CHOICES) {
      return {
        ...base,
        choices: levels.map((level) => ({
          name: clampDescription(level.label.en),
          name_localizations: { nl: clampDescription(level.label.nl) },
          value: level.level,
        })),
      };
    }
    return { ...base, min_value: measure.min, max_value: measure.max };
  });
}

function argumentOptions(spec: ArgumentSpec): APIApplicationCommandBasicOption[] {
  const required = spec.required ?? false;
  switch (spec.kind) {
    case 'address':
      // Either the one address option or postcode + number will do, so Discord can require neither;
      // the runner says what is missing.
      return [
        {
          name: spec.name,
          type: ApplicationCommandOptionType.String,
          ...describe(ADDRESS_OPTIONS.address.description),
          required: false,
          autocomplete: true,
          max_length: 200,
        },
        {
          name: 'postcode',
          type: ApplicationCommandOptionType.String,
          ...describe(ADDRESS_OPTIONS.postcode.description),
          required: false,
          autocomplete: true,
          min_length: 4,
          max_length: 7,
        },
        {
          name: 'number',
          type: ApplicationCommandOptionType.Integer,
          ...describe(ADDRESS_OPTIONS.number.description),
          required: false,
          min_value: 1,
          max_value: 99_999,
        },
        {
          name: 'addition',
          type: ApplicationCommandOptionType.String,
          ...describe(ADDRESS_OPTIONS.addition.description),
          required: false,
          max_length: 10,
        },
      ];
    case 'postcode':
      return [
        {
          name: spec.name,
          type: ApplicationCommandOptionType.String,
          ...describe(spec.description),
          required,
          ...(spec.autocomplete !== false ? { autocomplete: true } : {}),
          min_length: 4,
          max_length: 7,
        },
      ];
    case 'integer':
      return [
        {
          name: spec.name,
          type: ApplicationCommandOptionType.Integer,
          ...describe(spec.description),
          required,
          ...(spec.min !== undefined ? { min_value: spec.min } : {}),
          ...(spec.max !== undefined ? { max_value: spec.max } : {}),
        },
      ];
    case 'choice':
      return [
        {
          name: spec.name,
          type: ApplicationCommandOptionType.String,
          ...describe(spec.description),
          required,
          choices: (spec.choices ?? []).slice(0, MAX_CHOICES).map((choice) => ({
            name: clampDescription(choice.label.en),
            name_localizations: { nl: clampDescription(choice.label.nl) },
            value: choice.value,
          })),
        },
      ];
    case 'string':
      return [
        {
          name: spec.name,
          type: ApplicationCommandOptionType.String,
          ...describe(spec.description),
          required,
          max_length: 200,
        },
      ];
    case 'measures':
      return measureOptions();
    case 'attachment':
      // The interaction carries the attachment id; its URL and size are in `resolved.attachments`.
      return [
        {
          name: spec.name,
          type: ApplicationCommandOptionType.Attachment,
          ...describe(spec.description),
          required,
        },
      ];
  }
}

const ADDRESS_NL: Record<string, string> = {
  address: ADDRESS_OPTIONS.address.nl,
  postcode: ADDRESS_OPTIONS.postcode.nl,
  number: ADDRESS_OPTIONS.number.nl,
  addition: ADDRESS_OPTIONS.addition.nl,
};

function subcommand(
  name: string,
  summary: Localized,
  args: readonly ArgumentSpec[],
): APIApplicationCommandSubcommandOption {
  const options = args.flatMap(argumentOptions);
  // Discord requires required options before optional ones.
  const ordered = [...options.filter((o) => o.required), ...options.filter((o) => !o.required)];
  if (ordered.length > MAX_OPTIONS) throw new RangeError(`${name} has more than ${MAX_OPTIONS} options`);
  const measureNl = new Map(measureVocabulary.map((m) => [m.key, m.label.nl]));
  const argNl = new Map(args.map((a) => [a.name, a.aliases?.[0]]));
  return {
    name,
    type: ApplicationCommandOptionType.Subcommand,
    ...describe(summary),
    options: localiseNames(ordered, (o) => ADDRESS_NL[o.name] ?? measureNl.get(o.name) ?? argNl.get(o.name)),
  };
}

type TopOption = APIApplicationCommandSubcommandOption | APIApplicationCommandSubcommandGroupOption;

/**
 * A chat command as one option of `/altum` or `/altum-admin`: a subcommand, or, when it declares
 * subcommands, a group of the routes that belong on this side (admin-only ones on the admin side).
 * Undefined when nothing of it belongs here.
 */
function commandOption(command: AnyCommand, admin: boolean): TopOption | undefined {
  const routes = routesOf(command).filter((route) => routeFlags(route).admin === admin);
  if (routes.length === 0) return undefined;
  const first = routes[0];
  if (!command.subcommands?.length || !first) return subcommand(command.name, command.summary, command.args);
  if (routes.length > MAX_OPTIONS)
    throw new RangeError(`${command.name} has more than ${MAX_OPTIONS} subcommands`);
  const nl = new Map(routes.map((route) => [optionName(route), optionName(route, 'nl')]));
  return {
    name: command.name,
    type: ApplicationCommandOptionType.SubcommandGroup,
    ...describe(command.summary),
    options: localiseNames(
      routes.map((route) =>
        subcommand(optionName(route) ?? command.name, route.leaf.summary, routeArgs(route)),
      ),
      (sub) => nl.get(sub.name),
    ),
  };
}

function topLevel(
  name: string,
  commands: readonly AnyCommand[],
  admin: boolean,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const options = commands.flatMap((command) => commandOption(command, admin) ?? []);
  if (options.length > MAX_OPTIONS) throw new RangeError(`/${name} has more than ${MAX_OPTIONS} options`);
  return {
    name,
    type: ApplicationCommandType.ChatInput,
    ...(admin
      ? describe({ en: 'Altum settings for server admins', nl: 'Altum-instellingen voor serverbeheerders' })
      : describe({ en: 'Altum AI property data', nl: 'Altum AI woningdata' })),
    options: localiseNames(options, (sub) => commands.find((c) => c.name === sub.name)?.alias),
    // Applies to the whole top-level command only; the runner checks `isAdmin` again on every run.
    default_member_permissions: admin ? String(PermissionFlagsBits.ManageGuild) : null,
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: admin
      ? [InteractionContextType.Guild]
      : [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}

/**
 * The application commands generated from the chat registry: `/altum <command>` (or
 * `/altum <command> <subcommand>`, e.g. `/altum settings language`) for everyone and, when any
 * command or subcommand is admin-only, `/altum-admin …` gated with Manage Server
 * (`/altum-admin settings budget-team credits:50`), and the message command "Look up address".
 * https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
/**
 * The message context-menu command (type 3): finds the address in the message's text and answers
 * privately with the address card. Context-menu commands have a name and no description.
 * https://discord.com/developers/docs/interactions/application-commands#message-commands
 */
function lookupCommand(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return {
    name: LOOKUP_COMMAND.name,
    name_localizations: { nl: LOOKUP_COMMAND.nl },
    type: ApplicationCommandType.Message,
    default_member_permissions: null,
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}

export function buildCommandDefinitions(
  commands: readonly AnyCommand[],
): RESTPutAPIApplicationCommandsJSONBody {
  const body: RESTPutAPIApplicationCommandsJSONBody = [topLevel(COMMAND_NAME, commands, false)];
  const admin = topLevel(ADMIN_COMMAND_NAME, commands, true);
  if ((admin.options ?? []).length > 0) body.push(admin);
  body.push(lookupCommand());
  return body;
}
