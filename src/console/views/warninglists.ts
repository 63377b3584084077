// The warninglists the service knows: selected for counting or not, versions, entries, and the
// entries it refused to load. Admins can reload them from MISP.
import { ApiError, request } from '../api.js';
import { sortableTable, type Column } from '../controls.js';
import { RefreshWarninglistsDocument, WarninglistsDocument } from '../documents.js';
import { formatInt, h, notice, replace, whenever } from '../dom.js';
import type { ConsoleWarninglistsQuery } from '../generated/graphql.js';
import type { Route } from '../route.js';
import { setParams } from '../route.js';
import type { Session } from '../session.js';

type List = ConsoleWarninglistsQuery['warninglists'][number];

export async function renderWarninglists(main: HTMLElement, route: Route, session: Session, reload: () => void): Promise<void> {
  const showAll = route.params.get('all') === '1';
  main.replaceChildren(h('h1', {}, 'Warninglists'), h('p', { class: 'loading' }, 'Loading…'));
  const { warninglists } = await request(WarninglistsDocument);
  const selected = warninglists.filter((w) => w.selected);
  const shown = showAll ? warninglists : selected;
  const outcome = h('div', { 'aria-live': 'polite' });
  const columns: Column<List>[] = [
    { key: 'name', label: 'Name', sortValue: (w) => w.name.toLowerCase(), cell: (w) => w.name },
    { key: 'selected', label: 'Selected', sortValue: (w) => (w.selected ? 1 : 0), cell: (w) => (w.selected ? 'yes' : 'no') },
    { key: 'type', label: 'Matching', sortValue: (w) => w.type, cell: (w) => w.type },
    { key: 'version', label: 'Version', numeric: true, sortValue: (w) => w.version, cell: (w) => String(w.version) },
    { key: 'entries', label: 'Entries', numeric: true, sortValue: (w) => w.entryCount, cell: (w) => formatInt(w.entryCount) },
    { key: 'invalid', label: 'Refused entries', numeric: true, sortValue: (w) => w.invalidEntries, cell: (w) => formatInt(w.invalidEntries) },
    { key: 'types', label: 'Attribute types', cell: (w) => w.matchingAttributes.join(', ') },
    { key: 'source', label: 'Source', sortValue: (w) => w.source, cell: (w) => w.source },
    { key: 'refreshed', label: 'Loaded', sortValue: (w) => w.refreshedAt, cell: (w) => w.refreshedAt.slice(0, 16).replace('T', ' ') },
  ];
  main.replaceChildren(
    h('h1', {}, 'Warninglists'),
    h('p', {}, `${selected.length} of ${warninglists.length} known lists are selected for counting and curation (WARNINGLIST_FILTERS and friends).`),
    h('label', {}, h('input', { type: 'checkbox', checked: showAll, onchange: (e: Event) => setParams({ all: (e.target as HTMLInputElement).checked ? '1' : null }) }), ' Show lists not selected too'),
    session.isAdmin
      ? h(
          'p',
          {},
          h(
            'button',
            {
              type: 'button',
              onclick: whenever(async () => {
                try {
                  const { refreshWarninglists: r } = await request(RefreshWarninglistsDocument);
                  if (r.__typename === 'MutationRefreshWarninglistsSuccess') reload();
                  else replace(outcome, notice('error', 'message' in r ? r.message : 'Refused.'));
                } catch (error) {
                  replace(outcome, notice('error', error instanceof ApiError ? error.message : String(error)));
                }
              }),
            },
            'Reload the lists from MISP now',
          ),
          outcome,
        )
      : '',
    warninglists.length === 0
      ? h('p', { class: 'empty' }, 'No warninglist loaded yet: they are loaded at the first run.')
      : sortableTable(showAll ? 'Every known warninglist' : 'Selected warninglists', columns, shown, { key: 'name', descending: false }),
  );
}
