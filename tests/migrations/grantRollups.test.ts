/**
 * grant_rollups stays in step with grants through inserts, updates and deletes: after each write,
 * every grain's totals equal a GROUP BY over grants, and hand-checked cells hold hand-worked sums.
 */
import type { Knex } from 'knex';
import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../helpers/db';
import { loadFixture, type FixtureIds } from '../helpers/fixture';

async function rollupMatchesGrants(knex: Knex): Promise<void> {
  const fromGrants = await knex.raw<{ rows: unknown[] }>(`
    SELECT 'funder' AS grain, dataset_id, fiscal_year, trafficking_type, funder_id::text AS k,
           sum(amount_usd)::float8 AS amount, count(*)::int AS n,
           coalesce(sum(amount_usd * labor_share), 0)::float8 AS dl
    FROM grants GROUP BY dataset_id, fiscal_year, trafficking_type, funder_id
    UNION ALL
    SELECT 'state', dataset_id, fiscal_year, trafficking_type, country || '/' || coalesce(us_state, ''),
           sum(amount_usd)::float8, count(*)::int, coalesce(sum(amount_usd * labor_share), 0)::float8
    FROM grants GROUP BY dataset_id, fiscal_year, trafficking_type, country, us_state
    UNION ALL
    SELECT 'category', dataset_id, fiscal_year, trafficking_type, service_category,
           sum(amount_usd)::float8, count(*)::int, coalesce(sum(amount_usd * labor_share), 0)::float8
    FROM grants GROUP BY dataset_id, fiscal_year, trafficking_type, service_category
    ORDER BY 1, 2, 3, 4, 5`);
  const fromRollups = await knex.raw<{ rows: unknown[] }>(`
    SELECT grain, dataset_id, fiscal_year, trafficking_type,
           CASE grain WHEN 'funder' THEN funder_id::text WHEN 'state' THEN country || '/' || us_state ELSE service_category END AS k,
           amount_sum::float8 AS amount, record_count::int AS n, declared_labor_sum::float8 AS dl
    FROM grant_rollups ORDER BY 1, 2, 3, 4, 5`);
  expect(fromRollups.rows).toEqual(fromGrants.rows);
}

describeEachBackend('grant rollups', (db) => {
  let ids: FixtureIds;
  beforeAll(async () => {
    ids = await loadFixture(db().knex);
  });

  it('hold the fixture totals after insert', async () => {
    const knex = db().knex;
    await rollupMatchesGrants(knex);
    // 2020 SEX by state: one grant of $300 in CA.
    const cell = await knex('grant_rollups')
      .where({ grain: 'state', fiscal_year: 2020, trafficking_type: 'SEX', us_state: 'CA' })
      .first();
    expect(Number(cell.amount_sum)).toBe(300);
    // F2's 2020 BOTH grant: $200 declared, 0.25 of it labor = $50.
    const f2 = await knex('grant_rollups')
      .where({ grain: 'funder', funder_id: ids.f2, fiscal_year: 2020, trafficking_type: 'BOTH' })
      .first();
    expect([Number(f2.amount_sum), Number(f2.declared_sum), Number(f2.declared_labor_sum)]).toEqual(
      [200, 200, 50],
    );
  });

  it('follow an update that changes amount, type and state', async () => {
    const knex = db().knex;
    await knex('grants')
      .where({ external_id: 'G2' })
      .update({ amount_usd: 350, trafficking_type: 'LABOR', us_state: 'TX' });
    await rollupMatchesGrants(knex);
    // CA 2020 SEX had only G2: the cell is gone; TX 2020 LABOR now holds $350.
    expect(
      await knex('grant_rollups')
        .where({ grain: 'state', fiscal_year: 2020, trafficking_type: 'SEX', us_state: 'CA' })
        .first(),
    ).toBeUndefined();
    const tx = await knex('grant_rollups')
      .where({ grain: 'state', fiscal_year: 2020, trafficking_type: 'LABOR', us_state: 'TX' })
      .first();
    expect(Number(tx.amount_sum)).toBe(350);
  });

  it('follow deletes, including a whole dataset', async () => {
    const knex = db().knex;
    await knex('grants').where({ external_id: 'G5' }).delete();
    await rollupMatchesGrants(knex);
    await knex('datasets').where({ id: ids.grants }).delete(); // cascades to its grants
    expect(Number((await knex('grant_rollups').count({ n: '*' }))[0]!.n)).toBe(0);
  });
});
