// The simulator's sightings and the endpoints PyMISP calls when it connects, checked against MISP's
// OpenAPI document (app/webroot/doc/openapi.yaml, MISP 2.5) and SightingsController for what the
// document leaves out (failure bodies, wrappers). Each test names the schema its answer follows.
// Then MispClient's addSighting / listSightings / deleteSighting against it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MispNotFoundError, MispSaveError, MispServerError, type MispSighting } from '../../src/misp/index.js';
import { MispSimulator } from '../../src/misp/simulator/index.js';
import { clientFor, rejectionOf } from './helpers.js';

let sim: MispSimulator;
const DAY = '2025-03-01';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

beforeAll(async () => {
  sim = await MispSimulator.start({ seed: 3, communities: 2, startDate: DAY, days: 1, perDay: 200, warninglistsDir: false, now: () => 1_800_000_000 });
});
afterAll(() => sim.stop());

async function call(method: 'GET' | 'POST', path: string, body?: unknown, key = sim.keys.admin): Promise<{ status: number; body: ReturnType<typeof JSON.parse> }> {
  const res = await fetch(sim.url + path, {
    method,
    headers: { Authorization: key, Accept: 'application/json', 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.json() };
}

/** OpenAPI `Sighting`: string ids matching ^\d+$, a UUID, unix-time `date_sighting`, string `type` and `source`. */
function expectSightingSchema(s: MispSighting): void {
  for (const f of ['id', 'attribute_id', 'event_id', 'org_id', 'date_sighting'] as const) expect(s[f], f).toMatch(/^\d+$/);
  expect(s.uuid).toMatch(UUID);
  expect(typeof s.source).toBe('string');
  expect(s.type).toMatch(/^[012]$/);
}

const attr = (id: number) => sim.dataset.attribute(id)!;

describe('MISP simulator: sightings', () => {
  it('POST /sightings/add with type "1", an attribute id and a source saves one false-positive sighting (SightingResponse: {Sighting: Sighting})', async () => {
    const r = await call('POST', '/sightings/add', { id: '5', type: '1', source: 'misp-topcontrib' });
    expect(r.status).toBe(200);
    expectSightingSchema(r.body.Sighting);
    expect(r.body.Sighting).toMatchObject({ attribute_id: '5', event_id: String(attr(5).eventId), org_id: '1', type: '1', source: 'misp-topcontrib', date_sighting: '1800000000' });
    expect(sim.sightings.ofAttribute(5)).toHaveLength(1);
    expect(sim.mutations.at(-1)).toMatchObject({ action: 'sighting', attribute: '5', status: 200, sightingId: Number(r.body.Sighting.id) });
  });

  it('takes the attribute by uuid (in the body or the path), unwraps `request`, and adds again on every call: MISP sightings are not idempotent', async () => {
    const uuid = attr(6).uuid;
    await call('POST', '/sightings/add', { request: { uuid, type: 1, source: ' a ' } });
    await call('POST', `/sightings/add/${uuid}`, { type: '1', source: 'a' });
    const mine = sim.sightings.ofAttribute(6);
    expect(mine.map((s) => [s.type, s.source])).toEqual([
      [1, 'a'],
      [1, 'a'],
    ]);
  });

  it('by value: every attribute with that value (either half of a composite) is sighted; the default type is "0"', async () => {
    const a = attr(7);
    const r = await call('POST', '/sightings/add', { values: [a.value] });
    expect(r.body.Sighting).toMatchObject({ type: '0', source: '' });
    expect(sim.sightings.ofAttribute(7).some((s) => s.type === 0)).toBe(true);
  });

  it('refusals come with HTTP 200 and a message, as SightingsController answers them, and change nothing', async () => {
    const before = sim.sightings.all().length;
    expect(await call('POST', '/sightings/add', { id: '999999', type: '1' })).toEqual({
      status: 200,
      body: { message: 'Could not add the Sighting. Reason: No valid attributes found that match the criteria.' },
    });
    expect((await call('POST', '/sightings/add', { id: '5', type: '3' })).body.message).toBe('Could not add the Sighting. Reason: Invalid type, please change it before you POST 1000000 sightings.');
    expect((await call('POST', '/sightings/add', { type: '1' })).body.message).toBe('Could not add the Sighting. Reason: No valid attributes found.');
    expect(sim.sightings.all().length).toBe(before);
  });

  it("GET /sightings/index/{event id} lists the event's sightings flat with attribute_uuid and Organisation (SightingListResponse: [Sighting])", async () => {
    const r = await call('GET', `/sightings/index/${attr(5).eventId}`);
    expect(r.status).toBe(200);
    const five = r.body.filter((s: MispSighting) => s.attribute_id === '5');
    expect(five).toHaveLength(1);
    expectSightingSchema(five[0]);
    expect(five[0]).toMatchObject({ attribute_uuid: attr(5).uuid, Organisation: { id: '1', name: 'Host CERT' } });
    expect(five[0].Organisation.uuid).toMatch(UUID);
    expect((await call('GET', '/sightings/index/424242')).body).toEqual([]);
  });

  it('listSightings/{attribute id}/attribute: [{Sighting, Organisation: {name}}]; a deleted or unknown attribute is 405 "Invalid object."', async () => {
    const r = await call('GET', '/sightings/listSightings/5/attribute');
    expect(r.status).toBe(200);
    expect(r.body).toHaveLength(1);
    expectSightingSchema(r.body[0].Sighting);
    expect(r.body[0].Organisation).toEqual({ name: 'Host CERT' });
    expect(await call('GET', '/sightings/listSightings/999999/attribute')).toEqual({
      status: 405,
      body: { name: 'Invalid object.', message: 'Invalid object.', url: '/sightings/listSightings/999999/attribute' },
    });
  });

  it('restSearch with includeSightings attaches Attribute.Sighting ([Sighting]); without it there is none', async () => {
    const { from, to } = sim.dataset.dayRange(DAY);
    const search = (extra: object) => call('POST', '/attributes/restSearch', { returnFormat: 'json', timestamp: [from, to], limit: 10, page: 1, order: 'Attribute.id asc', ...extra });
    const withSightings = (await search({ includeSightings: 1 })).body.response.Attribute;
    const five = withSightings.find((a: { id: string }) => a.id === '5');
    expect(five.Sighting).toHaveLength(1);
    expectSightingSchema(five.Sighting[0]);
    expect(five.Sighting[0]).toMatchObject({ type: '1', attribute_uuid: five.uuid });
    expect(withSightings.find((a: { id: string }) => a.id === '1').Sighting).toEqual([]);
    expect((await search({})).body.response.Attribute.every((a: object) => !('Sighting' in a))).toBe(true);
  });

  it('POST /sightings/delete/{id} (DeleteSightingResponse); a second delete is 404 "Invalid sighting." (NotFoundApiError); GET is 405', async () => {
    const [s] = sim.sightings.ofAttribute(5);
    const url = `/sightings/delete/${s!.id}`;
    expect(await call('GET', url)).toEqual({
      status: 405,
      body: { name: 'This action can only be accessed via a post request.', message: 'This action can only be accessed via a post request.', url },
    });
    expect(await call('POST', url, {})).toEqual({
      status: 200,
      body: { saved: true, success: true, name: 'Sighting successfully deleted.', message: 'Sighting successfully deleted.', url, id: String(s!.id) },
    });
    expect(await call('POST', url, {})).toEqual({ status: 404, body: { name: 'Invalid sighting.', message: 'Invalid sighting.', url } });
    expect(sim.sightings.ofAttribute(5)).toEqual([]);
  });

  it("another org's sighting cannot be deleted by a non-admin: 404, as MISP hides it", async () => {
    const added = await call('POST', '/sightings/add', { id: '8', type: '1', source: 'x' });
    const r = await call('POST', `/sightings/delete/${added.body.Sighting.id}`, {}, sim.keys.sync[0]);
    expect(r.status).toBe(404);
    expect(sim.sightings.ofAttribute(8)).toHaveLength(1);
  });
});

describe('MISP simulator: what PyMISP asks for when it connects', () => {
  it('GET /servers/getPyMISPVersion.json (ServerPyMISPVersionResponse)', async () => {
    const r = await call('GET', '/servers/getPyMISPVersion.json');
    expect(r).toEqual({ status: 200, body: { version: expect.stringMatching(/^\d+\.\d+\.\d+$/) } });
  });

  it("GET /users/view/me.json: the key's User (User schema), Role, UserSetting and Organisation, secrets masked", async () => {
    const r = await call('GET', '/users/view/me.json', undefined, sim.keys.sync[1]);
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['User', 'Role', 'UserSetting', 'Organisation']);
    expect(r.body.User).toMatchObject({ id: '102', org_id: '200', email: 'sync@community-02.example', role_id: '5', password: '*****', disabled: false });
    expect(r.body.User).not.toHaveProperty('authkey');
    expect(r.body.Role).toMatchObject({ id: '5', name: 'Sync user', perm_sync: true, perm_site_admin: false, perm_sighting: true });
    expect(r.body.Organisation).toMatchObject({ id: '200', name: 'Community 02' });
    expect(JSON.stringify(r.body)).not.toContain(sim.keys.sync[1]);
    // Someone else's user: only a site admin may look.
    expect((await call('GET', '/users/view/1', undefined, sim.keys.user)).status).toBe(404);
    expect((await call('GET', '/users/view/102')).body.User.email).toBe('sync@community-02.example');
  });

  it('GET /attributes/describeTypes.json: {result: DescribeAttributeTypesResponse}, every type in a category and with sane defaults', async () => {
    const { status, body } = await call('GET', '/attributes/describeTypes.json');
    expect(status).toBe(200);
    const d = body.result;
    expect(Object.keys(d).sort()).toEqual(['categories', 'category_type_mappings', 'sane_defaults', 'types']);
    expect(d.sane_defaults['ip-dst']).toEqual({ default_category: 'Network activity', to_ids: 1 });
    expect(d.sane_defaults.comment).toEqual({ default_category: 'Other', to_ids: 0 });
    expect(d.categories).toEqual(Object.keys(d.category_type_mappings));
    for (const type of d.types) {
      expect(d.categories, type).toContain(d.sane_defaults[type].default_category);
      expect(d.category_type_mappings[d.sane_defaults[type].default_category], type).toContain(type);
    }
    for (const a of sim.dataset.attributesOfDay(DAY)) expect(d.types).toContain(a.type);
  });

  it('GET /organisations is the plain index (OrganisationListResponse): local organisations only; scope:external and scope:all the others', async () => {
    const names = async (path: string) => ((await call('GET', path)).body as { Organisation: { name: string; local: boolean } }[]).map((o) => o.Organisation.name);
    expect(await names('/organisations')).toEqual(['Host CERT']);
    expect(await names('/organisations/index')).toEqual(['Host CERT']);
    expect(await names('/organisations/index/scope:external')).toContain('Community 01');
    expect(await names('/organisations/index/scope:external')).not.toContain('Host CERT');
    expect((await names('/organisations/index/scope:all')).length).toBe(sim.dataset.orgs.size);
  });
});

describe('MispClient sightings', () => {
  it('addSighting by id and by uuid, listSightings newest first, deleteSighting', async () => {
    const c = clientFor(sim, sim.keys.admin);
    const byId = await c.addSighting({ attribute: '20', type: '1', source: 'misp-topcontrib' });
    expect(byId).toMatchObject({ attribute_id: '20', type: '1', source: 'misp-topcontrib' });
    const byUuid = await c.addSighting({ attribute: attr(20).uuid, type: '1', source: 'misp-topcontrib', timestamp: 1_800_000_100 });
    const listed = await c.listSightings('20');
    expect(listed.map((s) => s.id)).toEqual([byUuid.id, byId.id]);
    expect(listed[0]!.Organisation?.name).toBe('Host CERT');
    expect(await c.deleteSighting(byId.id)).toMatchObject({ saved: true, message: 'Sighting successfully deleted.' });
    expect((await c.listSightings('20')).map((s) => s.id)).toEqual([byUuid.id]);
    await c.close();
  });

  it("MISP's refusals become typed errors: unknown attribute or sighting → MispNotFoundError, invalid type → MispSaveError", async () => {
    const c = clientFor(sim, sim.keys.admin);
    const unknown = await rejectionOf(c.addSighting({ attribute: '999999', type: '1', source: 's' }));
    expect(unknown).toBeInstanceOf(MispNotFoundError);
    expect(unknown.message).toContain('No valid attributes found');
    expect(await rejectionOf(c.addSighting({ attribute: '5', type: '7' as '1', source: 's' }))).toBeInstanceOf(MispSaveError);
    expect(await rejectionOf(c.deleteSighting('987654'))).toBeInstanceOf(MispNotFoundError);
    expect(await rejectionOf(c.listSightings('999999'))).toBeInstanceOf(MispNotFoundError);
    await c.close();
  });

  it('addSighting makes one attempt: MISP may have saved the sighting before its 500, so it is not retried blindly', async () => {
    const c = clientFor(sim, sim.keys.admin);
    sim.setFaults({ errorRate: 1, maxFaults: 1, onlyPaths: 'sightings/add' });
    try {
      expect(await rejectionOf(c.addSighting({ attribute: '31', type: '1', source: 'once' }))).toBeInstanceOf(MispServerError);
    } finally {
      sim.setFaults({});
    }
    // The simulator, like MISP, saved it and then failed the answer.
    expect(sim.sightings.ofAttribute(31).filter((s) => s.source === 'once')).toHaveLength(1);
    await c.close();
  });

  it('ensureSighting after 500s and cut connections on /sightings/add finds what MISP saved: one sighting, whatever failed', async () => {
    const c = clientFor(sim, sim.keys.admin);
    sim.setFaults({ errorRate: 0.5, dropRate: 0.3, maxFaults: 3, seed: 4, onlyPaths: 'sightings' });
    let result;
    try {
      result = await c.ensureSighting({ attribute: '30', type: '1', source: 'retry' });
    } finally {
      sim.setFaults({});
    }
    expect(
      sim.sightings
        .ofAttribute(30)
        .filter((s) => s.source === 'retry')
        .map((s) => String(s.id)),
    ).toEqual([result.sighting.id]);
    // Again: MISP has it, nothing is added.
    expect(await c.ensureSighting({ attribute: '30', type: '1', source: 'retry' })).toEqual({ sighting: expect.objectContaining({ id: result.sighting.id }), added: false });
    expect(sim.sightings.ofAttribute(30).filter((s) => s.source === 'retry')).toHaveLength(1);
    await c.close();
  });
});
