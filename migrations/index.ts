/**
 * The ordered list of migrations, loaded statically so that the same code runs under tsx, vitest
 * and any bundler. knex records each by name in knex_migrations.
 */
import type { Knex } from 'knex';
import * as m0100 from './20261126000100_organizations_and_users';
import * as m0200 from './20261126000200_datasets';
import * as m0300 from './20261126000300_grants';
import * as m0400 from './20261126000400_trainings';
import * as m0500 from './20261126000500_service_records';
import * as m0600 from './20261126000600_research_outputs';
import * as m0700 from './20261126000700_need_indicators';
import * as m0800 from './20261126000800_sessions_tokens_invitations';
import * as m0900 from './20261126000900_scenarios';
import * as m1000 from './20261126001000_import_jobs';
import * as m1100 from './20261126001100_audit_log';
import * as m2000 from './20261126002000_import_pipeline';
import * as m3000 from './20261126003000_grant_rollups';
import * as m4000 from './20261126004000_drop_redundant_grant_index';
import * as m291000 from './20261129001000_shared_limits';
import * as m5000 from './20261129005000_record_keys';
import * as m6000 from './20261129006000_research_periods';
import * as m7000 from './20261129007000_briefs';
import * as m13100 from './20261129013100_grants_import_indexes';
import * as m13200 from './20261129013200_grant_references_set_based';
import * as m301000 from './20261130001000_pending_datasets';
import * as m302000 from './20261130002000_import_not_trafficking';
import * as m303300 from './20261130033000_grant_triggers_one_pass';
import * as m332000 from './20261130032000_import_upload_refs';
import * as m335000 from './20261130035000_import_progress';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

export const MIGRATIONS: ReadonlyArray<readonly [string, Migration]> = [
  ['20261126000100_organizations_and_users', m0100],
  ['20261126000200_datasets', m0200],
  ['20261126000300_grants', m0300],
  ['20261126000400_trainings', m0400],
  ['20261126000500_service_records', m0500],
  ['20261126000600_research_outputs', m0600],
  ['20261126000700_need_indicators', m0700],
  ['20261126000800_sessions_tokens_invitations', m0800],
  ['20261126000900_scenarios', m0900],
  ['20261126001000_import_jobs', m1000],
  ['20261126001100_audit_log', m1100],
  ['20261126002000_import_pipeline', m2000],
  ['20261126003000_grant_rollups', m3000],
  ['20261126004000_drop_redundant_grant_index', m4000],
  ['20261129001000_shared_limits', m291000],
  ['20261129005000_record_keys', m5000],
  ['20261129006000_research_periods', m6000],
  ['20261129007000_briefs', m7000],
  ['20261129013100_grants_import_indexes', m13100],
  ['20261129013200_grant_references_set_based', m13200],
  ['20261130001000_pending_datasets', m301000],
  ['20261130002000_import_not_trafficking', m302000],
  ['20261130033000_grant_triggers_one_pass', m303300],
  ['20261130032000_import_upload_refs', m332000],
  ['20261130035000_import_progress', m335000],
];

/** A knex MigrationSource over MIGRATIONS. */
export const migrationSource: Knex.MigrationSource<readonly [string, Migration]> = {
  getMigrations: () => Promise.resolve([...MIGRATIONS]),
  getMigrationName: (m) => m[0],
  getMigration: (m) => Promise.resolve(m[1]),
};
