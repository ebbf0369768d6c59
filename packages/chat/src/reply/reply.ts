/**
 * The platform-neutral answer to a command. The chat runner builds it; each app renders it
 * (`toBlocks` for Slack, `toDiscordMessage` for Discord, `toPlainText` for logs and the playground)
 * and clamps to its platform's limits.
 */

export type EnergyLabel = 'A++++' | 'A+++' | 'A++' | 'A+' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

/** `picker`: a question instead of an answer (which of these addresses?); its one select runs the choice. */
export type ReplyKind = 'result' | 'usage' | 'error' | 'help' | 'info' | 'picker';

export interface ReplyField {
  readonly label: string;
  readonly value: string;
  /** Short values that may sit side by side. */
  readonly inline?: boolean;
}

export interface ReplyTable {
  readonly title?: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ReplyChart {
  /** Stable name, e.g. `label-ladder`; used for file names and signed URLs. */
  readonly name: string;
  readonly title: string;
  /** Describes the chart for screen readers and text renderers. */
  readonly alt: string;
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * An interactive element. `id` is stateless (command + short reference, at most 100 characters) so
 * any instance can handle it after a restart.
 */
export type ReplyAction =
  | {
      readonly type: 'button';
      readonly id: string;
      readonly label: string;
      readonly style?: 'primary' | 'danger';
    }
  | {
      readonly type: 'select';
      readonly id: string;
      readonly placeholder: string;
      readonly options: readonly { readonly label: string; readonly value: string }[];
      readonly selected?: string;
    };

export interface ReplyFooter {
  /** e.g. "Altum AVM" or "Altum AVM · demo data". */
  readonly source?: string;
  readonly credits?: number;
  readonly cacheHit?: boolean;
  /** Already masked, e.g. "personal key …WXYZ". Never the key. */
  readonly keyScope?: string;
  /** Short reference id that also appears in the log line of this command. */
  readonly reference?: string;
  readonly demo?: boolean;
}

export interface Reply {
  readonly kind: ReplyKind;
  readonly title: string;
  readonly summary?: string;
  readonly badge?: { readonly current: EnergyLabel; readonly potential?: EnergyLabel };
  readonly fields: readonly ReplyField[];
  readonly tables: readonly ReplyTable[];
  readonly warnings: readonly string[];
  readonly charts: readonly ReplyChart[];
  readonly actions: readonly ReplyAction[];
  readonly footer?: ReplyFooter;
  /** Only the requester should see it (usage errors, key flows); adapters may still override by setting. */
  readonly private?: boolean;
  /** On error replies: the failure table's kind (and Altum's Retry-After), for callers that act on it (batch jobs). */
  readonly failure?: { readonly kind: string; readonly retryAfterMs?: number };
}
