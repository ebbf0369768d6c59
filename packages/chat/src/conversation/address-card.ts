import { type Resolution, type ResolvedAddress, toAltumAddress } from '@altum-chat/address';
import { getOperation } from '@altum-chat/core';
import type { CommandRegistry } from '../commands/create-registry.ts';
import type { AnyCommand } from '../commands/define-command.ts';
import { defaultRegistry } from '../commands/registry.ts';
import { commandText } from '../grammar/command-text.ts';
import type { Locale } from '../i18n/locale.ts';
import { createTranslator, type MessageKey } from '../i18n/translate.ts';
import type { Reply, ReplyAction } from '../reply/reply.ts';
import { RUN_ACTION_PREFIX, runActionId } from './run-action.ts';

/** What a card offers, in order: the command and how its button reads. */
const OFFERS: readonly { readonly command: string; readonly message: MessageKey }[] = [
  { command: 'value', message: 'card.offer.value' },
  { command: 'label', message: 'card.offer.label' },
];

/** Slack's and Discord's select menus stop at 25 options. */
const MAX_CHOICES = 25;

interface Offer {
  readonly command: AnyCommand;
  readonly label: string;
}

function offersOf(registry: CommandRegistry, locale: Locale): Offer[] {
  const t = createTranslator(locale);
  return OFFERS.flatMap(({ command: name, message }) => {
    const command = registry.get(name);
    if (!command) return [];
    // What one answer costs; the first operation is the one a house address calls.
    const first = command.operations[0];
    const credits = (first && getOperation(first)?.credits) ?? 1;
    return [{ command, label: t(message, { credits }) }];
  });
}

/** `value 1012LG 1`: the canonical command text for an address, the same the grammar writes back. */
export function addressCommandText(command: AnyCommand, address: ResolvedAddress): string {
  return commandText({
    command: command.name,
    path: [],
    options: {},
    address: toAltumAddress(address),
    measures: [],
  });
}

const empty = { fields: [], tables: [], warnings: [], charts: [] } as const;

/**
 * The card for one address: its name as BAG has it and one button per offer ("Value (1 credit)"),
 * each carrying its command text, so nothing is spent before a click and the clicker's key pays.
 */
export function addressCard(address: ResolvedAddress, locale: Locale, registry = defaultRegistry): Reply {
  const t = createTranslator(locale);
  const actions = offersOf(registry, locale).flatMap((offer): ReplyAction[] => {
    const id = runActionId(addressCommandText(offer.command, address));
    return id ? [{ type: 'button', id, label: offer.label }] : [];
  });
  return { kind: 'info', title: address.label, summary: t('card.summary'), ...empty, actions };
}

/** Several addresses match: one menu per offer, each option running that offer for one address. */
export function addressPicker(
  candidates: readonly ResolvedAddress[],
  locale: Locale,
  registry = defaultRegistry,
): Reply {
  const t = createTranslator(locale);
  const shown = candidates.slice(0, MAX_CHOICES);
  const actions = offersOf(registry, locale).map(
    (offer): ReplyAction => ({
      type: 'select',
      id: `${RUN_ACTION_PREFIX}${offer.command.name}`,
      placeholder: t('card.pick.for', { offer: offer.label }),
      options: shown.map((candidate) => ({
        label: candidate.label,
        value: addressCommandText(offer.command, candidate),
      })),
    }),
  );
  return { kind: 'info', title: t('card.pick.title'), summary: t('card.pick.summary'), ...empty, actions };
}

/** The card, the picker, or a private "no address found" / "look-up unavailable" with an example. */
export function lookupReply(resolution: Resolution, locale: Locale, registry = defaultRegistry): Reply {
  const t = createTranslator(locale);
  switch (resolution.kind) {
    case 'match':
      return addressCard(resolution.address, locale, registry);
    case 'choices':
      return addressPicker(resolution.candidates, locale, registry);
    case 'unavailable':
      return {
        kind: 'info',
        title: t('card.unavailable.title'),
        summary: t('card.unavailable.summary'),
        ...empty,
        actions: [],
        private: true,
      };
    case 'none':
      return {
        kind: 'info',
        title: t('card.none.title'),
        summary: t('card.none.summary'),
        ...empty,
        actions: [],
        private: true,
      };
  }
}
