import { MAX_CANDIDATES, type ResolvedAddress } from '@altum-chat/address';
import {
  MAX_ACTION_ID_LENGTH,
  type ParsedArgs,
  type ReplyBody,
  replyBody,
} from '../commands/define-command.ts';
import { RUN_ACTION_PREFIX } from '../conversation/run-action.ts';
import { commandText } from '../grammar/command-text.ts';
import { safeEcho } from '../grammar/safe-echo.ts';
import type { Translate } from '../i18n/translate.ts';
import { candidateArgs } from './with-address.ts';

/** The picker's select: a `run:` action, so the chosen option's command text is planned as typed. */
export const PICK_ACTION_ID = `${RUN_ACTION_PREFIX}pick`;

/**
 * "Which address do you mean?": one select whose options are the candidates, best first, each
 * carrying the canonical command text (`value 1012LG 1`) that picking it runs. Nothing has been
 * sent to Altum. A text too long for a select value (Discord: 100) lists the candidates instead.
 */
export function addressPickerBody(
  args: ParsedArgs,
  candidates: readonly ResolvedAddress[],
  t: Translate,
): ReplyBody {
  const shown = candidates.slice(0, MAX_CANDIDATES);
  const options = shown.map((c) => ({ label: c.label, value: commandText(candidateArgs(args, c)) }));
  const fits = options.every((o) => o.value.length <= MAX_ACTION_ID_LENGTH);
  const warnings = shown.length >= MAX_CANDIDATES ? [t('address.pick.more', { count: shown.length })] : [];
  return replyBody({
    title: t('address.pick.title'),
    summary: t('address.pick.summary', {
      count: shown.length,
      text: safeEcho(args.addressText ?? '', 60),
    }),
    source: 'PDOK Locatieserver',
    warnings: fits ? warnings : [...warnings, t('address.pick.typeOne')],
    tables: fits ? [] : [{ columns: [t('address.pick.column')], rows: shown.map((c) => [c.label]) }],
    actions: fits
      ? [{ type: 'select', id: PICK_ACTION_ID, placeholder: t('address.pick.placeholder'), options }]
      : [],
  });
}
