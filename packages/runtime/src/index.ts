export type { ChatBackend, ChatBackendOptions } from './create-chat-backend.ts';
export { createChatBackend, isDemoBaseUrl } from './create-chat-backend.ts';
export type { SharedConfig } from './shared-env.ts';
export {
  base64KeyList,
  DEFAULT_DATA_DIR,
  optionalHttpUrl,
  optionalText,
  sharedEnvShape,
  sharedSecrets,
  toSharedConfig,
} from './shared-env.ts';
