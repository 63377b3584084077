import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MispAuthenticationError, MispClient, MispNotFoundError, MispPermissionError, MispSaveError, MispUnexpectedResponseError, type MispAttribute } from '../../src/misp/index.js';
import { MispSimulator, SKIPPED_TYPES, AUTH_FAILED, POST_ONLY } from '../../src/misp/simulator/index.js';
import { FAST_RETRY, clientFor, hardDeleteInMisp, rejectionOf } from './helpers.js';

let sim: MispSimulator;
const DAY = '2025-03-01';

beforeAll(async () => {
  sim = await MispSimulator.start({ seed: 7, communities: 3, startDate: DAY, days: 2, perDay: 600, falsePositiveShare: 0.1, warninglistsDir: false });
  sim.dataset.loadEvent({
    Event: {
      info: 'Imported with a broken value',
      timestamp: String(sim.dataset.dayRange(1).from + 100),
      Org: { name: 'Community 01' },
      Orgc: { name: 'Community 01 Author 1' },
      Attribute: [{ type: 'ip-dst', category: 'Network activity', value: '999.1.1.1', to_ids: true, uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }],
      Object: [{ id: '9', Attribute: [{ type: 'domain', value: 'imported.example', object_relation: 'domain' }] }],
    },
  });
});
afterAll(() => sim.stop());

async function collect(client: ReturnType<typeof clientFor>, day: string | number, pageSize = 100, notTypes = SKIPPED_TYPES) {
  const { from, to } = sim.dataset.dayRange(day);
  const all: MispAttribute[] = [];
  for await (const page of client.searchAttributes({ from, to, notTypes, pageSize })) all.push(...page);
  return all;
}

describe('MispClient read operations against the simulator', () => {
  it('getVersion reports the version and perm_sync of the key', async () => {
    const admin = clientFor(sim, sim.keys.admin);
    const sync = clientFor(sim, sim.keys.sync[0]!);
    const user = clientFor(sim, sim.keys.user);
    expect((await admin.getVersion()).version).toBe('2.5.1');
    expect((await sync.getVersion()).perm_sync).toBe(true);
    expect((await user.getVersion()).perm_sync).toBe(false);
  });

  it('lists users, roles and organisations in MISP shapes', async () => {
    const c = clientFor(sim, sim.keys.admin);
    const users = await c.listUsers();
    expect(users.find((u) => u.User.email === 'sync@community-02.example')?.User.org_id).toBe('200');
    expect(users[0]!.Role).not.toHaveProperty('perm_sync');
    const roles = await c.listRoles();
    expect(roles.find((r) => r.id === '5')).toMatchObject({ name: 'Sync user', perm_sync: true, perm_site_admin: false });
    const orgs = await c.listOrganisations();
    expect(orgs.map((o) => o.name)).toContain('Community 03');
    expect(await c.getOrganisation('300')).toMatchObject({ id: '300', name: 'Community 03' });
    expect(await rejectionOf(c.getOrganisation('424242'))).toBeInstanceOf(MispNotFoundError);
  });

  it('resolves sync users case-insensitively and tells other users apart', async () => {
    const c = clientFor(sim, sim.keys.admin);
    const r = await c.resolveSyncUser('SYNC@Community-03.example');
    expect(r.status).toBe('resolved');
    if (r.status === 'resolved') expect([r.user.id, r.role.id, r.organisation.name]).toEqual(['103', '5', 'Community 03']);
    expect(await c.resolveSyncUser('nobody@example.org')).toEqual({ status: 'not_found' });
    // The site admin role has perm_sync too, but is not a sync user.
    expect((await c.resolveSyncUser('admin@admin.test')).status).toBe('not_sync_user');
    expect((await c.resolveSyncUser('analyst@host.example')).status).toBe('not_sync_user');
  });

  it('serves warninglists raw-shaped: index, view, export', async () => {
    const c = clientFor(sim, sim.keys.admin);
    const index = await c.listWarninglists();
    expect(index.Warninglists.length).toBeGreaterThan(0);
    const first = index.Warninglists[0]!.Warninglist;
    expect(typeof first.id).toBe('string');
    const view = await c.viewWarninglist(first.id);
    expect(view.Warninglist.WarninglistEntry.length).toBe(Number(first.warninglist_entry_count));
    const file = await c.exportWarninglist(first.id);
    expect(file.list.length).toBe(Number(first.warninglist_entry_count));
    expect(await rejectionOf(c.viewWarninglist(9999))).toBeInstanceOf(MispNotFoundError);
  });

  it('searchAttributes returns exactly the day, skipped types excluded, with owner and creator orgs', async () => {
    const c = clientFor(sim, sim.keys.admin);
    const got = await collect(c, DAY, 77);
    const truth = [...sim.dataset.attributesOfDay(DAY)].filter((a) => !a.deleted && !SKIPPED_TYPES.includes(a.type));
    expect(got.map((a) => Number(a.id))).toEqual(truth.map((a) => a.id));
    const sample = got[5]!;
    const t = sim.dataset.attribute(Number(sample.id))!;
    expect(sample).toMatchObject({ value: t.value, type: t.type, to_ids: t.toIds, Event: { org_id: String(t.ownerOrgId), orgc_id: String(t.orgcId) } });
    expect(sample.event_uuid).toBe(sample.Event!.uuid);
    expect(truth.some((a) => a.plantedFrom)).toBe(true);
  });

  it('includes attributes of loaded MISP event files, object attributes too', async () => {
    const c = clientFor(sim, sim.keys.admin);
    const got = await collect(c, 1, 1000, []);
    expect(got.filter((a) => a.Event!.info === 'Imported with a broken value').map((a) => [a.value, a.object_id])).toEqual([
      ['999.1.1.1', '0'],
      ['imported.example', '9'],
    ]);
  });
});

