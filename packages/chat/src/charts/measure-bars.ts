import type { Formatter } from '../format/formatter.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ReplyChart } from '../reply/reply.ts';
import { renderChartPng } from './render-chart.ts';

export interface MeasureBar {
  readonly label: string;
  readonly investment: number;
  readonly saving: number;
}

/** Investment (left axis) against yearly saving (right axis) per measure, as grouped bars. */
export function measureBarsChart(measures: readonly MeasureBar[], t: Translate, f: Formatter): ReplyChart {
  const size = { width: 640, height: 360 } as const;
  const money = (value: unknown) => f.money(Number(value));
  const png = renderChartPng(
    {
      title: { text: t('chart.measures.title'), left: 'center', top: 6, textStyle: { fontSize: 15 } },
      legend: { bottom: 4, data: [t('chart.measures.investment'), t('chart.measures.saving')] },
      grid: { left: 80, right: 80, top: 48, bottom: 80 },
      xAxis: {
        type: 'category',
        data: measures.map((m) => m.label),
        axisLabel: { interval: 0, rotate: measures.length > 3 ? 20 : 0, fontSize: 11 },
      },
      yAxis: [
        { type: 'value', axisLabel: { formatter: money } },
        { type: 'value', axisLabel: { formatter: money }, splitLine: { show: false } },
      ],
      series: [
        {
          name: t('chart.measures.investment'),
          type: 'bar',
          data: measures.map((m) => m.investment),
          itemStyle: { color: '#2f6db5' },
        },
        {
          name: t('chart.measures.saving'),
          type: 'bar',
          yAxisIndex: 1,
          data: measures.map((m) => m.saving),
          itemStyle: { color: '#3aa55d' },
        },
      ],
    },
    size,
  );
  return {
    name: 'measure-costs',
    title: t('chart.measures.title'),
    alt: t('chart.measures.alt', { count: measures.length }),
    png,
    ...size,
  };
}
