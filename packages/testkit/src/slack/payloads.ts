/**
 * Builders for the bodies Slack POSTs to an app's request URL: slash commands are form fields,
 * interactivity is one `payload` form field holding JSON.
 * https://docs.slack.dev/interactivity/implementing-slash-commands
 */

/**
 * Where a payload comes from in Enterprise Grid. `orgWide` is an org-wide install: interactivity
 * payloads then carry `team: null`, the enterprise, and the user's home workspace in `user.team_id`.
 * https://docs.slack.dev/enterprise-grid/developing-for-enterprise-grid
 */
export interface GridFields {
  readonly enterpriseId?: string;
  readonly orgWide?: boolean;
}

export interface SlashCommandFields extends GridFields {
  readonly text?: string;
  readonly command?: string;
  readonly userId?: string;
  readonly teamId?: string;
  readonly channelId?: string;
  readonly responseUrl: string;
  readonly triggerId?: string;
}

/** A form-encoded `/altum …` body. */
export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: fields.teamId ?? 'T0001',
    team_domain: 'fake',
    channel_id: fields.channelId ?? 'C0001',
    channel_name: 'general',
    user_id: fields.userId ?? 'U0001',
    user_name: 'tester',
    command: fields.command ?? '/altum',
    text: fields.text ?? '',
    api_app_id: 'A0001',
    ...(fields.enterpriseId ? { enterprise_id: fields.enterpriseId, enterprise_name: 'Grid' } : {}),
    is_enterprise_install: fields.orgWide ? 'true' : 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? 'trigger-1',
  }).toString();
}

/** Wraps an interactivity payload as Slack sends it: `payload=<json>` form-encoded. */
export function interactivityBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** `team`, `enterprise` and `is_enterprise_install` of an interactivity payload. */
function gridParts(fields: GridFields & { readonly teamId?: string }): Record<string, unknown> {
  const enterprise = fields.enterpriseId ? { id: fields.enterpriseId, name: 'Grid' } : null;
  return {
    team: fields.orgWide
      ? null
      : {
          id: fields.teamId ?? 'T0001',
          domain: 'fake',
          ...(enterprise ? { enterprise_id: enterprise.id } : {}),
        },
    enterprise,
    is_enterprise_install: Boolean(fields.orgWide),
  };
}

export interface BlockActionFields extends GridFields {
  readonly actionId: string;
  readonly value?: string;
  /** For static_select actions: the chosen option value. */
  readonly selectedValue?: string;
  readonly responseUrl: string;
  readonly userId?: string;
  readonly teamId?: string;
  readonly channelId?: string;
  readonly triggerId?: string;
  /** Where the control sits; default an ephemeral message. `unfurlOf` is a card under a shared link. */
  readonly unfurlOf?: string;
}

/** A `block_actions` payload for a button click or select change in a message. */
export function blockActionsPayload(fields: BlockActionFields): Record<string, unknown> {
  const action =
    fields.selectedValue === undefined
      ? { type: 'button', action_id: fields.actionId, block_id: 'b1', value: fields.value, action_ts: '1' }
      : {
          type: 'static_select',
          action_id: fields.actionId,
          block_id: 'b1',
          selected_option: {
            text: { type: 'plain_text', text: fields.selectedValue },
            value: fields.selectedValue,
          },
          action_ts: '1',
        };
  return {
    type: 'block_actions',
    api_app_id: 'A0001',
    token: 'deprecated-verification-token',
    trigger_id: fields.triggerId ?? 'trigger-2',
    ...gridParts(fields),
    user: { id: fields.userId ?? 'U0001', username: 'tester', team_id: fields.teamId ?? 'T0001' },
    channel: { id: fields.channelId ?? 'C0001', name: 'general' },
    container: fields.unfurlOf
      ? {
          type: 'message_attachment',
          message_ts: '1.1',
          channel_id: fields.channelId ?? 'C0001',
          is_ephemeral: false,
          is_app_unfurl: true,
          app_unfurl_url: fields.unfurlOf,
        }
      : {
          type: 'message',
          message_ts: '1.1',
          channel_id: fields.channelId ?? 'C0001',
          is_ephemeral: true,
        },
    response_url: fields.responseUrl,
    actions: [action],
  };
}

