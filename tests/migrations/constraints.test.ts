/**
 * Every database constraint rejects a bad row: each case starts from a valid row, changes one
 * field, and expects PostgreSQL to refuse it by the constraint's name.
 */
import type { Knex } from 'knex';
import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../helpers/db';

type Row = Record<string, unknown>;
/** Stands for the base organization's id, known only once the suite has started. */
const OWNER = Symbol('owner');
interface Case {
  table: string;
  change: Row;
  constraint: string;
}

describeEachBackend('database constraints', (db) => {
  let ids: { org: number; dataset: number; user: number };
  const base = (): Record<string, Row> => ({
    organizations: { slug: 'o-x', name: 'Org X', kind: 'FUNDER' },
    users: { email: 'a@example.org', display_name: 'A', password_hash: 'h' },
    memberships: { user_id: ids.user, organization_id: ids.org, role: 'viewer' },
    datasets: { slug: 'd-x', name: 'D', source: 'S', citation: 'C', confidence: 'primary' },
    grants: {
      dataset_id: ids.dataset,
      funder_id: ids.org,
      fiscal_year: 2020,
      amount_usd: 100,
      trafficking_type: 'LABOR',
      row_hash: 'g1',
    },
    trainings: {
      dataset_id: ids.dataset,
      provider_id: ids.org,
      year: 2020,
      type_focus: 'SEX',
      audience: 'MIXED',
      participants: 10,
      hours: 2,
      row_hash: 't1',
    },
    service_records: {
      dataset_id: ids.dataset,
      provider_id: ids.org,
      year: 2020,
      trafficking_type: 'LABOR',
      survivors_served: 5,
      row_hash: 's1',
    },
    research_outputs: {
      dataset_id: ids.dataset,
      year: 2020,
      type_focus: 'LABOR',
      kind: 'STUDIES',
      output_count: 3,
      row_hash: 'r1',
    },
    need_indicators: {
      dataset_id: ids.dataset,
      indicator: 'x',
      basis: 'PREVALENCE',
      year: 2021,
      geography: 'WORLD',
      trafficking_type: 'LABOR',
      value: 10,
      unit: 'persons',
      confidence: 'secondary',
      row_hash: 'n1',
    },
    api_tokens: { user_id: ids.user, name: 't', token_hash: 'th', prefix: 'fs_', scope: 'read' },
    import_jobs: { kind: 'grants', file_name: 'f.csv' },
    audit_log: { action: 'sign_in' },
  });

  const cases: Case[] = [
    { table: 'organizations', change: { kind: 'BANK' }, constraint: 'organizations_kind_check' },
    { table: 'organizations', change: { name: '  ' }, constraint: 'organizations_name_check' },
    { table: 'users', change: { email: 'Upper@Example.org' }, constraint: 'users_email_check' },
    { table: 'memberships', change: { role: 'owner' }, constraint: 'memberships_role_check' },
    { table: 'datasets', change: { confidence: 'sure' }, constraint: 'datasets_confidence_check' },
    {
      table: 'datasets',
      change: { visibility: 'secret', owner_organization_id: OWNER },
      constraint: 'datasets_visibility_check',
    },
    { table: 'datasets', change: { vintage: 1066 }, constraint: 'datasets_vintage_check' },
    {
      table: 'datasets',
      change: { visibility: 'private' },
      constraint: 'datasets_private_has_owner_check',
    },
    { table: 'grants', change: { amount_usd: -1 }, constraint: 'grants_amount_check' },
    { table: 'grants', change: { fiscal_year: 1066 }, constraint: 'grants_year_check' },
    { table: 'grants', change: { trafficking_type: 'ORGAN' }, constraint: 'grants_type_check' },
    { table: 'grants', change: { labor_share: 1.5 }, constraint: 'grants_labor_share_check' },
    { table: 'grants', change: { labor_share: -0.1 }, constraint: 'grants_labor_share_check' },
    { table: 'grants', change: { service_category: 'BOATS' }, constraint: 'grants_category_check' },
    { table: 'grants', change: { us_state: 'ZZ' }, constraint: 'grants_state_check' },
    { table: 'grants', change: { country: 'us' }, constraint: 'grants_country_check' },
    { table: 'grants', change: { funder_id: 999999 }, constraint: 'grants_funder_id_foreign' },
    {
      table: 'trainings',
      change: { participants: -3 },
      constraint: 'trainings_participants_check',
    },
    { table: 'trainings', change: { hours: -1 }, constraint: 'trainings_hours_check' },
    { table: 'trainings', change: { year: 2200 }, constraint: 'trainings_year_check' },
    { table: 'trainings', change: { audience: 'ALIENS' }, constraint: 'trainings_audience_check' },
    { table: 'trainings', change: { type_focus: 'ALL' }, constraint: 'trainings_type_check' },
    {
      table: 'service_records',
      change: { survivors_served: -1 },
      constraint: 'service_records_served_check',
    },
    {
      table: 'service_records',
      change: { capacity: -1 },
      constraint: 'service_records_capacity_check',
    },
    {
      table: 'service_records',
      change: { declined_or_waitlisted: -1 },
      constraint: 'service_records_declined_check',
    },
    {
      table: 'service_records',
      change: { staff_fte: -0.5 },
      constraint: 'service_records_fte_check',
    },
    {
      table: 'service_records',
      change: { staff_turnover_rate: 1.2 },
      constraint: 'service_records_turnover_check',
    },
    {
      table: 'service_records',
      change: { tip_trained_share: -0.2 },
      constraint: 'service_records_tip_check',
    },
    {
      table: 'service_records',
      change: { cost_usd: -5 },
      constraint: 'service_records_cost_check',
    },
    {
      table: 'service_records',
      change: { us_state: 'XX' },
      constraint: 'service_records_state_check',
    },
    {
      table: 'research_outputs',
      change: { kind: 'BLOG' },
      constraint: 'research_outputs_kind_check',
    },
    {
      table: 'research_outputs',
      change: { output_count: -1 },
      constraint: 'research_outputs_count_check',
    },
    {
      table: 'research_outputs',
      change: { output_count: null },
      constraint: 'research_outputs_measure_check',
    },
    {
      table: 'research_outputs',
      change: { funding_usd: -1, output_count: null },
      constraint: 'research_outputs_funding_check',
    },
    {
      table: 'need_indicators',
      change: { basis: 'VIBES' },
      constraint: 'need_indicators_basis_check',
    },
    { table: 'need_indicators', change: { value: -1 }, constraint: 'need_indicators_value_check' },
    { table: 'need_indicators', change: { low: 11 }, constraint: 'need_indicators_low_check' },
    { table: 'need_indicators', change: { high: 9 }, constraint: 'need_indicators_high_check' },
    {
      table: 'need_indicators',
      change: { geography: 'Europe' },
      constraint: 'need_indicators_geography_check',
    },
    {
      table: 'need_indicators',
      change: { trafficking_type: 'ALL' },
      constraint: 'need_indicators_type_check',
    },
    {
      table: 'need_indicators',
      change: { confidence: 'high' },
      constraint: 'need_indicators_confidence_check',
    },
    { table: 'api_tokens', change: { scope: 'admin' }, constraint: 'api_tokens_scope_check' },
    { table: 'import_jobs', change: { status: 'lost' }, constraint: 'import_jobs_status_check' },
    { table: 'import_jobs', change: { kind: 'pdf' }, constraint: 'import_jobs_kind_check' },
    { table: 'import_jobs', change: { rows_done: -1 }, constraint: 'import_jobs_counts_check' },
    { table: 'audit_log', change: { action: '' }, constraint: 'audit_log_action_check' },
  ];

  beforeAll(async () => {
    const knex = db().knex;
    const [org] = await knex('organizations')
      .insert({ slug: 'base', name: 'Base', kind: 'FUNDER' })
      .returning<{ id: number }[]>('id');
    const [ds] = await knex('datasets')
      .insert({ slug: 'base', name: 'Base', source: 'S', citation: 'C', confidence: 'primary' })
      .returning<{ id: number }[]>('id');
    const [user] = await knex('users')
      .insert({ email: 'base@example.org', display_name: 'B', password_hash: 'h' })
      .returning<{ id: number }[]>('id');
    ids = { org: org!.id, dataset: ds!.id, user: user!.id };
  });

  async function insertRolledBack(knex: Knex, table: string, row: Row): Promise<void> {
    // Each attempt runs in its own transaction that is always rolled back, so cases stay independent.
    await knex
      .transaction(async (trx) => {
        await trx(table).insert(row);
        throw new Error('__rollback__');
      })
      .catch((err: Error) => {
        if (err.message !== '__rollback__') throw err;
      });
  }

  it.each(
    Object.keys({
      organizations: 1,
      users: 1,
      memberships: 1,
      datasets: 1,
      grants: 1,
      trainings: 1,
      service_records: 1,
      research_outputs: 1,
      need_indicators: 1,
      api_tokens: 1,
      import_jobs: 1,
      audit_log: 1,
    }),
  )('accepts a valid %s row', async (table) => {
    await expect(insertRolledBack(db().knex, table, base()[table]!)).resolves.toBeUndefined();
  });

  it.each(cases.map((c) => [c.table, c.constraint, c] as const))(
    '%s rejects a bad row by %s',
    async (_t, _c, c) => {
      const change = Object.fromEntries(
        Object.entries(c.change).map(([k, v]) => [k, v === OWNER ? ids.org : v]),
      );
      const row = { ...base()[c.table]!, ...change };
      const error = await insertRolledBack(db().knex, c.table, row).then(
        () => null,
        (e: { constraint?: string; message: string }) => e,
      );
      expect(error, 'the row was accepted').not.toBeNull();
      expect(error!.constraint ?? error!.message).toContain(c.constraint);
    },
  );
});
