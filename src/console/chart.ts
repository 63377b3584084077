// Time series charts on uPlot: one line (or stacked area) per series, told apart by colour AND
// dash pattern, with a legend naming each series and a data table under the chart, so a chart
// reads without colour and without sight.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatInt, h } from './dom.js';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

export interface ChartData {
  title: string;
  /** Bucket starts, YYYY-MM-DD. */
  days: string[];
  series: ChartSeries[];
  stacked?: boolean;
}

// Okabe–Ito: distinguishable with the common colour vision deficiencies.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999933', '#882255', '#44AA99'];
const DASHES: number[][] = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 6], [12, 6], [6, 2, 2, 2, 2, 2]];

const epochSeconds = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 1000;

function styleOf(i: number) {
  return { stroke: COLOURS[i % COLOURS.length]!, dash: DASHES[i % DASHES.length]!, width: 2 };
}

/** A figure: the chart, a caption, and the same numbers as a table. */
export function timeChart(data: ChartData): HTMLElement {
  const holder = h('div', { class: 'chart-canvas', role: 'img', 'aria-label': `${data.title}: chart; the same figures are in the table below.` });
  const table = dataTable(data);
  const total = data.series.reduce((sum, s) => sum + s.values.reduce<number>((a, v) => a + (v ?? 0), 0), 0);
  const figure = h(
    'figure',
    { class: 'chart', 'data-chart': data.title, 'data-points': data.days.length, 'data-series': data.series.length, 'data-total': total },
    h('figcaption', {}, data.title),
    holder,
    h('details', {}, h('summary', {}, 'The figures as a table'), table),
  );
  if (data.days.length === 0 || data.series.length === 0) {
    holder.replaceChildren(h('p', { class: 'empty' }, 'Nothing to draw: no community selected or no day in the range.'));
    return figure;
  }
  const x = data.days.map(epochSeconds);
  let plotted: (number | null)[][] = data.series.map((s) => s.values);
  const bands: uPlot.Band[] = [];
  if (data.stacked) {
    const sums = new Array<number>(x.length).fill(0);
    plotted = data.series.map((s) => s.values.map((v, i) => (sums[i] = sums[i]! + (v ?? 0))));
    for (let i = 1; i < plotted.length; i++) bands.push({ series: [i + 1, i] });
  }
  const options: uPlot.Options = {
    width: 600,
    height: 280,
    // Counts: the axis starts at zero, so heights compare.
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.05 : 1] } },
    axes: [{}, { values: (_u, ticks) => ticks.map((t) => formatInt(t)), size: 60 }],
    series: [
      { label: 'Bucket', value: (_u, v) => (v === null ? '–' : new Date(v * 1000).toISOString().slice(0, 10)) },
      ...data.series.map((s, i): uPlot.Series => {
        const style = styleOf(i);
        return {
          label: s.label,
          stroke: style.stroke,
          dash: style.dash,
          width: style.width,
          fill: data.stacked ? `${style.stroke}33` : undefined,
          points: { show: x.length <= 60 },
          // The legend shows the series' own value, not the stacked sum.
          value: (_u, _v, _si, idx) => (idx === null || idx === undefined ? '–' : s.values[idx] === null ? 'no data' : formatInt(s.values[idx] ?? 0)),
        };
      }),
    ],
    bands,
    legend: { live: true },
    cursor: { drag: { x: false, y: false } },
  };
  const plot = new uPlot(options, [x, ...plotted] as uPlot.AlignedData, holder);
  const fit = () => {
    const width = Math.max(260, holder.clientWidth);
    if (Math.abs(width - plot.width) > 2) plot.setSize({ width, height: width < 500 ? 220 : 280 });
  };
  new ResizeObserver(fit).observe(holder);
  requestAnimationFrame(fit);
  return figure;
}

function dataTable(data: ChartData): HTMLTableElement {
  return h(
    'table',
    { class: 'data' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Bucket'),
        data.series.map((s) => h('th', { scope: 'col' }, s.label)),
      ),
    ),
    h(
      'tbody',
      {},
      data.days.map((day, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, day),
          data.series.map((s) => h('td', {}, s.values[i] === null ? 'no data' : formatInt(s.values[i] ?? 0))),
        ),
      ),
    ),
  );
}
