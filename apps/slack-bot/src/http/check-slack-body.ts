import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseQuery } from 'node:querystring';

/**
 * What to do with a correctly signed body before Bolt sees it: hand it to Bolt, or answer at once.
 * Bolt throws (→ 500) on envelopes Slack never sends and leaves bodies it cannot type unanswered
 * for its 3-second ack timeout (→ 404), so both are settled here.
 */
export type SlackBodyVerdict =
  | { readonly kind: 'bolt' }
  | { readonly kind: 'answer'; readonly status: 200 | 400; readonly reason: string };

/** Event types the app listens to; keep in step with manifest.yml `bot_events`. */
export const HANDLED_EVENTS: ReadonlySet<string> = new Set(['app_home_opened', 'message', 'link_shared']);

/** Interactivity types Slack sends that Bolt can route; an unmatched one is acked empty by the app. */
const INTERACTIVITY_TYPES: ReadonlySet<string> = new Set([
  'block_actions',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'block_suggestion',
]);

type Json = Record<string, unknown>;

const BOLT: SlackBodyVerdict = { kind: 'bolt' };
const reject = (reason: string): SlackBodyVerdict => ({ kind: 'answer', status: 400, reason });
const ackOnly = (reason: string): SlackBodyVerdict => ({ kind: 'answer', status: 200, reason });

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Checks the shape Slack always sends, parsing exactly as Bolt's HTTPReceiver does (form fields only
 * for an exact `application/x-www-form-urlencoded`, JSON otherwise).
 * https://docs.slack.dev/reference/interaction-payloads
 */
export function checkSlackBody(headers: IncomingHttpHeaders, raw: Buffer): SlackBodyVerdict {
  const text = raw.toString('utf8');
  if (headers['content-type'] !== 'application/x-www-form-urlencoded') return checkEventsApi(parseJson(text));
  const fields = parseQuery(text);
  if (fields.ssl_check === '1') return BOLT;
  if ('payload' in fields) {
    if (typeof fields.payload !== 'string') return reject('payload field repeated');
    return checkInteractivity(parseJson(fields.payload));
  }
  return checkCommand(fields);
}

function checkCommand(fields: Record<string, string | string[] | undefined>): SlackBodyVerdict {
  const { command, user_id: user, team_id: team, text, response_url: responseUrl } = fields;
  if (typeof command !== 'string' || !command.startsWith('/')) return reject('not a slash command');
  if (!isText(user) || !isText(team)) return reject('slash command without user or team');
  if (typeof text !== 'string' || typeof responseUrl !== 'string')
    return reject('slash command fields missing');
  return BOLT;
}

function checkInteractivity(payload: unknown): SlackBodyVerdict {
  if (!isObject(payload)) return reject('payload is not an object');
  const { type, user, team, enterprise } = payload;
  if (typeof type !== 'string' || !INTERACTIVITY_TYPES.has(type)) return reject('unknown interactivity type');
  if (!isObject(user) || !isText(user.id)) return reject('payload without a user');
  // `team` is null for org-wide installs; Bolt then reads user.team_id.
  if (!(team === null || (isObject(team) && isText(team.id)))) return reject('payload without a team');
  if (!(enterprise === undefined || enterprise === null || isObject(enterprise)))
    return reject('malformed enterprise');
  if (type === 'block_actions') return checkActions(payload.actions);
  if (type === 'view_submission' || type === 'view_closed') return checkView(type, payload.view);
  if (type === 'block_suggestion')
    return isText(payload.action_id) ? BOLT : reject('suggestion without action_id');
  return isText(payload.callback_id) ? BOLT : reject('shortcut without callback_id');
}

function checkActions(actions: unknown): SlackBodyVerdict {
  if (!Array.isArray(actions) || actions.length === 0) return reject('block_actions without actions');
  const typed = actions.every(
    (action) => isObject(action) && isText(action.action_id) && isText(action.type),
  );
  return typed ? BOLT : reject('action without action_id or type');
}

function checkView(type: string, view: unknown): SlackBodyVerdict {
  if (!isObject(view) || typeof view.callback_id !== 'string') return reject('view without callback_id');
  if (type === 'view_submission' && !(isObject(view.state) && isObject(view.state.values)))
    return reject('view submission without state');
  return BOLT;
}

function checkEventsApi(body: unknown): SlackBodyVerdict {
  if (!isObject(body)) return reject('not a JSON object');
  if (body.type === 'url_verification') return BOLT;
  // Slack retries any non-2xx event delivery, so events the app does not handle are acked, not refused.
  if (body.type === 'app_rate_limited') return ackOnly('rate-limit notice');
  if (body.type !== 'event_callback') return reject('unknown Events API type');
  const { event } = body;
  if (!isObject(event) || typeof event.type !== 'string') return reject('event_callback without an event');
  if (!HANDLED_EVENTS.has(event.type)) return ackOnly('event type not handled');
  if (!isText(event.user) || !isText(body.team_id)) return reject('event without user or team');
  return BOLT;
}
