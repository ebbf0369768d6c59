import type { types } from '@slack/bolt';

/**
 * Our view builders use small local Block Kit types (readonly, only what we send); Slack's own `View`
 * union is wider and mutable, so the builders' plain objects are handed over through this one cast.
 */
export const asModal = (view: Record<string, unknown>): types.ModalView => view as unknown as types.ModalView;
export const asHome = (view: Record<string, unknown>): types.HomeView => view as unknown as types.HomeView;
