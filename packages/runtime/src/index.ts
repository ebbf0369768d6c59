export { base64KeyList, loadDotEnv, optionalHttpUrl, optionalText } from '@altum-chat/core';
export type { ChatBackend, ChatBackendOptions } from './create-chat-backend.ts';
export { createChatBackend, isDemoBaseUrl } from './create-chat-backend.ts';
export type { ChatBackendEvents } from './feed-metrics.ts';
export { feedMetrics } from './feed-metrics.ts';
export type { Env, EnvProblem, ParseEnvOptions } from './parse-env.ts';
export { ConfigError, isSet, parseEnv, reasonFor } from './parse-env.ts';
export type { SharedConfig } from './shared-env.ts';
export {
  batchLimitFields,
  DEFAULT_DATA_DIR,
  optionalPdokUrl,
  portField,
  sharedEnvHints,
  sharedEnvShape,
  sharedSecrets,
  toSharedConfig,
} from './shared-env.ts';
