import { expect, it } from 'vitest';
import { migrateLatest, migrateRollbackAll, migrationState } from '../../api/db/migrate';
import { MIGRATIONS } from '../../migrations/index';
import { describeEachBackend } from '../helpers/db';

const TABLES = [
  'organizations',
  'users',
  'memberships',
  'datasets',
  'dataset_shares',
  'grants',
  'trainings',
  'service_records',
  'research_outputs',
  'need_indicators',
  'sessions',
  'api_tokens',
  'invitations',
  'scenarios',
  'scenario_versions',
  'import_jobs',
  'audit_log',
];

describeEachBackend('migrations', (db) => {
  it('applies every migration and creates every table', async () => {
    const state = await migrationState(db().knex);
    expect(state.applied).toBe(MIGRATIONS.length);
    expect(state.pending).toEqual([]);
    for (const table of TABLES) expect(await db().knex.schema.hasTable(table), table).toBe(true);
  });

  it('rolls all the way down and up again', async () => {
    const knex = db().knex;
    await migrateRollbackAll(knex);
    for (const table of TABLES) expect(await knex.schema.hasTable(table), table).toBe(false);
    expect((await migrationState(knex)).pending).toHaveLength(MIGRATIONS.length);
    const applied = await migrateLatest(knex);
    expect(applied).toHaveLength(MIGRATIONS.length);
    for (const table of TABLES) expect(await knex.schema.hasTable(table), table).toBe(true);
  });

  it('is a no-op when run again', async () => {
    expect(await migrateLatest(db().knex)).toEqual([]);
  });
});
