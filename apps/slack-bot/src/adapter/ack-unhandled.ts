import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import { ErrorCode } from '@slack/bolt';

const hasAck = (args: object): args is { ack: (response?: unknown) => Promise<void> } =>
  'ack' in args && typeof args.ack === 'function';

/**
 * Global middleware: once every listener has finished (or none matched: an unknown command,
 * action_id or callback_id), acks a request nobody acked, so Slack gets an empty 200 at once instead
 * of Bolt's 404 after its 3-second timeout. A second ack is refused by Bolt and ignored here.
 */
export const ackUnhandled: Middleware<AnyMiddlewareArgs> = async (args) => {
  try {
    await args.next();
  } finally {
    if (hasAck(args)) {
      await args.ack().catch((error: unknown) => {
        const code = (error as { code?: unknown }).code;
        if (code !== ErrorCode.ReceiverMultipleAckError) throw error;
      });
    }
  }
};

/** Registers `ackUnhandled` first, so it wraps every other middleware and listener. */
export function registerAckUnhandled(app: App): void {
  app.use(ackUnhandled);
}
