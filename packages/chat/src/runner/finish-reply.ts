import type { ReplyBody } from '../commands/define-command.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Reply, ReplyFooter, ReplyKind } from '../reply/reply.ts';
import type { CallTally } from './call-altum.ts';

export interface FinishOptions {
  readonly kind: ReplyKind;
  readonly t: Translate;
  readonly reference: string;
  readonly demo: boolean;
  readonly tally: CallTally;
  /** From the user's visibility setting; undefined leaves the command's own choice. */
  readonly private?: boolean | undefined;
}

/** Turns a command's body into the final Reply: adds kind and the footer (source, credits, cache, key, reference, demo). */
export function finishReply(body: ReplyBody, options: FinishOptions): Reply {
  const { source, ...rest } = body;
  const { tally, t } = options;
  const footer: ReplyFooter = {
    reference: options.reference,
    ...(source !== undefined ? { source } : {}),
    ...(tally.calls > 0 ? { credits: tally.credits, cacheHit: tally.cacheHits === tally.calls } : {}),
    ...(tally.key ? { keyScope: t(`footer.key.${tally.key.scope}`, { masked: tally.key.masked }) } : {}),
    ...(options.demo ? { demo: true } : {}),
  };
  const isPrivate = body.private ?? options.private;
  return {
    ...rest,
    kind: options.kind,
    footer,
    ...(isPrivate === undefined ? {} : { private: isPrivate }),
  };
}
