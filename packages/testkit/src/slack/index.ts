export type { FakeSlackApi, FakeSlackApiOptions, RecordedApiCall } from './fake-web-api.ts';
export { startFakeSlackApi } from './fake-web-api.ts';
export type {
  BlockActionFields,
  MessageShortcutFields,
  SlashCommandFields,
  ViewSubmissionFields,
} from './payloads.ts';
export {
  blockActionsPayload,
  eventCallbackBody,
  fileInputState,
  globalShortcutPayload,
  interactivityBody,
  messageShortcutPayload,
  plainTextState,
  slashCommandBody,
  staticSelectState,
  viewSubmissionPayload,
} from './payloads.ts';
export { Recorder } from './recorder.ts';
export type { RecordedResponse, ResponseSink } from './response-sink.ts';
export { startResponseSink } from './response-sink.ts';
export type { SlackSignatureHeaders } from './signing.ts';
export { signedFormHeaders, signSlackRequest } from './signing.ts';
