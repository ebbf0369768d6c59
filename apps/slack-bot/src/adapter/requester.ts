import type { Requester } from '@altum-chat/chat';

/** A tenant (see `tenant.ts`) and user id → the runner's Requester. */
export function slackRequester(tenant: string, userId: string, isAdmin?: boolean): Requester {
  return {
    platform: 'slack',
    teamId: tenant,
    userId,
    ...(isAdmin === undefined ? {} : { isAdmin }),
  };
}
