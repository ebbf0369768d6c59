/**
 * The real app factories these suites drive. The apps export nothing from their index, so their
 * factories are imported by path (the app packages have no `exports` map).
 */
export { createChatRunner } from '@altum-chat/chat';
export { createHttpBot } from '@altum-chat/discord-bot/src/create-discord-bot.ts';
export { createDiscordRest } from '@altum-chat/discord-bot/src/create-rest.ts';
export { createSlackApp } from '@altum-chat/slack-bot/src/create-slack-app.ts';
