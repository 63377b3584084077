// Runs: the recent ones with their status, notes and errors, the running one advancing live (the
// pipelineRunProgress subscription), and for admins the forms to run a day or backfill a range.
import { ApiError, request, subscribe } from '../api.js';
import { BackfillDocument, CancelRunDocument, RunDayDocument, RunProgressDocument, RunsDocument } from '../documents.js';
import { formatInt, h, notice, replace, whenever } from '../dom.js';
import type { ConsoleRunFragment } from '../generated/graphql.js';
import { addDays, lastDay } from '../route.js';
import type { Session } from '../session.js';

type Run = ConsoleRunFragment;
const LIVE: Run['status'][] = ['QUEUED', 'RUNNING'];

export async function renderRuns(main: HTMLElement, session: Session, signal: AbortSignal): Promise<void> {
  const tbody = h('tbody');
  const rows = new Map<string, HTMLElement>();
  const follow = (run: Run) => {
    if (!LIVE.includes(run.status)) return;
    subscribe(RunProgressDocument, { id: run.id }, (data) => show(data.pipelineRunProgress), signal).catch((error: unknown) => {
      if (signal.aborted) return;
      rows
        .get(run.id)
        ?.querySelector('.run-live')
        ?.replaceChildren(notice('error', error instanceof Error ? error.message : String(error)));
    });
  };
  const show = (run: Run) => {
    const row = runRow(run, session);
    const existing = rows.get(run.id);
    if (existing) existing.replaceWith(row);
    else tbody.prepend(row);
    rows.set(run.id, row);
  };
  const queued = (run: Run) => {
    show(run);
    follow(run);
  };

  main.replaceChildren(
    h('h1', {}, 'Runs'),
    session.isAdmin ? adminForms(queued) : h('p', { class: 'hint' }, 'Runs are started by the schedule, the command line, or an admin token.'),
    h('p', { class: 'loading' }, 'Loading runs…'),
  );
  const { pipelineRuns } = await request(RunsDocument);
  main.querySelector('.loading')?.remove();
  main.append(
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'runs-title' },
      h('h2', { id: 'runs-title' }, `Recent runs (${pipelineRuns.totalCount} in all)`),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data runs' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Run', 'What', 'Days', 'Status', 'Progress', 'Found', 'Notes and errors', ...(session.isAdmin ? [''] : [])].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          tbody,
        ),
      ),
    ),
  );
  for (const edge of [...pipelineRuns.edges].reverse()) show(edge.node);
  for (const edge of pipelineRuns.edges) follow(edge.node);
}

function runRow(run: Run, session: Session): HTMLElement {
  const p = run.progress;
  const live = LIVE.includes(run.status);
  const cells = [
    h('td', {}, `#${run.id}`),
    h(
      'td',
      {},
      run.kind.toLowerCase().replace('_', ' '),
      run.dryRun ? ' (dry run)' : '',
      run.curate ? '' : ' (no curation)',
      h('div', { class: 'muted' }, `by ${run.trigger.toLowerCase().replace('_', ' ')}`),
    ),
    h('td', {}, run.fromDay === run.toDay ? run.fromDay : `${run.fromDay} to ${run.toDay}`),
    h('td', { class: `status status-${run.status.toLowerCase()}` }, run.status.toLowerCase(), run.cancelRequested && live ? ' (cancelling)' : ''),
    h(
      'td',
      { class: 'run-live' },
      h('progress', { max: p.daysTotal, value: p.daysDone, 'aria-label': `Run ${run.id}: ${p.daysDone} of ${p.daysTotal} days` }),
      h('span', { class: 'run-progress' }, ` ${p.daysDone}/${p.daysTotal} days`),
      p.currentDay ? h('div', { class: 'muted' }, `on ${p.currentDay}`) : '',
    ),
    h(
      'td',
      {},
      `${formatInt(run.attributesProcessed)} attributes, ${formatInt(run.warninglistFalsePositives)} + ${formatInt(run.reputationFalsePositives)} false positives`,
      h('div', { class: 'muted' }, `curation ${run.curationDone} done, ${run.curationFailed} failed, ${run.curationPlanned} planned`),
    ),
    h('td', {}, run.notes ? h('div', {}, run.notes) : '', run.error ? h('div', { class: 'error-text' }, run.error) : ''),
  ];
  if (session.isAdmin) {
    const cell = h('td');
    if (live && !run.cancelRequested) {
      cell.append(
        h(
          'button',
          {
            type: 'button',
            onclick: whenever(async () => {
              try {
                const { cancelRun } = await request(CancelRunDocument, { id: run.id });
                if (cancelRun.__typename !== 'MutationCancelRunSuccess') cell.replaceChildren(notice('error', 'message' in cancelRun ? cancelRun.message : 'Refused.'));
              } catch (error) {
                cell.replaceChildren(notice('error', error instanceof ApiError ? error.message : String(error)));
              }
            }),
          },
          `Cancel run ${run.id}`,
        ),
      );
    }
    cells.push(cell);
  }
  return h('tr', { 'data-run': run.id, 'data-status': run.status }, cells);
}

