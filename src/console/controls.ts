// Controls shared by the views: the range picker (presets and custom days) and sortable tables.
import { h } from './dom.js';
import { addDays, lastDay, PRESETS, setParams, type Granularity, type Range } from './route.js';

export function rangePicker(range: Range): HTMLElement {
  const from = h('input', { type: 'date', name: 'from', value: range.from, max: lastDay(), required: true });
  const to = h('input', { type: 'date', name: 'to', value: range.to, max: lastDay(), required: true });
  const form = h(
    'form',
    {
      class: 'range',
      'aria-label': 'Date range',
      onsubmit: (event: Event) => {
        event.preventDefault();
        setParams({ from: from.value, to: to.value });
      },
    },
    h(
      'div',
      { class: 'presets', role: 'group', 'aria-label': 'Range presets' },
      PRESETS.map((n) =>
        h(
          'button',
          {
            type: 'button',
            'aria-pressed': String(range.preset === n),
            onclick: () => setParams({ from: addDays(lastDay(), 1 - n), to: lastDay() }),
          },
          `Last ${n} days`,
        ),
      ),
    ),
    h('label', {}, 'From ', from),
    h('label', {}, 'To ', to),
    h('button', { type: 'submit' }, 'Show range'),
  );
  return form;
}

export function granularityPicker(current: Granularity): HTMLElement {
  const select = h(
    'select',
    { name: 'granularity', onchange: (e: Event) => setParams({ g: (e.target as HTMLSelectElement).value }) },
    (['DAY', 'WEEK', 'MONTH'] as const).map((g) => h('option', { value: g, selected: g === current }, g === 'DAY' ? 'Day' : g === 'WEEK' ? 'Week' : 'Month')),
  );
  return h('label', {}, 'Per ', select);
}

export interface Column<Row> {
  key: string;
  label: string;
  /** The value sorted on; null sorts last. */
  sortValue?: (row: Row) => number | string | null;
  cell: (row: Row) => Node | string;
  numeric?: boolean;
}

/** A table whose column headers are buttons that sort it (aria-sort says how it is sorted). */
export function sortableTable<Row>(caption: string, columns: Column<Row>[], rows: Row[], initial: { key: string; descending: boolean }): HTMLElement {
  let sort = initial;
  const table = h('table', { class: 'data sortable' }, h('caption', {}, caption));
  const thead = h('thead');
  const tbody = h('tbody');
  table.append(thead, tbody);
  const render = () => {
    const column = columns.find((c) => c.key === sort.key);
    const sorted = [...rows];
    if (column?.sortValue) {
      const value = column.sortValue;
      sorted.sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        if (x === y) return 0;
        if (x === null) return 1;
        if (y === null) return -1;
        const order = x < y ? -1 : 1;
        return sort.descending ? -order : order;
      });
    }
    thead.replaceChildren(
      h(
        'tr',
        {},
        columns.map((c) =>
          h(
            'th',
            { scope: 'col', class: c.numeric ? 'num' : null, 'aria-sort': c.key === sort.key ? (sort.descending ? 'descending' : 'ascending') : null },
            c.sortValue
              ? h(
                  'button',
                  {
                    type: 'button',
                    'data-sort': c.key,
                    onclick: () => {
                      sort = { key: c.key, descending: c.key === sort.key ? !sort.descending : c.numeric === true };
                      render();
                    },
                  },
                  c.label,
                  h('span', { 'aria-hidden': 'true', class: 'sort-mark' }, c.key === sort.key ? (sort.descending ? ' ▼' : ' ▲') : ''),
                )
              : c.label,
          ),
        ),
      ),
    );
    tbody.replaceChildren(
      ...sorted.map((row) =>
        h(
          'tr',
          {},
          columns.map((c) => h('td', { class: c.numeric ? 'num' : null, 'data-column': c.key }, c.cell(row))),
        ),
      ),
    );
  };
  render();
  return h('div', { class: 'table-scroll' }, table);
}
