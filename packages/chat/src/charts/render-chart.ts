import { createRequire } from 'node:module';
import type * as ResvgModule from '@resvg/resvg-js';
import type * as EChartsModule from 'echarts';

/**
 * Renders an ECharts option to PNG without a browser: ECharts' server-side SVG renderer, then resvg to
 * rasterise. https://echarts.apache.org/handbook/en/how-to/cross-platform/server/
 * resvg draws text only with fonts it can find, so system fonts are loaded and a common sans-serif
 * (DejaVu Sans on Linux, as on GitHub's Ubuntu runners) is named first.
 */

/**
 * ECharts (several MB of JavaScript) and resvg (a native addon) load on the first chart, not at start:
 * a bot that never draws a chart never loads them, and start-up and idle memory stay small.
 * `require` keeps rendering synchronous; both packages ship CommonJS entries.
 */
const load = createRequire(import.meta.url);
let echartsModule: typeof EChartsModule | undefined;
let resvgModule: typeof ResvgModule | undefined;
const echarts = (): typeof EChartsModule => {
  echartsModule ??= load('echarts') as typeof EChartsModule;
  return echartsModule;
};
const resvg = (): typeof ResvgModule => {
  resvgModule ??= load('@resvg/resvg-js') as typeof ResvgModule;
  return resvgModule;
};

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** The font stack every chart uses; the first installed one wins. */
export const CHART_FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

/** Chart background; also what the PNG tests treat as "empty". */
export const CHART_BACKGROUND = '#ffffff';

export function renderChartSvg(option: EChartsModule.EChartsOption, size: ChartSize): string {
  const chart = echarts().init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: CHART_BACKGROUND,
      textStyle: { fontFamily: CHART_FONT },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Renders the option at 2× for sharp images in chat clients; `width`/`height` stay the logical size. */
export function renderChartPng(option: EChartsModule.EChartsOption, size: ChartSize): Uint8Array {
  const svg = renderChartSvg(option, size);
  const image = new (resvg().Resvg)(svg, {
    background: CHART_BACKGROUND,
    fitTo: { mode: 'width', value: size.width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(image.render().asPng());
}
