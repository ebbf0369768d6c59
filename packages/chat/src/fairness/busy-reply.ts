import { ChatError } from '../errors/chat-error.ts';
import { errorReply } from '../errors/error-reply.ts';
import { createReferenceId } from '../errors/reference-id.ts';
import type { Locale } from '../i18n/locale.ts';
import { createTranslator } from '../i18n/translate.ts';
import type { Reply } from '../reply/reply.ts';

/**
 * "Busy, try again shortly", for an adapter whose fair queue refused a job (`FairQueue.admit`
 * returned undefined): through the one error table, in the user's language, nothing charged.
 */
export function busyReply(locale: Locale, reference: string = createReferenceId()): Reply {
  return errorReply(new ChatError({ kind: 'busy', message: 'error.busy.what' }), {
    t: createTranslator(locale),
    locale,
    reference,
  });
}