describe('MispClient errors', () => {
  it('a bad key is an authentication error that never shows the key', async () => {
    const secret = 'definitely-secret-key-123456789012345678';
    const c = clientFor(sim, secret);
    const e = await rejectionOf(c.getVersion());
    expect(e).toBeInstanceOf(MispAuthenticationError);
    expect((e as MispAuthenticationError).mispMessage).toBe(AUTH_FAILED);
    for (const text of [e.message, String(e), JSON.stringify(e), inspect(e), JSON.stringify(c), inspect(c), String(e.stack)]) {
      expect(text).not.toContain(secret);
    }
  });

  it('a non-admin key on an admin endpoint is a permission error', async () => {
    const e = await rejectionOf(clientFor(sim, sim.keys.user).listUsers());
    expect(e).toBeInstanceOf(MispPermissionError);
    expect(e.message).toMatch(/site-admin/);
  });

  it("deleting another community's attribute without site admin is a permission error and changes nothing", async () => {
    const victim = [...sim.dataset.attributesOfDay(DAY)].find((a) => a.ownerOrgId === 300 && a.orgcId !== 100)!;
    const e = await rejectionOf(clientFor(sim, sim.keys.sync[0]!).softDeleteAttribute(victim.id));
    expect(e).toBeInstanceOf(MispPermissionError);
    expect(sim.dataset.attribute(victim.id)!.deleted).toBe(false);
    expect(sim.mutations.at(-1)).toMatchObject({ action: 'soft-delete', attribute: String(victim.id), status: 403, userEmail: 'sync@community-01.example' });
  });

  it('a failed save (403 saved:false) is a save error, not an auth error', async () => {
    const broken = [...sim.dataset.attributesOfDay(1)].find((a) => a.value === '999.1.1.1')!;
    const e = await rejectionOf(clientFor(sim, sim.keys.admin).disableIds(broken.id));
    expect(e).toBeInstanceOf(MispSaveError);
    expect((e as MispSaveError).errors).toEqual({ value: ['IP address has an invalid format.'] });
  });

  it('GET on a POST-only endpoint answers 405 with MISP body', async () => {
    const res = await fetch(`${sim.url}/attributes/delete/1`, { headers: { Authorization: sim.keys.admin, Accept: 'application/json' } });
    expect(res.status).toBe(405);
    expect(await res.json()).toEqual({ name: POST_ONLY, message: POST_ONLY, url: '/attributes/delete/1' });
  });

  it('a 200 that is not JSON (a login page) ends as an unexpected-response error after retries', async () => {
    const page = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html><body>Login</body></html>');
    });
    await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
    const c = new MispClient({ baseUrl: `http://127.0.0.1:${(page.address() as AddressInfo).port}`, apiKey: 'k-secret', retry: FAST_RETRY });
    const e = await rejectionOf(c.getVersion());
    page.close();
    expect(e).toBeInstanceOf(MispUnexpectedResponseError);
    expect((e as MispUnexpectedResponseError).attempts).toBe(FAST_RETRY.maxAttempts);
  });

  it('refuses a search window with from > to before sending anything', async () => {
    const iter = clientFor(sim, sim.keys.admin).searchAttributes({ from: 10, to: 5, notTypes: [] });
    expect(await rejectionOf(iter.next())).toBeInstanceOf(RangeError);
  });
});