/** App, trigger, installation and user of an interactivity payload that opens nothing itself. */
function sender(fields: GridFields & { readonly userId?: string; readonly teamId?: string }) {
  return {
    api_app_id: 'A0001',
    token: 'deprecated-verification-token',
    trigger_id: 'trigger-3',
    ...gridParts(fields),
    user: { id: fields.userId ?? 'U0001', username: 'tester', team_id: fields.teamId ?? 'T0001' },
  };
}

export interface MessageShortcutFields extends GridFields {
  readonly callbackId: string;
  /** The text of the message the shortcut was used on. */
  readonly text: string;
  readonly responseUrl: string;
  readonly userId?: string;
  readonly teamId?: string;
  readonly channelId?: string;
}

/** A `message_action` payload: a message shortcut chosen from a message's menu. */
export function messageShortcutPayload(fields: MessageShortcutFields): Record<string, unknown> {
  return {
    type: 'message_action',
    callback_id: fields.callbackId,
    ...sender(fields),
    action_ts: '1.2',
    message_ts: '1.1',
    channel: { id: fields.channelId ?? 'C0001', name: 'general' },
    message: { type: 'message', user: 'U0999', ts: '1.1', text: fields.text },
    response_url: fields.responseUrl,
  };
}

/** A `shortcut` payload: a global shortcut from the composer or search (no channel). */
export function globalShortcutPayload(
  fields: GridFields & {
    readonly callbackId: string;
    readonly userId?: string;
    readonly teamId?: string;
  },
): Record<string, unknown> {
  return { type: 'shortcut', callback_id: fields.callbackId, ...sender(fields), action_ts: '1.2' };
}

export interface ViewSubmissionFields extends GridFields {
  readonly callbackId: string;
  /** `block_id → action_id → state value`, exactly as it sits in `view.state.values`. */
  readonly values: Readonly<Record<string, Readonly<Record<string, Record<string, unknown>>>>>;
  readonly privateMetadata?: string;
  readonly userId?: string;
  readonly teamId?: string;
}

/** A `view_submission` payload for a modal. */
export function viewSubmissionPayload(fields: ViewSubmissionFields): Record<string, unknown> {
  return {
    type: 'view_submission',
    ...sender(fields),
    view: {
      id: 'V0001',
      type: 'modal',
      callback_id: fields.callbackId,
      private_metadata: fields.privateMetadata ?? '',
      hash: 'h1',
      state: { values: fields.values },
      blocks: [],
      title: { type: 'plain_text', text: 'Altum' },
    },
    response_urls: [],
  };
}

/** A plain-text input's state entry, as Slack sends it in `view.state.values`. */
export function plainTextState(value: string): Record<string, unknown> {
  return { type: 'plain_text_input', value };
}

/** A file input's state entry: the files chosen, each with its private download URL. */
export function fileInputState(
  files: readonly { readonly name: string; readonly size: number; readonly url: string }[],
): Record<string, unknown> {
  return {
    type: 'file_input',
    files: files.map((file, i) => ({
      id: `F${String(i + 1).padStart(8, '0')}`,
      name: file.name,
      title: file.name,
      size: file.size,
      url_private: file.url,
      url_private_download: file.url,
    })),
  };
}

/** A static select's state entry. */
export function staticSelectState(value: string | undefined): Record<string, unknown> {
  return {
    type: 'static_select',
    selected_option: value === undefined ? null : { text: { type: 'plain_text', text: value }, value },
  };
}

/** An Events API envelope (JSON body) around one event, e.g. `app_home_opened`. */
export function eventCallbackBody(event: Record<string, unknown>, teamId = 'T0001'): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 10)}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
}
