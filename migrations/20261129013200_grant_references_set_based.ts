/**
 * The references of grants (dataset_id -> datasets, funder_id and recipient_id -> organizations)
 * checked once per statement, set-based, instead of by foreign-key triggers that run a lookup per
 * row: an import of a million grants ran three million of those lookups (issue 13: 28% of the
 * merge's CPU at 200,000 rows). The guarantees are those the foreign keys gave, kept by triggers:
 *
 * - Insert or update of grants: after the statement, every dataset and organization its rows name
 *   is locked FOR KEY SHARE (as a foreign key's check locks it) and must exist; otherwise the
 *   statement fails with SQLSTATE 23503 and the old constraint's name (grants_dataset_id_foreign,
 *   grants_funder_id_foreign, grants_recipient_id_foreign).
 * - Delete of a dataset deletes its grants (ON DELETE CASCADE); delete of an organization that
 *   grants name fails (ON DELETE RESTRICT); so does changing the id of a named dataset or
 *   organization; TRUNCATE of datasets or organizations fails while grants has rows.
 * - Concurrency: the lock makes a concurrent delete of a named row wait for the inserting
 *   transaction, whose grants it then sees (READ COMMITTED takes a new snapshot per statement); a
 *   row deleted before the lock is not found and the insert fails. Under REPEATABLE READ or
 *   SERIALIZABLE a delete could not see grants committed after its snapshot (a foreign key uses a
 *   special cross-check snapshot there), so deletes of named datasets and organizations are
 *   refused outside READ COMMITTED, the default and the only level the app uses.
 *
 * tests/migrations/grantReferences.test.ts checks each of these on both databases.
 */
import type { Knex } from 'knex';

const FK_VIOLATION = (constraint: string, message: string) =>
  `RAISE EXCEPTION ${message} USING ERRCODE = 'foreign_key_violation', CONSTRAINT = '${constraint}', TABLE = 'grants'`;

const CHECK_REFERENCES = `
  CREATE FUNCTION grants_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    wanted bigint;
    locked bigint;
  BEGIN
    SELECT count(*) INTO wanted FROM (SELECT DISTINCT dataset_id FROM new_rows) r;
    SELECT count(*) INTO locked FROM (
      SELECT 1 FROM datasets d WHERE d.id IN (SELECT dataset_id FROM new_rows) FOR KEY SHARE OF d
    ) l;
    IF locked < wanted THEN
      ${FK_VIOLATION('grants_dataset_id_foreign', `'insert or update on table "grants" violates foreign key constraint "grants_dataset_id_foreign": a dataset it names does not exist'`)};
    END IF;
    SELECT count(*) INTO wanted FROM (
      SELECT funder_id AS id FROM new_rows UNION SELECT recipient_id FROM new_rows WHERE recipient_id IS NOT NULL
    ) r;
    SELECT count(*) INTO locked FROM (
      SELECT 1 FROM organizations o
      WHERE o.id IN (SELECT funder_id FROM new_rows UNION SELECT recipient_id FROM new_rows)
      FOR KEY SHARE OF o
    ) l;
    IF locked < wanted THEN
      IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = n.funder_id)) THEN
        ${FK_VIOLATION('grants_funder_id_foreign', `'insert or update on table "grants" violates foreign key constraint "grants_funder_id_foreign": a funder it names does not exist'`)};
      END IF;
      ${FK_VIOLATION('grants_recipient_id_foreign', `'insert or update on table "grants" violates foreign key constraint "grants_recipient_id_foreign": a recipient it names does not exist'`)};
    END IF;
    RETURN NULL;
  END $$;`;

/** Refuses deletes outside READ COMMITTED (see the module comment). */
const READ_COMMITTED_ONLY = `
    IF current_setting('transaction_isolation') <> 'read committed' THEN
      RAISE EXCEPTION 'datasets and organizations named by grants can be deleted or renumbered only in a READ COMMITTED transaction'
        USING ERRCODE = 'feature_not_supported';
    END IF;`;

/**
 * Ids of the statement's old rows that no longer exist: every deleted row, or, for an update,
 * the rows whose id changed (usually none, so an update of other columns costs one anti-join).
 */
const GONE = (table: string) =>
  `(SELECT id FROM old_rows WHERE TG_OP = 'DELETE' OR NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.id = old_rows.id))`;

const ORGANIZATIONS_RESTRICT = `
  CREATE FUNCTION organizations_restrict_grants() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT EXISTS ${GONE('organizations')} THEN
      RETURN NULL;
    END IF;
    ${READ_COMMITTED_ONLY}
    IF EXISTS (SELECT 1 FROM grants g WHERE g.funder_id IN ${GONE('organizations')}) THEN
      ${FK_VIOLATION('grants_funder_id_foreign', `'update or delete on table "organizations" violates foreign key constraint "grants_funder_id_foreign" on table "grants"'`)};
    END IF;
    IF EXISTS (SELECT 1 FROM grants g WHERE g.recipient_id IN ${GONE('organizations')}) THEN
      ${FK_VIOLATION('grants_recipient_id_foreign', `'update or delete on table "organizations" violates foreign key constraint "grants_recipient_id_foreign" on table "grants"'`)};
    END IF;
    RETURN NULL;
  END $$;`;

