import { ENERGY_LABELS } from '../format/energy-label.ts';
import type { Translate } from '../i18n/translate.ts';
import type { EnergyLabel, ReplyChart } from '../reply/reply.ts';
import { LABEL_COLOURS } from './label-colours.ts';
import { renderChartPng } from './render-chart.ts';

const SIZE = { width: 480, height: 360 } as const;

/**
 * The energy-label ladder (A++++ at the top, G at the bottom) as stepped bars, with the current label
 * and the potential label after measures marked beside their bars.
 */
export function labelLadderChart(
  current: EnergyLabel,
  potential: EnergyLabel | undefined,
  t: Translate,
): ReplyChart {
  const labels = [...ENERGY_LABELS].reverse();
  const marks = (label: EnergyLabel) =>
    [label === current ? t('chart.ladder.now') : '', label === potential ? t('chart.ladder.after') : '']
      .filter(Boolean)
      .join(' / ');
  const data = labels.map((label, i) => ({
    value: 4 + (labels.length - i) * 0.9,
    itemStyle: {
      color: LABEL_COLOURS[label],
      borderColor: label === current || label === potential ? '#111111' : LABEL_COLOURS[label],
      borderWidth: label === current || label === potential ? 3 : 0,
    },
    label: {
      show: true,
      position: 'insideLeft' as const,
      formatter: label,
      color: '#ffffff',
      fontWeight: 'bold' as const,
    },
  }));
  const pointers = labels.map((label, i) => ({
    value: labels.length - i + 4,
    label: {
      show: marks(label) !== '',
      position: 'right' as const,
      formatter: marks(label),
      fontWeight: 'bold' as const,
    },
    itemStyle: { color: 'transparent' },
  }));
  const png = renderChartPng(
    {
      title: { text: t('chart.ladder.title'), left: 'center', top: 6, textStyle: { fontSize: 16 } },
      grid: { left: 12, right: 110, top: 40, bottom: 10 },
      xAxis: { type: 'value', show: false, max: 15 },
      yAxis: { type: 'category', data: labels, show: false },
      series: [
        { type: 'bar', data, barWidth: '70%', z: 2 },
        { type: 'bar', data: pointers, barGap: '-100%', barWidth: '70%', z: 1, silent: true },
      ],
    },
    SIZE,
  );
  const alt =
    potential === undefined
      ? t('chart.ladder.altCurrent', { current })
      : t('chart.ladder.alt', { current, potential });
  return { name: 'label-ladder', title: t('chart.ladder.title'), alt, png, ...SIZE };
}