describe('MispClient mutations', () => {
  it('soft delete sets deleted, bumps timestamp and un-publishes; a second delete is 404; restore brings it back', async () => {
    const admin = clientFor(sim, sim.keys.admin);
    const a = [...sim.dataset.attributesOfDay(DAY)].find((x) => !x.deleted && x.type === 'domain')!;
    expect(await admin.softDeleteAttribute(a.id)).toEqual({ message: 'Attribute deleted.' });
    const after = sim.dataset.attribute(a.id)!;
    expect(after.deleted).toBe(true);
    expect(after.timestamp).toBeGreaterThan(a.timestamp);
    expect(sim.dataset.event(a.eventId)!.published).toBe(false);
    const again = await rejectionOf(admin.softDeleteAttribute(a.id));
    expect(again).toBeInstanceOf(MispNotFoundError);
    expect((again as MispNotFoundError).mispMessage).toBe('Invalid attribute');
    const restored = await admin.restoreAttribute(a.id);
    expect(restored.Attribute.deleted).toBe(false);
  });

  it('a sync user may delete in events its org owns; hard delete removes the attribute', async () => {
    const own = [...sim.dataset.attributesOfDay(DAY)].find((x) => x.ownerOrgId === 200 && !x.deleted)!;
    await hardDeleteInMisp(sim, sim.keys.sync[1]!, own.id);
    expect(sim.dataset.attribute(own.id)).toBeUndefined();
    expect(sim.mutations.at(-1)).toMatchObject({ action: 'hard-delete', status: 200, userEmail: 'sync@community-02.example' });
  });

  it('disableIds sets to_ids false; attachTag adds a local tag by uuid', async () => {
    const admin = clientFor(sim, sim.keys.admin);
    const a = [...sim.dataset.attributesOfDay(DAY)].find((x) => x.toIds && !x.deleted && x.type === 'sha256')!;
    expect((await admin.disableIds(a.id)).Attribute.to_ids).toBe(false);
    const tag = 'false-positive:risk="high"';
    expect((await admin.attachTag(a.uuid, tag)).saved).toBe(true);
    expect(sim.dataset.attribute(a.id)!.tags.map((t) => [t.name, t.local])).toContainEqual([tag, true]);
    expect(await rejectionOf(admin.attachTag('00000000-0000-4000-8000-00000000ffff', tag))).toBeInstanceOf(MispNotFoundError);
    const res = await fetch(`${sim.url}/__sim/mutations`);
    const log = (await res.json()) as Array<{ action: string }>;
    expect(log.map((m) => m.action)).toEqual(expect.arrayContaining(['edit', 'tag', 'soft-delete', 'restore', 'hard-delete']));
  });
});
