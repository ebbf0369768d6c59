import type { Formatter } from '../format/formatter.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ReplyChart } from '../reply/reply.ts';
import { renderChartPng } from './render-chart.ts';

export interface WozPoint {
  /** Year of the WOZ reference date (1 January). */
  readonly year: number;
  readonly value: number;
}

/** The WOZ value over the years as a line, oldest left; expects points sorted by year. */
export function wozHistoryChart(points: readonly WozPoint[], t: Translate, f: Formatter): ReplyChart {
  const size = { width: 640, height: 320 } as const;
  const first = points[0];
  const last = points[points.length - 1];
  const png = renderChartPng(
    {
      title: { text: t('chart.woz.title'), left: 'center', top: 6, textStyle: { fontSize: 15 } },
      grid: { left: 90, right: 30, top: 44, bottom: 36 },
      xAxis: { type: 'category', data: points.map((p) => String(p.year)), boundaryGap: false },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { formatter: (value: unknown) => f.money(Number(value)) },
      },
      series: [
        {
          type: 'line',
          data: points.map((p) => p.value),
          symbolSize: 8,
          lineStyle: { width: 3, color: '#2f6db5' },
          itemStyle: { color: '#2f6db5' },
          areaStyle: { color: 'rgba(47, 109, 181, 0.15)' },
        },
      ],
    },
    size,
  );
  const alt =
    first && last
      ? t('chart.woz.alt', {
          from: first.year,
          first: f.money(first.value),
          to: last.year,
          last: f.money(last.value),
        })
      : t('chart.woz.title');
  return { name: 'woz-history', title: t('chart.woz.title'), alt, png, ...size };
}
