// The morning view: communities ranked over a range, and a chart of one metric over time for the
// communities chosen (the leaderboard's top five by default).
import { request } from '../api.js';
import { timeChart } from '../chart.js';
import { granularityPicker, rangePicker, sortableTable, type Column } from '../controls.js';
import { ContributionsDocument, LeaderboardDocument, TopSeriesDocument } from '../documents.js';
import { formatInt, formatPercent, h } from '../dom.js';
import type { ConsoleContributionsQuery, ConsoleLeaderboardQuery } from '../generated/graphql.js';
import { granularityOf, href, rangeOf, setParams, type Route } from '../route.js';

type Entry = ConsoleLeaderboardQuery['leaderboard'][number];

export const METRICS = {
  valid: 'Quality IoCs (valid)',
  falsePositives: 'False positives',
  warninglistFalsePositives: 'Warninglist false positives',
  reputationFalsePositives: 'Reputation false positives',
  evaluated: 'Evaluated attributes',
} as const;
export type Metric = keyof typeof METRICS;

const noData = (e: Entry) => e.daysCovered === 0;
/** A count, or "no data" for a community with no computed day in the range (not a zero). */
const count = (value: (e: Entry) => number) => (e: Entry) => (noData(e) ? h('span', { class: 'no-data' }, 'no data') : formatInt(value(e)));

/** The reads of the home view, started at once: the leaderboard and, unless communities were chosen, the top five's series. */
export function homeReads(route: Route) {
  const range = rangeOf(route.params);
  const granularity = granularityOf(route.params);
  return {
    leaderboard: request(LeaderboardDocument, { from: range.from, to: range.to }),
    top: route.params.has('orgs') ? null : request(TopSeriesDocument, { from: range.from, to: range.to, granularity }),
  };
}

export async function renderHome(main: HTMLElement, route: Route): Promise<void> {
  const range = rangeOf(route.params);
  const granularity = granularityOf(route.params);
  const metric: Metric = (Object.keys(METRICS) as Metric[]).find((m) => m === route.params.get('metric')) ?? 'valid';
  const stacked = route.params.get('stack') === '1';
  const board = h('section', { 'aria-labelledby': 'board-title', class: 'panel' }, h('h2', { id: 'board-title' }, 'Leaderboard'), h('p', { class: 'loading' }, 'Loading the leaderboard…'));
  const charts = h('section', { 'aria-labelledby': 'chart-title', class: 'panel' }, h('h2', { id: 'chart-title' }, 'Over time'), h('p', { class: 'loading' }, 'Loading the chart…'));
  main.replaceChildren(h('h1', {}, 'Communities'), rangePicker(range), board, charts);

  const reads = homeReads(route);
  // Whatever happens to the leaderboard, the chart's read is not left unhandled.
  reads.top?.catch(() => undefined);
  const { leaderboard } = await reads.leaderboard;
  performance.mark('console:leaderboard');
  const params = route.params;
  const columns: Column<Entry>[] = [
    { key: 'rank', label: 'Rank', numeric: true, sortValue: (e) => -e.rank, cell: (e) => String(e.rank) },
    {
      key: 'community',
      label: 'Community',
      sortValue: (e) => e.organization.alias,
      cell: (e) => h('a', { href: href(['community', e.organization.alias], { from: range.from, to: range.to, g: granularity }) }, e.organization.alias),
    },
    { key: 'valid', label: 'Quality IoCs', numeric: true, sortValue: (e) => (noData(e) ? null : e.valid), cell: count((e) => e.valid) },
    { key: 'evaluated', label: 'Evaluated', numeric: true, sortValue: (e) => (noData(e) ? null : e.evaluated), cell: count((e) => e.evaluated) },
    { key: 'wl', label: 'FP warninglists', numeric: true, sortValue: (e) => (noData(e) ? null : e.warninglistFalsePositives), cell: count((e) => e.warninglistFalsePositives) },
    { key: 'rep', label: 'FP reputation', numeric: true, sortValue: (e) => (noData(e) ? null : e.reputationFalsePositives), cell: count((e) => e.reputationFalsePositives) },
    {
      key: 'ratio',
      label: 'Quality ratio',
      numeric: true,
      sortValue: (e) => e.qualityRatio ?? null,
      cell: (e) => (noData(e) ? h('span', { class: 'no-data' }, 'no data') : formatPercent(e.qualityRatio)),
    },
    {
      key: 'coverage',
      label: 'Coverage',
      numeric: true,
      sortValue: (e) => e.coverage,
      cell: (e) => h('span', { title: `${e.daysCovered} of ${e.days} days computed` }, `${e.daysCovered}/${e.days} days`),
    },
  ];
  const withData = leaderboard.filter((e) => !noData(e));
  board.replaceChildren(
    h('h2', { id: 'board-title' }, 'Leaderboard'),
    h(
      'p',
      {},
      `${range.from} to ${range.to}: ${withData.length} of ${leaderboard.length} communities have computed days. "no data" means no day of the range was computed for that community, not zero.`,
    ),
    leaderboard.length === 0
      ? h('p', { class: 'empty' }, 'No community is registered yet. An admin adds one with `npx misp-topcontrib add-user <sync e-mail> <alias>`.')
      : sortableTable(`Communities ranked by quality IoCs, ${range.from} to ${range.to}`, columns, leaderboard, { key: 'rank', descending: true }),
  );

  const all = leaderboard.map((e) => e.organization.alias);
  let chosen: string[];
  let rows: ChartRow[];
  if (reads.top) {
    const top = (await reads.top).leaderboard.filter((e) => e.daysCovered > 0);
    chosen = top.map((e) => e.organization.alias);
    rows = top.flatMap((e) => e.organization.series.map((b) => ({ ...b, organization: e.organization })));
  } else {
    chosen = (params.get('orgs') ?? '').split(',').filter((a) => all.includes(a));
    rows = chosen.length === 0 ? [] : (await request(ContributionsDocument, { from: range.from, to: range.to, granularity, organizations: chosen })).contributions;
  }
  performance.mark('console:contributions');
  charts.replaceChildren(
    h('h2', { id: 'chart-title' }, 'Over time'),
    chartControls(granularity, metric, stacked, all, chosen, leaderboard),
    contributionsChart(rows, granularity, metric, chosen, stacked),
  );
}

