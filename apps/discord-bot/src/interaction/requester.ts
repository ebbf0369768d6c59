import type { Requester } from '@altum-chat/chat';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { InteractionMeta } from './types.ts';

/** Manage Server (or Administrator, which implies it) makes a member a team admin. */
export function isGuildAdmin(permissions: bigint | undefined): boolean {
  if (permissions === undefined) return false;
  return (permissions & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
}

/**
 * The runner's view of who asked: guild as team, or `dm:<user>` outside a guild. A DM is the user's
 * own: they administer it (their own key, their own caps), and it is marked `direct`, so the
 * deployment key is spent there only under the operator's DM cap.
 */
export function toRequester(meta: InteractionMeta): Requester {
  const direct = meta.guildId === undefined;
  return {
    platform: 'discord',
    teamId: meta.guildId ?? `dm:${meta.userId}`,
    userId: meta.userId,
    ...(meta.locale ? { locale: meta.locale } : {}),
    isAdmin: direct || isGuildAdmin(meta.memberPermissions),
    ...(direct ? { direct } : {}),
  };
}
