/**
 * Allocation rows, total and datasets come from one GROUPING SETS statement: each part must be
 * what a separate query would give, with or without groupings, grouped by dataset, and over no
 * records. Figures worked out by hand from the fixture's grants (tests/helpers/fixture.ts):
 * 2020 LABOR $100 CA, 2020 SEX $300 CA, 2020 BOTH $200 TX, 2021 UNSPECIFIED $400 TX,
 * 2021 SEX $500 CA: $1,500 over 5 grants, CA $900 (3), TX $600 (2).
 */
import { beforeAll, expect, it } from 'vitest';
import { allocationRows } from '../../api/data/analytics/allocations';
import { parseScope } from '../../api/data/analytics/scope';
import type { Viewer } from '../../api/viewer';
import { describeEachBackend } from '../helpers/db';
import { loadFixture, type FixtureIds } from '../helpers/fixture';

const anonymous: Viewer = { userId: null, memberships: [], via: 'anonymous', tokenScope: null };

describeEachBackend('allocation rows, total and datasets in one statement', (db) => {
  let ids: FixtureIds;
  beforeAll(async () => {
    ids = await loadFixture(db().knex);
  });
  const rowsOf = (scope: Record<string, unknown>, groupBy: Parameters<typeof allocationRows>[4]) =>
    allocationRows(db().knex, anonymous, 'FUNDING', parseScope(scope), groupBy);

  it('gives one row, the total, without groupings', async () => {
    const { rows, total, datasetIds } = await rowsOf({}, []);
    expect(rows.map((r) => [r.amount, Number(r.records)])).toEqual([[1500, 5]]);
    expect([total!.amount, Number(total!.records)]).toEqual([1500, 5]);
    expect(datasetIds).toEqual([ids.grants]);
  });

  it('gives the datasets as rows when grouped by dataset, alone or with another grouping', async () => {
    const byDataset = await rowsOf({}, ['DATASET']);
    expect(byDataset.rows.map((r) => [r.dataset_id, r.amount, Number(r.records)])).toEqual([
      [ids.grants, 1500, 5],
    ]);
    expect(byDataset.total!.amount).toBe(1500);
    expect(byDataset.datasetIds).toEqual([ids.grants]);
    const byState = await rowsOf({}, ['STATE', 'DATASET']);
    expect(byState.rows.map((r) => [r.state, r.dataset_id, r.amount, Number(r.records)])).toEqual([
      ['CA', ids.grants, 900, 3],
      ['TX', ids.grants, 600, 2],
    ]);
    expect(byState.total!.amount).toBe(1500);
    expect(byState.datasetIds).toEqual([ids.grants]);
  });

  it('orders grouped rows by their groups, apart from the total', async () => {
    const { rows, total } = await rowsOf({}, ['YEAR', 'TYPE']);
    expect(rows.map((r) => [Number(r.year), r.type, r.amount])).toEqual([
      [2020, 'BOTH', 200],
      [2020, 'LABOR', 100],
      [2020, 'SEX', 300],
      [2021, 'SEX', 500],
      [2021, 'UNSPECIFIED', 400],
    ]);
    expect(total!.amount).toBe(1500);
  });

  it('has no total and no datasets over no records', async () => {
    const none = { yearFrom: 2030, yearTo: 2030 };
    const grouped = await rowsOf(none, ['TYPE']);
    expect([grouped.rows, grouped.total, grouped.datasetIds]).toEqual([[], null, []]);
    // Without groupings the one row is there, empty, as a plain aggregate gives it.
    const whole = await rowsOf(none, []);
    expect(whole.rows.map((r) => [r.amount, Number(r.records)])).toEqual([[0, 0]]);
    expect([whole.total, whole.datasetIds]).toEqual([null, []]);
  });
});
