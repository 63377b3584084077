// The web console at "/": asks for a token once (kept for this tab only), then shows the view the
// URL's hash names. Everything it loads and calls is on this service.
import './console.css';
import { ApiError, tokenStore } from './api.js';
import { h, notice, replace } from './dom.js';
import { currentRoute } from './route.js';
import { openSession, type Session } from './session.js';
import { renderCommunity } from './views/community.js';
import { homeReads, renderHome } from './views/home.js';
import { renderRuns } from './views/runs.js';
import { renderWarninglists } from './views/warninglists.js';

const TOKEN_HELP = 'npx misp-topcontrib token create --role reader --name <your name>';

const nav = h('nav', { 'aria-label': 'Views' });
const who = h('div', { class: 'who' });
const main = h('main', { id: 'main', tabindex: '-1' });

let session: Session | null = null;
let current: AbortController | null = null;

function navigation(): void {
  const view = currentRoute().path[0] ?? '';
  const link = (target: string, label: string, active: boolean) => h('a', { href: target, 'aria-current': active ? 'page' : null }, label);
  replace(
    nav,
    link('#/', 'Leaderboard', view === '' || view === 'community'),
    link('#/runs', 'Runs', view === 'runs'),
    link('#/warninglists', 'Warninglists', view === 'warninglists'),
    h('a', { href: '/graphql' }, 'GraphiQL'),
  );
}

function signInForm(problem: string | null): HTMLElement {
  const input = h('input', { type: 'password', id: 'token', name: 'token', autocomplete: 'off', spellcheck: 'false', required: true, placeholder: 'mtc_…' });
  return h(
    'section',
    { class: 'panel sign-in', 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, 'Paste your API token'),
    problem ? notice('error', problem) : '',
    h('p', {}, 'The console reads the service with your token. An admin creates one on the service host:'),
    h('pre', {}, h('code', {}, TOKEN_HELP)),
    h(
      'p',
      {},
      'A reader token shows the counts, runs and logs; an admin token also starts runs and restores curated attributes. The token is kept in this browser tab only and forgotten when the tab closes.',
    ),
    h(
      'form',
      {
        onsubmit: (event: Event) => {
          event.preventDefault();
          tokenStore.set(input.value.trim());
          void start();
        },
      },
      h('label', { for: 'token' }, 'API token '),
      input,
      h('button', { type: 'submit' }, 'Use this token'),
    ),
  );
}

function showWho(s: Session): void {
  replace(
    who,
    s.name === null ? 'Reading without a token' : [`${s.name} `, h('span', { class: `role role-${s.role?.toLowerCase()}` }, s.role === 'ADMIN' ? 'admin' : 'reader')],
    tokenStore.get()
      ? h(
          'button',
          {
            type: 'button',
            onclick: () => {
              tokenStore.clear();
              session = null;
              void start();
            },
          },
          'Forget token',
        )
      : h('button', { type: 'button', onclick: () => replace(main, signInForm(null)) }, 'Use a token'),
  );
}

async function render(): Promise<void> {
  if (!session) return;
  current?.abort();
  const controller = new AbortController();
  current = controller;
  navigation();
  const route = currentRoute();
  document.body.removeAttribute('data-ready');
  try {
    const view = route.path[0] ?? '';
    if (view === 'community') await renderCommunity(main, route, session);
    else if (view === 'runs') await renderRuns(main, session, controller.signal);
    else if (view === 'warninglists') await renderWarninglists(main, route, session, () => void render());
    else await renderHome(main, route);
  } catch (error) {
    if (controller.signal.aborted) return;
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      session = null;
      replace(main, signInForm(error.message));
      return;
    }
    main.append(notice('error', error instanceof Error ? error.message : String(error)));
  }
  if (current !== controller) return;
  document.body.dataset.ready = route.path[0] ?? 'home';
  performance.mark('console:ready');
}

async function start(): Promise<void> {
  replace(main, h('p', { class: 'loading' }, 'Connecting…'));
  // The morning view's reads start while the token is checked; the view joins them.
  const route = currentRoute();
  if (tokenStore.get() && (route.path[0] ?? '') === '') {
    const reads = homeReads(route);
    reads.leaderboard.catch(() => undefined);
    reads.top?.catch(() => undefined);
  }
  try {
    const result = await openSession();
    if (!result.ok) {
      session = null;
      replace(who);
      replace(main, signInForm(result.reason === 'refused' ? result.message : null));
      document.body.dataset.ready = 'sign-in';
      return;
    }
    session = result.session;
    performance.mark('console:session');
    showWho(session);
    await render();
  } catch (error) {
    replace(main, notice('error', error instanceof Error ? error.message : String(error)));
  }
}

document.body.replaceChildren(h('a', { href: '#main', class: 'skip' }, 'Skip to content'), h('header', { class: 'top' }, h('a', { href: '#/', class: 'brand' }, 'misp-topcontrib'), nav, who), main);
navigation();
window.addEventListener('hashchange', () => void render());
void start();
