/**
 * The reference that ties what the user (or the caller) sees to the log line: chat's one format
 * (8 Crockford base32 characters), the same as in every reply footer.
 */
export { createReferenceId as errorReference } from '@altum-chat/chat';
