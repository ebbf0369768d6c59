/**
 * The real app factories these suites drive. The runner is imported by path because the chat index
 * does not export it yet; switch to `@altum-chat/chat` once it does.
 */

export { createHttpBot } from '@altum-chat/discord-bot/src/create-discord-bot.ts';
export { createDiscordRest } from '@altum-chat/discord-bot/src/create-rest.ts';
export { createSlackApp } from '@altum-chat/slack-bot/src/create-slack-app.ts';
export { createChatRunner } from '../../../chat/src/runner/create-chat-runner.ts';
