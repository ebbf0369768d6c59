/** The subset of Block Kit this app sends; small local types keep the renderer pure and testable. */

export interface TextObject {
  readonly type: 'plain_text' | 'mrkdwn';
  readonly text: string;
  readonly emoji?: boolean;
}

export interface OptionObject {
  readonly text: TextObject;
  readonly value: string;
}

export type BlockElement =
  | {
      readonly type: 'button';
      readonly action_id: string;
      readonly text: TextObject;
      readonly value?: string;
      readonly style?: 'primary' | 'danger';
    }
  | {
      readonly type: 'static_select';
      readonly action_id: string;
      readonly placeholder: TextObject;
      readonly options: readonly OptionObject[];
      readonly initial_option?: OptionObject;
    };

export type Block =
  | { readonly type: 'header'; readonly text: TextObject; readonly block_id?: string }
  | {
      readonly type: 'section';
      readonly text?: TextObject;
      readonly fields?: readonly TextObject[];
      readonly block_id?: string;
    }
  | { readonly type: 'context'; readonly elements: readonly TextObject[]; readonly block_id?: string }
  | { readonly type: 'divider' }
  | {
      readonly type: 'image';
      readonly image_url: string;
      readonly alt_text: string;
      readonly title?: TextObject;
    }
  | { readonly type: 'actions'; readonly elements: readonly BlockElement[]; readonly block_id?: string }
  | {
      readonly type: 'input';
      readonly block_id: string;
      readonly label: TextObject;
      readonly element: Record<string, unknown>;
      readonly hint?: TextObject;
      readonly optional?: boolean;
    };

/** A message body for `respond()` / `chat.postMessage`: blocks plus the notification fallback. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Block[];
}

export const mrkdwn = (text: string): TextObject => ({ type: 'mrkdwn', text });
export const plain = (text: string): TextObject => ({ type: 'plain_text', text, emoji: true });
