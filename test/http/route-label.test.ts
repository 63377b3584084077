// The HTTP metrics' route label: the REST API, its docs and the console's files each counted as
// one family (they were all `other`), and a scan of random paths kept to one label.
import { EventEmitter, once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeLabel } from '../../src/http/route-label.js';
import { raw, securityWorld, type SecurityWorld } from '../security/harness.js';

describe('HTTP metrics route label', () => {
  it('names the service paths, groups the REST API, its docs and the console files, and folds the rest into other', () => {
    expect(['/', '/graphql', '/health', '/ready', '/metrics', '/api/openapi.json', '/docs', '/redoc'].map(routeLabel)).toEqual([
      '/',
      '/graphql',
      '/health',
      '/ready',
      '/metrics',
      '/api/openapi.json',
      '/docs',
      '/redoc',
    ]);
    expect(['/api', '/api/leaderboard', '/api/organizations/alpha/series', '/api/leaderboard.csv'].map(routeLabel)).toEqual(['/api/*', '/api/*', '/api/*', '/api/*']);
    expect(['/docs/swagger-ui.css', '/redoc/redoc.standalone.js', '/console/app.3f2a.js', '/graphiql/graphiql.css'].map(routeLabel)).toEqual(['/docs/*', '/redoc/*', '/console/*', '/graphiql/*']);
    expect(['/apiary', '/wp-admin/setup.php', '/graphql/extra', '/.env', ''].map(routeLabel)).toEqual(['other', 'other', 'other', 'other', 'other']);
  });

  describe('as the server reports it', () => {
    let w: SecurityWorld;
    const observed = new EventEmitter();

    beforeAll(async () => {
      w = await securityWorld({}, { observe: (route, status) => observed.emit('response', { route, status }) });
    });
    afterAll(() => w?.close());

    it('labels each finished response by its family, whatever its status', async () => {
      const labelled: [string, number][] = [];
      for (const path of ['/api/leaderboard?from=2026-11-01&to=2026-11-02', '/api/organizations/nobody', '/docs', '/health', '/no-such-page?x=1']) {
        const finished = once(observed, 'response') as Promise<[{ route: string; status: number }]>;
        const response = await raw(w.port, { path });
        const [{ route, status }] = await finished;
        expect(status, path).toBe(response.status);
        labelled.push([route, status]);
      }
      expect(labelled).toEqual([
        ['/api/*', 401],
        ['/api/*', 401],
        ['/docs', 200],
        ['/health', 200],
        ['other', 404],
      ]);
    });
  });
});
