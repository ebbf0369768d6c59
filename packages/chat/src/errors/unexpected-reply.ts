import type { Locale } from '../i18n/locale.ts';
import { createTranslator } from '../i18n/translate.ts';
import type { Reply } from '../reply/reply.ts';
import { errorReply } from './error-reply.ts';
import { createReferenceId } from './reference-id.ts';

/**
 * The one fallback reply, for an adapter whose own code failed around the runner (the runner never
 * throws): the error table's `internal` row, in the user's language, with the log reference.
 */
export function unexpectedReply(locale: Locale, reference: string = createReferenceId()): Reply {
  return errorReply(new Error('unexpected failure outside the runner'), {
    t: createTranslator(locale),
    locale,
    reference,
  });
}
