import type { ReplyChart } from '@altum-chat/chat';
import { type ChartSigner, chartHash } from './chart-id.ts';
import type { ChartStore } from './chart-store.ts';

/** Stores a reply's charts and hands back the signed public URLs the renderer puts in image blocks. */
export interface ChartPublisher {
  /** Stores every chart; returns a lookup for `toBlocks`'s `chartUrl`. Empty when there is no public URL. */
  publish(charts: readonly ReplyChart[]): Promise<(chart: ReplyChart) => string | undefined>;
}

export function createChartPublisher(options: {
  readonly publicUrl: string | undefined;
  readonly signer: ChartSigner;
  readonly store: ChartStore;
}): ChartPublisher {
  return {
    async publish(charts) {
      const { publicUrl } = options;
      if (!publicUrl || charts.length === 0) return () => undefined;
      const urls = new Map<ReplyChart, string>();
      for (const chart of charts) {
        const hash = chartHash(chart.png);
        await options.store.put(hash, chart.png);
        urls.set(chart, `${publicUrl}/charts/${options.signer.sign(hash)}.png`);
      }
      return (chart) => urls.get(chart);
    },
  };
}
