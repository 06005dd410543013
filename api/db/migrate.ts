/** Runs and reports knex migrations from the static list in migrations/index.ts. */
import type { Knex } from 'knex';
import { MIGRATIONS, migrationSource } from '../../migrations/index';

export async function migrateLatest(knex: Knex): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest({ migrationSource })) as [number, string[]];
  return applied;
}

export async function migrateRollbackAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback({ migrationSource }, true);
}

export interface MigrationState {
  applied: number;
  pending: string[];
  latest: string | null;
}

export async function migrationState(knex: Knex): Promise<MigrationState> {
  const hasTable = await knex.schema.hasTable('knex_migrations');
  const done: string[] = hasTable
    ? (await knex('knex_migrations').select<{ name: string }[]>('name')).map((r) => r.name)
    : [];
  const pending = MIGRATIONS.map(([name]) => name).filter((name) => !done.includes(name));
  return { applied: done.length, pending, latest: done.at(-1) ?? null };
}