const DATASETS_CASCADE = `
  CREATE FUNCTION datasets_cascade_grants() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT EXISTS ${GONE('datasets')} THEN
      RETURN NULL;
    END IF;
    ${READ_COMMITTED_ONLY}
    IF TG_OP = 'DELETE' THEN
      DELETE FROM grants WHERE dataset_id IN (SELECT id FROM old_rows);
    ELSIF EXISTS (SELECT 1 FROM grants g WHERE g.dataset_id IN ${GONE('datasets')}) THEN
      ${FK_VIOLATION('grants_dataset_id_foreign', `'update on table "datasets" violates foreign key constraint "grants_dataset_id_foreign" on table "grants"'`)};
    END IF;
    RETURN NULL;
  END $$;`;

const REFUSE_TRUNCATE = `
  CREATE FUNCTION grants_refuse_truncate_of_referenced() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF EXISTS (SELECT 1 FROM grants) THEN
      RAISE EXCEPTION 'cannot truncate table "%" while grants names its rows', TG_TABLE_NAME
        USING ERRCODE = 'feature_not_supported';
    END IF;
    RETURN NULL;
  END $$;`;

// Statement triggers fire in name order: grant_references_* run before grant_rollups_*, whose
// rollup rows would otherwise meet grant_rollups' own foreign key to datasets first.
export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE grants DROP CONSTRAINT grants_dataset_id_foreign');
  await knex.raw('ALTER TABLE grants DROP CONSTRAINT grants_funder_id_foreign');
  await knex.raw('ALTER TABLE grants DROP CONSTRAINT grants_recipient_id_foreign');
  await knex.raw(CHECK_REFERENCES);
  await knex.raw(ORGANIZATIONS_RESTRICT);
  await knex.raw(DATASETS_CASCADE);
  await knex.raw(REFUSE_TRUNCATE);
  await knex.raw(`CREATE TRIGGER grant_references_insert AFTER INSERT ON grants
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION grants_check_references()`);
  await knex.raw(`CREATE TRIGGER grant_references_update AFTER UPDATE ON grants
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION grants_check_references()`);
  await knex.raw(`CREATE TRIGGER organizations_grants_delete AFTER DELETE ON organizations
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organizations_restrict_grants()`);
  await knex.raw(`CREATE TRIGGER organizations_grants_update AFTER UPDATE ON organizations
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organizations_restrict_grants()`);
  await knex.raw(`CREATE TRIGGER datasets_grants_delete AFTER DELETE ON datasets
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION datasets_cascade_grants()`);
  await knex.raw(`CREATE TRIGGER datasets_grants_update AFTER UPDATE ON datasets
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION datasets_cascade_grants()`);
  for (const table of ['datasets', 'organizations']) {
    await knex.raw(`CREATE TRIGGER ${table}_grants_truncate BEFORE TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION grants_refuse_truncate_of_referenced()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const [trigger, table] of [
    ['grant_references_insert', 'grants'],
    ['grant_references_update', 'grants'],
    ['organizations_grants_delete', 'organizations'],
    ['organizations_grants_update', 'organizations'],
    ['organizations_grants_truncate', 'organizations'],
    ['datasets_grants_delete', 'datasets'],
    ['datasets_grants_update', 'datasets'],
    ['datasets_grants_truncate', 'datasets'],
  ]) {
    await knex.raw(`DROP TRIGGER IF EXISTS ${trigger} ON ${table}`);
  }
  for (const fn of [
    'grants_check_references',
    'organizations_restrict_grants',
    'datasets_cascade_grants',
    'grants_refuse_truncate_of_referenced',
  ]) {
    await knex.raw(`DROP FUNCTION IF EXISTS ${fn}()`);
  }
  await knex.raw(
    'ALTER TABLE grants ADD CONSTRAINT grants_dataset_id_foreign FOREIGN KEY (dataset_id) REFERENCES datasets(id) ON DELETE CASCADE',
  );
  await knex.raw(
    'ALTER TABLE grants ADD CONSTRAINT grants_funder_id_foreign FOREIGN KEY (funder_id) REFERENCES organizations(id) ON DELETE RESTRICT',
  );
  await knex.raw(
    'ALTER TABLE grants ADD CONSTRAINT grants_recipient_id_foreign FOREIGN KEY (recipient_id) REFERENCES organizations(id) ON DELETE RESTRICT',
  );
}
