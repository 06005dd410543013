/**
 * Importing and correcting data over HTTP needs a signed-in steward of the organization the data
 * belongs to; imported datasets are that organization's and private; jobs (which quote the file's
 * cells) are readable by who ran them and by stewards of the dataset's organization only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../helpers/db';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { GRANT_HEADER } from '../import/helpers';
import { Client, makeOrganization, makeToken, makeUser, signedIn } from './helpers';

const FILE = `${GRANT_HEADER}\nA-1,Theta Fund,Theta Shelter,2023,5000,LABOR,,,US,CA,\nA-2,Theta Fund,,2023,-5,SEX,,,US,,\n`;

function form(content = FILE): FormData {
  const body = new FormData();
  body.append('file', new Blob([content], { type: 'text/csv' }), 'grants.csv');
  return body;
}

describeEachBackend('import access', (db) => {
  let app: RunningApp;
  let theta: number;
  let iota: number;
  const cookieOf = (c: Client) => `fairshare_session=${c.cookie('fairshare_session')}`;
  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/api/import?kind=grants&validOnly=true&${query}`, {
      method: 'POST',
      body: form(),
      headers,
    });
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/api/import${path}`, { headers });

  beforeAll(async () => {
    const knex = db().knex;
    theta = await makeOrganization(knex, 'theta', 'FUNDER');
    iota = await makeOrganization(knex, 'iota', 'PROVIDER');
    await makeUser(knex, 'steward@theta.org', [[theta, 'steward']]);
    await makeUser(knex, 'colleague@theta.org', [[theta, 'steward']]);
    await makeUser(knex, 'admin@theta.org', [[theta, 'admin']]);
    await makeUser(knex, 'viewer@theta.org', [[theta, 'viewer']]);
    await makeUser(knex, 'steward@iota.org', [[iota, 'steward']]);
    await makeUser(knex, 'both@orgs.org', [
      [theta, 'steward'],
      [iota, 'steward'],
    ]);
    app = await startTestApp(db(), { SIGNIN_RATE_LIMIT: '1000' });
  });
  afterAll(async () => {
    await app.close();
  });

  describe('who may import', () => {
    it('refuses anonymous callers with 401 and members below steward with 403', async () => {
      const anonymous = await post('dataset=Theta%20grants');
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: 'unauthenticated' });
      const viewer = await signedIn(app.url, 'viewer@theta.org');
      const below = await post('dataset=Theta%20grants', { cookie: cookieOf(viewer) });
      expect(below.status).toBe(403);
      expect((await below.json()).message).toMatch(/steward role/);
      expect(await db().knex('datasets').where('name', 'Theta grants')).toHaveLength(0);
    });

    it("imports a steward's file into a private dataset of their organization", async () => {
      const steward = await signedIn(app.url, 'steward@theta.org');
      const res = await post('dataset=Theta%20grants', { cookie: cookieOf(steward) });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ status: 'succeeded', counts: { inserted: 1, rejected: 1 } });
      const dataset = await db().knex('datasets').where('id', body.dataset.id).first();
      expect(dataset).toMatchObject({ owner_organization_id: theta, visibility: 'private' });
      // Not visible to anonymous callers or to another organization.
      const q = `{ datasets(first: 50, filter: { search: "Theta grants" }) { totalCount } }`;
      expect((await new Client(app.url).gql(q)).body.data!.datasets.totalCount).toBe(0);
      const iotaSteward = await signedIn(app.url, 'steward@iota.org');
      expect((await iotaSteward.gql(q)).body.data!.datasets.totalCount).toBe(0);
      expect((await steward.gql(q)).body.data!.datasets.totalCount).toBe(1);
      // The import is in the organization's audit log, for its admins.
      const admin = await signedIn(app.url, 'admin@theta.org');
      const log = await admin.gql(
        `query($org: ID!) { auditLog(organizationId: $org, first: 100) { nodes { action entityId } } }`,
        { org: String(theta) },
      );
      expect(log.body.data!.auditLog.nodes).toContainEqual({
        action: 'import',
        entityId: String(body.dataset.id),
      });
    });

    it("keeps organizations' datasets apart even when they have the same name", async () => {
      const iotaSteward = await signedIn(app.url, 'steward@iota.org');
      const res = await post('dataset=Theta%20grants', { cookie: cookieOf(iotaSteward) });
      const body = await res.json();
      const dataset = await db().knex('datasets').where('id', body.dataset.id).first();
      expect(dataset.owner_organization_id).toBe(iota);
      expect(
        await db().knex('datasets').whereRaw('lower(name) = ?', ['theta grants']),
      ).toHaveLength(2);
    });

    it('asks a steward of several organizations which one, and refuses one they do not steward', async () => {
      const both = await signedIn(app.url, 'both@orgs.org');
      const unnamed = await post('dataset=Shared', { cookie: cookieOf(both) });
      expect(unnamed.status).toBe(400);
      expect((await unnamed.json()).message).toMatch(
        /name the one whose data this is with organization=<id>/,
      );
      const named = await post(`dataset=Shared&organization=${iota}`, { cookie: cookieOf(both) });
      expect(named.status).toBe(200);
      const steward = await signedIn(app.url, 'steward@theta.org');
      const other = await post(`dataset=Shared&organization=${iota}`, {
        cookie: cookieOf(steward),
      });
      expect(other.status).toBe(403);
      const bad = await post('dataset=Shared&organization=abc', { cookie: cookieOf(steward) });
      expect(bad.status).toBe(400);
    });

    it('accepts a write token and refuses a read token', async () => {
      const steward = await signedIn(app.url, 'steward@theta.org');
      const read = await makeToken(steward, 'READ');
      const write = await makeToken(steward, 'WRITE');
      expect(
        (await post('dataset=Scripted', { authorization: `Bearer ${read.token}` })).status,
      ).toBe(403);
      expect(
        (await post('dataset=Scripted', { authorization: `Bearer ${write.token}` })).status,
      ).toBe(200);
    });

    it('never appends to a public dataset without an owner: a same-named import stays private', async () => {
      await db().knex('datasets').insert({
        slug: 'public-reference',
        name: 'Public reference',
        source: 's',
        citation: 'c',
        confidence: 'primary',
      });
      const steward = await signedIn(app.url, 'steward@theta.org');
      const body = await (
        await post('dataset=Public%20reference', { cookie: cookieOf(steward) })
      ).json();
      const created = await db().knex('datasets').where('id', body.dataset.id).first();
      expect(created).toMatchObject({
        slug: expect.not.stringMatching(/^public-reference$/),
        visibility: 'private',
      });
      const publicOne = await db().knex('datasets').where('slug', 'public-reference').first();
      expect(await db().knex('grants').where('dataset_id', publicOne.id)).toHaveLength(0);
    });
  });

  describe('who may read import jobs', () => {
    let jobId: number;
    beforeAll(async () => {
      const steward = await signedIn(app.url, 'steward@theta.org');
      jobId = (await (await post('dataset=Theta%20jobs', { cookie: cookieOf(steward) })).json())
        .jobId;
    });

    it('refuses anonymous callers', async () => {
      expect((await get('/jobs')).status).toBe(401);
      expect((await get(`/jobs/${jobId}`)).status).toBe(401);
      expect((await get(`/jobs/${jobId}/rejected.csv`)).status).toBe(401);
    });

    it('shows a job to who ran it and to stewards of its organization', async () => {
      for (const email of ['steward@theta.org', 'colleague@theta.org']) {
        const c = await signedIn(app.url, email);
        expect((await get(`/jobs/${jobId}`, { cookie: cookieOf(c) })).status).toBe(200);
        const csv = await get(`/jobs/${jobId}/rejected.csv`, { cookie: cookieOf(c) });
        expect(await csv.text()).toContain('A-2,Theta Fund');
        const list = await (await get('/jobs', { cookie: cookieOf(c) })).json();
        expect(list.jobs.map((j: { jobId: number }) => j.jobId)).toContain(jobId);
      }
    });

    it("hides it from other organizations and from the organization's viewers, as if it did not exist", async () => {
      for (const email of ['steward@iota.org', 'viewer@theta.org']) {
        const c = await signedIn(app.url, email);
        expect((await get(`/jobs/${jobId}`, { cookie: cookieOf(c) })).status).toBe(404);
        const csv = await get(`/jobs/${jobId}/rejected.csv`, { cookie: cookieOf(c) });
        expect(csv.status).toBe(404);
        expect(await csv.text()).not.toContain('Theta Fund');
        const list = await (await get('/jobs', { cookie: cookieOf(c) })).json();
        expect(list.jobs.map((j: { jobId: number }) => j.jobId)).not.toContain(jobId);
      }
    });
  });
});
