import { LABEL_COLOURS } from '../charts/label-colours.ts';
import { renderChartPng } from '../charts/render-chart.ts';
import { ENERGY_LABELS } from '../format/energy-label.ts';
import type { Translate } from '../i18n/translate.ts';
import type { EnergyLabel, ReplyChart } from '../reply/reply.ts';

const SIZE = { width: 560, height: 320 } as const;

/** How many addresses of a portfolio have each energy label, in the label colours. */
export function labelDistributionChart(counts: ReadonlyMap<EnergyLabel, number>, t: Translate): ReplyChart {
  const labels = ENERGY_LABELS.filter(
    (label) => (counts.get(label) ?? 0) > 0 || ['A', 'B', 'C', 'D', 'E', 'F', 'G'].includes(label),
  );
  const png = renderChartPng(
    {
      title: { text: t('batch.chart.labels.title'), left: 'center', top: 6, textStyle: { fontSize: 16 } },
      grid: { left: 40, right: 16, top: 44, bottom: 30 },
      xAxis: { type: 'category', data: [...labels] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          data: labels.map((label) => ({
            value: counts.get(label) ?? 0,
            itemStyle: { color: LABEL_COLOURS[label] },
            label: { show: true, position: 'top' as const },
          })),
        },
      ],
    },
    SIZE,
  );
  const alt = t('batch.chart.labels.alt', {
    counts: labels.map((label) => `${label} ${counts.get(label) ?? 0}`).join(', '),
  });
  return { name: 'batch-labels', title: t('batch.chart.labels.title'), alt, png, ...SIZE };
}
