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

/** Commands where admin rights matter (team keys, budgets); only these pay for a `users.info` lookup. */
export const needsAdminCheck = (text: string): boolean =>
  /^(key|sleutel|settings|instellingen)\b/i.test(text.trim());

/** `key login`, `sleutel koppel`, `key team login` … open the private key form instead of running. */
export function keyLoginScope(text: string): 'user' | 'team' | undefined {
  const match = /^(?:key|sleutel)\s+(team\s+)?(?:login|link|koppel|koppelen)(\s+team)?\s*$/i.exec(
    text.trim(),
  );
  if (!match) return undefined;
  return match[1] || match[2] ? 'team' : 'user';
}

/** The runner's "open the key form" actions (`key:login:user`, `key:login:team`) → which key to link. */
export function keyLoginActionScope(actionId: string): 'user' | 'team' | undefined {
  const match = /^key:login:(user|team)$/.exec(actionId);
  return match?.[1] === 'team' ? 'team' : match ? 'user' : undefined;
}
