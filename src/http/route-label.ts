// The `route` label of the HTTP metrics. A fixed set of labels, so that a scanner trying random
// paths cannot grow the metrics without bound: the service's own paths by name, the REST API, its
// docs and the console's files each as one family, anything else as `other`.
const EXACT = new Set(['/', '/graphql', '/health', '/ready', '/metrics', '/api/openapi.json', '/docs', '/redoc']);
const FAMILIES = ['/api', '/docs', '/redoc', '/console', '/graphiql'];

export function routeLabel(path: string): string {
  if (EXACT.has(path)) return path;
  const family = FAMILIES.find((base) => path === base || path.startsWith(`${base}/`));
  return family ? `${family}/*` : 'other';
}
