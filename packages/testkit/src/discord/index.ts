export type {
  FakeDiscordRest,
  FakeDiscordRestOptions,
  RecordedDiscordCall,
  RecordedFile,
} from './fake-discord-rest.ts';
export { startFakeDiscordRest } from './fake-discord-rest.ts';
export type { FakeGatewayOptions } from './fake-gateway.ts';
export { FakeGateway } from './fake-gateway.ts';
export type { FakeGatewayServer, GatewayHandshake } from './fake-gateway-server.ts';
export { startFakeGatewayServer } from './fake-gateway-server.ts';
export type { InteractionContext, OptionValues, TestAttachment } from './interactions.ts';
export {
  buildAutocompleteInteraction,
  buildCommandInteraction,
  buildComponentInteraction,
  buildMessageCommandInteraction,
  buildModalSubmitInteraction,
  withAttachment,
} from './interactions.ts';
export type { DiscordSignatureHeaders, DiscordTestKeys } from './signing.ts';
export { createDiscordTestKeys, signDiscordRequest } from './signing.ts';
