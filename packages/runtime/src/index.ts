export { base64KeyList, optionalHttpUrl, optionalText } from '@altum-chat/core';
export type { ChatBackend, ChatBackendOptions } from './create-chat-backend.ts';
export { createChatBackend, isDemoBaseUrl } from './create-chat-backend.ts';
export type { SharedConfig } from './shared-env.ts';
export {
  DEFAULT_DATA_DIR,
  sharedEnvShape,
  sharedSecrets,
  toSharedConfig,
} from './shared-env.ts';
