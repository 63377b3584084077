// Starts GraphiQL from the service's own files (the page's CSP allows nothing else). The token
// comes from this tab's sessionStorage, shared with the console at "/", and is sent as an extra
// header: it never appears in the editor, in GraphiQL's stored state, or in a URL. Without a
// token, a banner says how to get one and takes it.
const TOKEN_KEY = 'misp-topcontrib.token';

interface YogaGraphiQLGlobal {
  renderYogaGraphiQL(root: Element, options: Record<string, unknown>): void;
}

const options = JSON.parse(document.getElementById('graphiql-options')?.textContent ?? '{}') as Record<string, unknown>;
const token = sessionStorage.getItem(TOKEN_KEY);
const workers: Record<string, string> = {
  editorWorkerService: '/graphiql/editor.worker.js',
  json: '/graphiql/json.worker.js',
  graphql: '/graphiql/graphql.worker.js',
};
(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (_moduleId: string, label: string) => workers[label] ?? workers.editorWorkerService,
};

// GraphiQL reopens the tab it finds saved only when told its query; otherwise a reload adds an
// empty tab beside it.
try {
  const saved = JSON.parse(localStorage.getItem('graphiql:tabState') ?? 'null') as { tabs?: { query?: string | null }[]; activeTabIndex?: number } | null;
  const query = saved?.tabs?.[saved.activeTabIndex ?? 0]?.query;
  if (query && localStorage.getItem('graphiql:query') === null) options.query = query;
} catch {
  // A saved state GraphiQL cannot read is GraphiQL's to reset.
}

const banner = document.getElementById('token-banner')!;
if (token) {
  options.additionalHeaders = { Authorization: `Bearer ${token}` };
  banner.querySelector('.with-token')!.removeAttribute('hidden');
  banner.querySelector('button.forget')!.addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    location.reload();
  });
} else {
  // Introspection needs a token (the schema is not shown to strangers): without one GraphiQL
  // asks for no schema, so the page opens on the help above instead of an error.
  options.schema = null;
  banner.querySelector('.without-token')!.removeAttribute('hidden');
  banner.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = banner.querySelector('input')!;
    if (input.value.trim() === '') return;
    sessionStorage.setItem(TOKEN_KEY, input.value.trim());
    location.reload();
  });
}
(window as unknown as { YogaGraphiQL: YogaGraphiQLGlobal }).YogaGraphiQL.renderYogaGraphiQL(document.getElementById('graphiql')!, options);
