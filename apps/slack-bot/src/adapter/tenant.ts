import type { Locale } from '@altum-chat/chat';
import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import { slackText } from '../i18n/slack-messages.ts';

/** What Bolt puts on `context` that names the installation a payload belongs to. */
export type TenantContext = Pick<Context, 'teamId' | 'enterpriseId' | 'isEnterpriseInstall'>;

/**
 * The tenant (the `teamId` our store keys everything by) of a Slack payload, from Bolt's context,
 * never from `body.team` (null in block actions and view submissions of org-wide installs).
 *
 * An org-wide (Enterprise Grid) install is one installation for the whole organisation, so its
 * tenant is the enterprise id (`E…`): workspace ids in its payloads vary (a block action carries the
 * user's home workspace, not the one clicked in). A workspace install is keyed by its team id
 * (`T…`); Slack ids are unique across Slack, and keeping them unchanged keeps existing rows valid.
 * Without the id that applies there is no tenant: the payload is refused, never filed under a default.
 * https://docs.slack.dev/enterprise-grid/developing-for-enterprise-grid#org-wide-deployment
 */
export function slackTenant(context: TenantContext): string | undefined {
  const id = context.isEnterpriseInstall ? context.enterpriseId : context.teamId;
  return typeof id === 'string' && /^[A-Z0-9]{2,32}$/.test(id) ? id : undefined;
}

const TENANT = 'altumTenant';

/** The tenant `refuseWithoutTenant` put on the context; listeners run only after it found one. */
export function tenantOf(context: Context): string {
  const tenant = context[TENANT];
  if (typeof tenant !== 'string') throw new Error('slack listener ran without a tenant');
  return tenant;
}

const hasAck = (args: object): args is { ack: (response?: unknown) => Promise<void> } =>
  'ack' in args && typeof args.ack === 'function';

/**
 * Global middleware: a payload with no derivable tenant stops here (a slash command is told why,
 * in the default language since no settings can be read without a tenant); every other payload
 * carries its tenant on the context for the listeners.
 */
export function refuseWithoutTenant(
  defaultLocale: Locale,
  warn: (fields: Record<string, unknown>, message: string) => void,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const tenant = slackTenant(args.context);
    if (tenant === undefined) {
      warn(
        { enterpriseInstall: Boolean(args.context.isEnterpriseInstall) },
        'slack payload without a tenant refused',
      );
      const isCommand = 'command' in args && typeof args.command === 'object';
      if (isCommand && hasAck(args)) {
        await args.ack({ response_type: 'ephemeral', text: slackText(defaultLocale, 'noTenant') });
      }
      return;
    }
    args.context[TENANT] = tenant;
    await args.next();
  };
}
