// One community: its counts over the range, its series, what it sends by attribute type and by
// creator organisation, and its curation log with the evidence (restore for admins).
import { ApiError, request } from '../api.js';
import { timeChart } from '../chart.js';
import { granularityPicker, rangePicker } from '../controls.js';
import { CommunityDocument, CurationLogDocument, RestoreDocument } from '../documents.js';
import { formatInt, formatPercent, h, notice, whenever } from '../dom.js';
import type { ConsoleCommunityQuery, ConsoleCurationLogQuery } from '../generated/graphql.js';
import { granularityOf, href, rangeOf, type Route } from '../route.js';
import type { Session } from '../session.js';

type Bucket = NonNullable<ConsoleCommunityQuery['organization']>['series'][number];
type LogRow = ConsoleCurationLogQuery['curationLogs']['edges'][number]['node'];

/** Breakdown charts draw this many parts, the rest summed as "other". */
const TOP_PARTS = 6;

export async function renderCommunity(main: HTMLElement, route: Route, session: Session): Promise<void> {
  const alias = route.path[1] ?? '';
  const range = rangeOf(route.params);
  const granularity = granularityOf(route.params);
  main.replaceChildren(h('h1', {}, alias), h('p', { class: 'loading' }, 'Loading…'));
  const { organization } = await request(CommunityDocument, { alias, from: range.from, to: range.to, granularity });
  if (!organization) {
    main.replaceChildren(h('h1', {}, alias), notice('error', `No community has the alias "${alias}".`), h('p', {}, h('a', { href: '#/' }, 'Back to the leaderboard')));
    return;
  }
  const t = organization.totals;
  const days = organization.series.map((b) => b.start);
  const gap = (b: Bucket, v: number) => (b.daysCovered > 0 ? v : null);
  const log = h('section', { class: 'panel', 'aria-labelledby': 'log-title' }, h('h2', { id: 'log-title' }, 'Curation log'));
  main.replaceChildren(
    h('p', { class: 'crumbs' }, h('a', { href: href([], { from: range.from, to: range.to, g: granularity }) }, '← Leaderboard')),
    h('h1', {}, organization.alias, organization.mispOrgName ? h('small', {}, ` MISP organisation ${organization.mispOrgName}`) : ''),
    rangePicker(range),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'totals-title' },
      h('h2', { id: 'totals-title' }, `${range.from} to ${range.to}`),
      t.daysCovered === 0
        ? h('p', { class: 'no-data' }, 'No data: no day of this range was computed for this community.')
        : h(
            'dl',
            { class: 'totals' },
            stat('Quality IoCs', formatInt(t.valid)),
            stat('Evaluated', formatInt(t.evaluated)),
            stat('False positives (warninglists)', formatInt(t.warninglistFalsePositives)),
            stat('False positives (reputation)', formatInt(t.reputationFalsePositives)),
            stat('Confirmed malicious', formatInt(t.confirmedMalicious)),
            stat('Quality ratio', formatPercent(t.qualityRatio)),
          ),
      h('p', {}, `Coverage: ${t.daysCovered} of ${t.days} days computed.`),
      h('p', {}, 'Sync users: ', organization.syncUsers.length === 0 ? 'none registered.' : organization.syncUsers.map((u) => `${u.email} (${u.status.toLowerCase().replace('_', ' ')})`).join(', ')),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'series-title' },
      h('h2', { id: 'series-title' }, 'Over time'),
      h('div', { class: 'chart-controls' }, granularityPicker(granularity)),
      timeChart({
        title: `${organization.alias}: counts per ${granularity.toLowerCase()}`,
        days,
        series: [
          { label: 'Quality IoCs', values: organization.series.map((b) => gap(b, b.valid)) },
          { label: 'FP warninglists', values: organization.series.map((b) => gap(b, b.warninglistFalsePositives)) },
          { label: 'FP reputation', values: organization.series.map((b) => gap(b, b.reputationFalsePositives)) },
        ],
      }),
    ),
    breakdown('By attribute type', 'types-title', organization.series, (b) => b.types.map((p) => ({ key: p.attributeType, valid: p.valid, falsePositives: p.falsePositives, evaluated: p.evaluated }))),
    breakdown('By creator organisation (author)', 'creators-title', organization.series, (b) =>
      b.creators.map((p) => ({ key: p.creatorOrgName ? `${p.creatorOrgName} (#${p.creatorOrgId})` : `#${p.creatorOrgId}`, valid: p.valid, falsePositives: p.falsePositives, evaluated: p.evaluated })),
    ),
    log,
  );
  await renderLog(log, organization.alias, range.from, range.to, session);
}

function stat(label: string, value: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, value)];
}

interface Part {
  key: string;
  valid: number;
  falsePositives: number;
  evaluated: number;
}