type RunResult = { __typename: string; message?: string; run?: Run };

/** A text field of a submitted form; '' when absent (these forms have no file field). */
function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** The admin's forms. Dry run is ticked by default: a first run shows what curation would do. */
function adminForms(queued: (run: Run) => void): HTMLElement {
  const yesterday = lastDay();
  const outcome = h('div', { class: 'form-outcome', 'aria-live': 'polite' });
  const submit = (form: HTMLFormElement, send: () => Promise<RunResult>) =>
    whenever(async (event: Event) => {
      event.preventDefault();
      const button = form.querySelector('button')!;
      button.disabled = true;
      try {
        const result = await send();
        if (result.run) {
          replace(outcome, notice('ok', `Queued run #${result.run.id}.`));
          queued(result.run);
        } else replace(outcome, notice('error', result.message ?? 'Refused.'));
      } catch (error) {
        replace(outcome, notice('error', error instanceof ApiError ? error.message : String(error)));
      } finally {
        button.disabled = false;
      }
    });
  const dayForm: HTMLFormElement = h(
    'form',
    { class: 'run-form', 'aria-labelledby': 'run-day-title' },
    h('h3', { id: 'run-day-title' }, 'Run a day'),
    h('label', {}, 'Day ', h('input', { type: 'date', name: 'date', value: yesterday, max: yesterday, required: true })),
    h('label', {}, h('input', { type: 'checkbox', name: 'dryRun', checked: true }), ' Dry run (count and log curation, change nothing in MISP)'),
    h('button', { type: 'submit' }, 'Queue the run'),
  );
  dayForm.addEventListener(
    'submit',
    submit(dayForm, async () => {
      const data = new FormData(dayForm);
      const { runDay } = await request(RunDayDocument, { date: formText(data, 'date'), dryRun: data.get('dryRun') !== null });
      return runDay;
    }),
  );
  const backfillForm: HTMLFormElement = h(
    'form',
    { class: 'run-form', 'aria-labelledby': 'backfill-title' },
    h('h3', { id: 'backfill-title' }, 'Backfill a range'),
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: addDays(yesterday, -6), max: yesterday, required: true })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: yesterday, max: yesterday, required: true })),
    h('label', {}, h('input', { type: 'checkbox', name: 'curate', checked: true }), ' Curate false positives'),
    h('label', {}, h('input', { type: 'checkbox', name: 'dryRun', checked: true }), ' Dry run (count and log curation, change nothing in MISP)'),
    h('button', { type: 'submit' }, 'Queue the backfill'),
  );
  backfillForm.addEventListener(
    'submit',
    submit(backfillForm, async () => {
      const data = new FormData(backfillForm);
      const { backfill } = await request(BackfillDocument, { from: formText(data, 'from'), to: formText(data, 'to'), curate: data.get('curate') !== null, dryRun: data.get('dryRun') !== null });
      return backfill;
    }),
  );
  return h('section', { class: 'panel admin', 'aria-label': 'Start a run (admin)' }, h('h2', {}, 'Start a run'), h('div', { class: 'forms' }, dayForm, backfillForm), outcome);
}
