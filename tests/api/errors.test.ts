import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_MESSAGE } from '../../api/errors';
import type { Db } from '../../api/db/connection';
import { createTestDb } from '../helpers/db';
import { postGraphQL, startTestApp, type RunningApp } from '../helpers/server';

describe('errors and production hardening', () => {
  let db: Db;
  let app: RunningApp;
  beforeAll(async () => {
    db = await createTestDb('embedded', { seed: 'reference' });
    app = await startTestApp(db, { NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('turns introspection off in production', async () => {
    const { body } = await postGraphQL(app.url, '{ __schema { types { name } } }');
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('does not suggest field names to probing callers', async () => {
    const { body } = await postGraphQL(app.url, '{ datasetz { totalCount } }');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('answers a database fault with a generic sentence, without SQL or a stack', async () => {
    await db.close(); // every query now fails inside the server
    const { body } = await postGraphQL(app.url, '{ datasets { totalCount } }');
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.message).toBe(INTERNAL_MESSAGE);
    expect(body.errors![0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(body)).not.toMatch(/select |from |\.ts:\d+|knex|pglite/i);
  });

  it('reports the database as unreachable on /healthz', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'degraded', database: { reachable: false } });
  });
});
