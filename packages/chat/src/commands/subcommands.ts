import type { Locale } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type {
  AnyCommand,
  ArgumentSpec,
  CommandNode,
  FormRequest,
  SubcommandDefinition,
} from './define-command.ts';

/**
 * One runnable place in a command's tree: the command, the subcommands typed after it, and the node
 * that runs (the command itself when it has no subcommands).
 */
export interface Route {
  readonly command: AnyCommand;
  /** The subcommands from the top down (`key team set` → team, set). */
  readonly nodes: readonly SubcommandDefinition[];
  readonly leaf: CommandNode;
}

/** What a route's flags add up to: admin anywhere on the path makes it admin-only, and so on. */
export interface RouteFlags {
  readonly admin: boolean;
  readonly adminRefusal: MessageKey;
  readonly adminView: boolean;
  readonly private: boolean;
  readonly opens: FormRequest | undefined;
}

/** Words compare case- and separator-insensitively (`Credit-Budget` = `credit budget`). */
export const foldWord = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s\-_]+/g, '_');

/** Every word that names a subcommand: English, Dutch and the other synonyms. */
export function subcommandWords(node: SubcommandDefinition): readonly string[] {
  return [node.name, node.alias, ...(node.aliases ?? [])];
}

/** The child a typed word names, if any. */
export function childFor(node: CommandNode, word: string): SubcommandDefinition | undefined {
  const wanted = foldWord(word);
  return node.subcommands?.find((child) => subcommandWords(child).some((w) => foldWord(w) === wanted));
}

function defaultChild(node: CommandNode): SubcommandDefinition | undefined {
  return node.subcommands?.find((child) => child.name === node.default);
}

/**
 * Walks the subcommand words at the start of `words`: each word that names a child descends, and a
 * node with subcommands whose next word names none goes to its default. Returns the route and how
 * many words it used; the rest are the leaf's arguments.
 */
export function routeWords(
  command: AnyCommand,
  words: readonly (string | undefined)[],
): {
  readonly route: Route;
  readonly used: number;
} {
  const nodes: SubcommandDefinition[] = [];
  let node: CommandNode = command;
  let used = 0;
  while (node.subcommands && node.subcommands.length > 0) {
    const word = words[used];
    const child = word === undefined ? undefined : childFor(node, word);
    if (child) used++;
    const next = child ?? defaultChild(node);
    // createRegistry checks every group has a default; this only guards a hand-built registry.
    if (!next) throw new Error(`${command.name}: no default subcommand`);
    nodes.push(next);
    node = next;
  }
  return { route: { command, nodes, leaf: node }, used };
}

/** Every runnable route of a command, in declaration order; `hidden` ones only when asked. */
export function routesOf(command: AnyCommand, options: { readonly hidden?: boolean } = {}): readonly Route[] {
  const out: Route[] = [];
  const walk = (node: CommandNode, nodes: readonly SubcommandDefinition[]) => {
    if (!node.subcommands || node.subcommands.length === 0) {
      out.push({ command, nodes, leaf: node });
      return;
    }
    for (const child of node.subcommands) {
      if (child.hidden && !options.hidden) continue;
      walk(child, [...nodes, child]);
    }
  };
  walk(command, []);
  return out;
}

/**
 * The route's name as one typed-options subcommand (Discord: `/altum key team-set`): the subcommand
 * words joined by `-`, leaving out words a user need not type (defaults), except when nothing would
 * be left (`settings show`). Undefined for a command without subcommands.
 */
export function optionName(route: Route, locale: Locale = 'en'): string | undefined {
  if (route.nodes.length === 0) return undefined;
  const word = (node: SubcommandDefinition) => (locale === 'nl' ? node.alias : node.name);
  let parent: CommandNode = route.command;
  const kept: string[] = [];
  for (const node of route.nodes) {
    if (parent.default !== node.name) kept.push(word(node));
    parent = node;
  }
  const last = route.nodes[route.nodes.length - 1] as SubcommandDefinition;
  return (kept.length > 0 ? kept : [word(last)]).join('-');
}

/** The route a typed-options subcommand name (`team-set`) stands for. */
export function routeByOptionName(command: AnyCommand, name: string | undefined): Route | undefined {
  if (name === undefined || name === '') return routeWords(command, []).route;
  const wanted = foldWord(name);
  return routesOf(command).find((route) => {
    const en = optionName(route, 'en');
    const nl = optionName(route, 'nl');
    return (en !== undefined && foldWord(en) === wanted) || (nl !== undefined && foldWord(nl) === wanted);
  });
}

/** The flags along a route: the nearest `private` and `adminRefusal` win, `admin` anywhere counts. */
export function routeFlags(route: Route): RouteFlags {
  const chain: readonly CommandNode[] = [route.command, ...route.nodes];
  let privateFlag = false;
  let refusal: MessageKey = 'error.notAdmin.what';
  for (const node of chain) {
    if (node.private !== undefined) privateFlag = node.private;
    if (node.adminRefusal) refusal = node.adminRefusal;
  }
  return {
    admin: chain.some((node) => node.admin === true),
    adminRefusal: refusal,
    adminView: chain.some((node) => node.adminView === true),
    private: privateFlag,
    opens: route.leaf.opens,
  };
}

/** The leaf's arguments (none when it declares none). */
export const routeArgs = (route: Route): readonly ArgumentSpec[] => route.leaf.args ?? [];

/** The canonical words of the route after the command (`['team', 'set']`). */
export const routePath = (route: Route): readonly string[] => route.nodes.map((node) => node.name);

/**
 * Start-up checks a registry runs on each command: every group names an existing default, no two
 * siblings share a word, every leaf can run, typed-options names are unique.
 */
export function checkSubcommands(command: AnyCommand): void {
  const walk = (node: CommandNode, where: string) => {
    const children = node.subcommands ?? [];
    if (children.length === 0) {
      // A leaf that opens a form still runs where no form can be shown (the playground, a CLI).
      if (!node.run) throw new Error(`${where} cannot run`);
      return;
    }
    if ((node.args ?? []).length > 0) throw new Error(`${where} has both arguments and subcommands`);
    if (!children.some((child) => child.name === node.default)) {
      throw new Error(`${where} has no default subcommand "${node.default}"`);
    }
    const seen = new Map<string, string>();
    for (const child of children) {
      for (const word of subcommandWords(child)) {
        const key = foldWord(word);
        const other = seen.get(key);
        if (other && other !== child.name)
          throw new Error(`${where}: "${word}" names ${other} and ${child.name}`);
        seen.set(key, child.name);
      }
      walk(child, `${where} ${child.name}`);
    }
  };
  walk(command, command.name);
  for (const locale of ['en', 'nl'] as const) {
    const names = routesOf(command).map((route) => optionName(route, locale));
    const dupe = names.find((name, i) => name !== undefined && names.indexOf(name) !== i);
    if (dupe) throw new Error(`${command.name}: two subcommands are both "${dupe}" as typed options`);
  }
}
