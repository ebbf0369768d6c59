import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../format/formatter.ts';
import { createTranslator } from '../i18n/translate.ts';
import type { ReplyChart } from '../reply/reply.ts';
import { labelLadderChart } from './label-ladder.ts';
import { measureBarsChart } from './measure-bars.ts';
import { renderChartSvg } from './render-chart.ts';
import { wozHistoryChart } from './woz-history.ts';

/** Decodes the PNG and counts what a person would see: non-white pixels and distinct colours. */
function inspect(chart: ReplyChart) {
  const png = PNG.sync.read(Buffer.from(chart.png));
  let ink = 0;
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    if (r < 245 || g < 245 || b < 245) ink++;
    colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
  }
  return {
    width: png.width,
    height: png.height,
    inkShare: ink / (png.width * png.height),
    colours: colours.size,
  };
}

const t = createTranslator('nl');
const f = createFormatter('nl');

describe('charts', () => {
  it('draws the label ladder with the label colours and both marks', () => {
    const chart = labelLadderChart('E', 'A', t);
    const seen = inspect(chart);
    expect(seen.width).toBe(chart.width * 2);
    expect(seen.height).toBe(chart.height * 2);
    expect(seen.inkShare).toBeGreaterThan(0.15);
    expect(seen.colours).toBeGreaterThan(10);
    expect(chart.alt).toContain('E');
    expect(chart.alt).toContain('A');
  });

  it('marks current and potential labels in the SVG it rasterises', () => {
    const svg = renderChartSvg({ series: [], title: { text: 'x' } }, { width: 100, height: 100 });
    expect(svg.startsWith('<svg')).toBe(true);
    const chart = labelLadderChart('C', undefined, createTranslator('en'));
    expect(chart.alt).toBe('Energy label ladder from A++++ to G; current label C.');
  });

  it('draws investment against saving per measure', () => {
    const chart = measureBarsChart(
      [
        { label: 'gevelisolatie', investment: 6890, saving: 410 },
        { label: 'HR++ glas', investment: 3120, saving: 150 },
      ],
      t,
      f,
    );
    const seen = inspect(chart);
    expect([seen.width, seen.height]).toEqual([1280, 720]);
    expect(seen.inkShare).toBeGreaterThan(0.03);
    expect(seen.colours).toBeGreaterThan(5);
  });

  it('draws the WOZ history line', () => {
    const chart = wozHistoryChart(
      [
        { year: 2020, value: 518_000 },
        { year: 2021, value: 551_000 },
        { year: 2022, value: 630_000 },
      ],
      t,
      f,
    );
    const seen = inspect(chart);
    expect([seen.width, seen.height]).toEqual([1280, 640]);
    expect(seen.inkShare).toBeGreaterThan(0.03);
    expect(seen.colours).toBeGreaterThan(5);
    expect(chart.alt).toBe('Lijndiagram van de WOZ-waarde van 2020 (€ 518.000) tot 2022 (€ 630.000).');
  });
});