type ChartRow = Pick<ConsoleContributionsQuery['contributions'][number], 'start' | 'daysCovered' | Metric> & { organization: { alias: string } };

function contributionsChart(rows: ChartRow[], granularity: 'DAY' | 'WEEK' | 'MONTH', metric: Metric, aliases: string[], stacked: boolean): HTMLElement {
  const title = `${METRICS[metric]} per ${granularity.toLowerCase()}`;
  const days = [...new Set(rows.map((c) => c.start))].sort();
  const index = new Map(days.map((d, i) => [d, i]));
  const series = aliases.map((alias) => ({ label: alias, values: new Array<number | null>(days.length).fill(null) }));
  const byAlias = new Map(series.map((s) => [s.label, s]));
  for (const row of rows) {
    const s = byAlias.get(row.organization.alias);
    // A bucket without a computed day is a gap, not a zero.
    if (s && row.daysCovered > 0) s.values[index.get(row.start)!] = row[metric];
  }
  return timeChart({ title, days, series, stacked });
}

function chartControls(granularity: 'DAY' | 'WEEK' | 'MONTH', metric: Metric, stacked: boolean, all: string[], chosen: string[], leaderboard: Entry[]): HTMLElement {
  const covered = new Map(leaderboard.map((e) => [e.organization.alias, e.daysCovered > 0]));
  const boxes = all.map((alias) => h('input', { type: 'checkbox', name: 'community', value: alias, checked: chosen.includes(alias) }));
  return h(
    'div',
    { class: 'chart-controls' },
    h(
      'label',
      {},
      'Metric ',
      h(
        'select',
        { name: 'metric', onchange: (e: Event) => setParams({ metric: (e.target as HTMLSelectElement).value }) },
        (Object.keys(METRICS) as Metric[]).map((m) => h('option', { value: m, selected: m === metric }, METRICS[m])),
      ),
    ),
    granularityPicker(granularity),
    h(
      'label',
      {},
      h('input', { type: 'checkbox', name: 'stack', checked: stacked, onchange: (e: Event) => setParams({ stack: (e.target as HTMLInputElement).checked ? '1' : null }) }),
      ' Stacked areas',
    ),
    h(
      'details',
      { class: 'communities' },
      h('summary', {}, `Communities shown (${chosen.length} of ${all.length})`),
      h(
        'form',
        {
          onsubmit: (event: Event) => {
            event.preventDefault();
            setParams({
              orgs: boxes
                .filter((b) => b.checked)
                .map((b) => b.value)
                .join(','),
            });
          },
        },
        h(
          'fieldset',
          {},
          h('legend', {}, 'Draw these communities'),
          boxes.map((box, i) => h('label', {}, box, ` ${all[i]}`, covered.get(all[i]!) ? '' : ' (no data)')),
        ),
        h('button', { type: 'submit' }, 'Draw'),
      ),
    ),
  );
}