/** Quality IoCs per part (type or creator) over time, stacked, plus the totals per part. */
function breakdown(title: string, id: string, series: Bucket[], partsOf: (b: Bucket) => Part[]): HTMLElement {
  const totals = new Map<string, Part>();
  for (const bucket of series) {
    for (const p of partsOf(bucket)) {
      const t = totals.get(p.key) ?? { key: p.key, valid: 0, falsePositives: 0, evaluated: 0 };
      t.valid += p.valid;
      t.falsePositives += p.falsePositives;
      t.evaluated += p.evaluated;
      totals.set(p.key, t);
    }
  }
  const ranked = [...totals.values()].sort((a, b) => b.valid - a.valid || a.key.localeCompare(b.key));
  const top = ranked.slice(0, TOP_PARTS).map((p) => p.key);
  const lines = top.map((key) => ({ label: key, values: series.map((b) => (b.daysCovered > 0 ? (partsOf(b).find((p) => p.key === key)?.valid ?? 0) : null)) }));
  if (ranked.length > TOP_PARTS) {
    lines.push({
      label: 'other',
      values: series.map((b) =>
        b.daysCovered > 0
          ? partsOf(b)
              .filter((p) => !top.includes(p.key))
              .reduce((s, p) => s + p.valid, 0)
          : null,
      ),
    });
  }
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': id },
    h('h2', { id }, title),
    ranked.length === 0
      ? h('p', { class: 'no-data' }, 'No data in this range.')
      : [
          timeChart({ title: `${title}: quality IoCs`, days: series.map((b) => b.start), series: lines, stacked: true }),
          h(
            'div',
            { class: 'table-scroll' },
            h(
              'table',
              { class: 'data' },
              h('caption', {}, `${title}, whole range`),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['', 'Quality IoCs', 'False positives', 'Evaluated', 'Quality ratio'].map((c, i) => h('th', { scope: 'col', class: i > 0 ? 'num' : null }, c)),
                ),
              ),
              h(
                'tbody',
                {},
                ranked.map((p) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, p.key),
                    h('td', { class: 'num' }, formatInt(p.valid)),
                    h('td', { class: 'num' }, formatInt(p.falsePositives)),
                    h('td', { class: 'num' }, formatInt(p.evaluated)),
                    h('td', { class: 'num' }, formatPercent(p.evaluated ? p.valid / p.evaluated : null)),
                  ),
                ),
              ),
            ),
          ),
        ],
  );
}

/** The evidence as stored by the pipeline, in words: which list entry matched, or OpenTIP's zone. */
export function evidenceText(evidence: unknown): string {
  const e = evidence as { warninglists?: { name?: string; entry?: string; value?: string }[]; reputation?: { provider?: string; kind?: string; value?: string; zone?: string | null }[] } | null;
  if (e?.warninglists?.length) return e.warninglists.map((w) => `warninglist "${w.name}" entry ${w.entry}${w.value ? ` (matched ${w.value})` : ''}`).join('; ');
  if (e?.reputation?.length) return e.reputation.map((r) => `${r.provider === 'opentip' ? 'OpenTIP' : r.provider} zone ${r.zone ?? 'unknown'} for ${r.kind} ${r.value}`).join('; ');
  return JSON.stringify(evidence);
}

async function renderLog(section: HTMLElement, alias: string, from: string, to: string, session: Session, after: string | null = null, tbody?: HTMLElement): Promise<void> {
  const { curationLogs } = await request(CurationLogDocument, { organization: alias, from, to, after });
  if (!tbody) {
    if (curationLogs.totalCount === 0) {
      section.append(h('p', { class: 'empty' }, 'No curation action in this range.'));
      return;
    }
    tbody = h('tbody');
    const headings = ['Day', 'Value', 'Type', 'Reason', 'Evidence', 'Action', 'Status', ...(session.isAdmin ? ['Restore'] : [])];
    section.append(
      h('p', {}, `${curationLogs.totalCount} action${curationLogs.totalCount === 1 ? '' : 's'}, newest first.`),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data log' },
          h('caption', {}, `Curation log of ${alias}, ${from} to ${to}`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              headings.map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          tbody,
        ),
      ),
    );
  }
  for (const edge of curationLogs.edges) tbody.append(logRow(edge.node, session));
  section.querySelector('button.more')?.remove();
  if (curationLogs.pageInfo.hasNextPage) {
    const more: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        class: 'more',
        onclick: () => {
          more.disabled = true;
          void renderLog(section, alias, from, to, session, curationLogs.pageInfo.endCursor ?? null, tbody);
        },
      },
      'Show older actions',
    );
    section.append(more);
  }
}

function logRow(row: LogRow, session: Session): HTMLElement {
  const status = h('td', {}, row.status.toLowerCase(), row.error ? h('div', { class: 'error-text' }, row.error) : '');
  const cells = [
    h('td', {}, row.day),
    h('td', { class: 'value' }, h('code', {}, row.value)),
    h('td', {}, row.attributeType),
    h('td', {}, row.reason === 'WARNINGLIST' ? 'warninglist' : 'reputation'),
    h('td', {}, evidenceText(row.evidence)),
    h('td', {}, row.action.toLowerCase().replace('_', ' ')),
    status,
  ];
  if (session.isAdmin) {
    const cell = h('td');
    if (row.status === 'DONE' && row.action === 'SOFT_DELETE') {
      const button: HTMLButtonElement = h(
        'button',
        {
          type: 'button',
          'aria-label': `Restore ${row.value} in MISP`,
          onclick: whenever(async () => {
            button.disabled = true;
            try {
              const { restoreCuratedAttribute: result } = await request(RestoreDocument, { id: row.id });
              if (result.__typename === 'MutationRestoreCuratedAttributeSuccess') {
                status.replaceChildren('restored');
                cell.replaceChildren(notice('ok', 'Restored in MISP.'));
              } else {
                cell.replaceChildren(notice('error', 'message' in result ? result.message : 'Refused.'));
              }
            } catch (error) {
              button.disabled = false;
              cell.append(notice('error', error instanceof ApiError ? error.message : String(error)));
            }
          }),
        },
        'Restore',
      );
      cell.append(button);
    }
    cells.push(cell);
  }
  return h('tr', {}, cells);
}
