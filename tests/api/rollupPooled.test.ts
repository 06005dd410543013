/**
 * Funding totals for a coalition member read grant_rollups for the datasets it may see record by
 * record and the grants themselves only for the datasets it sees pooled (issue 13): the figures,
 * the pooled parts and their keys must be the same, to the cent, as reading every grant.
 *
 * The fixture's public grants (tests/helpers/fixture.ts, recipient P1) plus a member's private
 * dataset shared with the coalition (recipient P1 too):
 *   p1..p12  2020 LABOR  CA LEGAL            $100 × i, record key 4,000,000,000 + i
 *   p13      2020 BOTH   TX CASE_MANAGEMENT  $1,000, labor share 0.5, record key 7
 *   p14      2021 SEX    CA HOUSING          $50.25, record key 9
 * Worked by hand, type × year:
 *   2020 LABOR  $100 + $7,800 = $7,900, 13 records, 12 pooled: pooled $7,800, largest $1,200,
 *               key (12 × 4,000,000,000 + 78) mod 2^32 = 755,359,822
 *   2020 SEX    $300, 1 record, none pooled
 *   2020 BOTH   $200 + $1,000 = $1,200, declared $1,200, declared labor $50 + $500 = $550;
 *               pooled $1,000, largest $1,000, key 7
 *   2021 SEX    $500 + $50.25 = $550.25; pooled $50.25, largest $50.25, key 9
 *   2021 UNSPECIFIED  $400
 * A recipient filter naming P1 (every grant's recipient) fits no rollup grain, so the same
 * question asked with it reads every grant: the record path to compare with.
 */
import { beforeAll, expect, it } from 'vitest';
import { allocations } from '../../api/analytics/allocations';
import type { AnalyticsDeps } from '../../api/analytics/context';
import { equity } from '../../api/analytics/equity';
import { protectedResources } from '../../api/analytics/protect';
import { allocationRows, type AllocationGroup } from '../../api/data/analytics/allocations';
import { resourceRows } from '../../api/data/analytics/resources';
import { parseScope } from '../../api/data/analytics/scope';
import type { Viewer } from '../../api/viewer';
import { describeEachBackend } from '../helpers/db';
import { loadFixture, type FixtureIds } from '../helpers/fixture';

describeEachBackend('funding over rollups beside pooled records', (db) => {
  let ids: FixtureIds;
  let pooledId: number;
  let member: number;
  let viewer: Viewer;
  const deps = (): AnalyticsDeps => ({ knex: db().knex, viewer, suppressionThreshold: 11 });

  beforeAll(async () => {
    const knex = db().knex;
    ids = await loadFixture(knex);
    const [coalition, memberId] = (
      await knex('organizations')
        .insert([
          { slug: 'coal', name: 'Coalition', kind: 'COALITION' },
          { slug: 'mem', name: 'Member funder', kind: 'FUNDER' },
        ])
        .returning<{ id: number }[]>('id')
    ).map((r) => r.id) as [number, number];
    member = memberId;
    viewer = {
      userId: 1,
      memberships: [{ organizationId: coalition, role: 'viewer' }],
      via: 'session',
      tokenScope: null,
    };
    pooledId = (
      await knex('datasets')
        .insert({
          slug: 'priv',
          name: 'Member grants',
          source: 'M',
          citation: 'M.',
          confidence: 'primary',
          visibility: 'private',
          owner_organization_id: member,
        })
        .returning<{ id: number }[]>('id')
    )[0]!.id;
    const grant = (
      n: number,
      year: number,
      type: string,
      amount: number,
      state: string,
      category: string,
      key: number,
      share: number | null = null,
    ) => ({
      dataset_id: pooledId,
      funder_id: member,
      recipient_id: ids.p1,
      external_id: `P${n}`,
      fiscal_year: year,
      amount_usd: amount,
      trafficking_type: type,
      labor_share: share,
      service_category: category,
      us_state: state,
      row_hash: `p${n}`,
      record_key: key,
    });
    await knex('grants').insert([
      ...Array.from({ length: 12 }, (_, i) =>
        grant(i + 1, 2020, 'LABOR', 100 * (i + 1), 'CA', 'LEGAL', 4_000_000_000 + i + 1),
      ),
      grant(13, 2020, 'BOTH', 1000, 'TX', 'CASE_MANAGEMENT', 7, 0.5),
      grant(14, 2021, 'SEX', 50.25, 'CA', 'HOUSING', 9),
    ]);
    await knex('dataset_shares').insert({ dataset_id: pooledId, coalition_id: coalition });
  });

  const viaRecords = (scope: Record<string, unknown> = {}) =>
    parseScope({ ...scope, recipientIds: [String(ids.p1)] });

  it('gives the totals, pooled parts and keys worked out by hand, from the rollup', async () => {
    const { rows, total } = await allocationRows(
      db().knex,
      viewer,
      'FUNDING',
      parseScope({}),
      ['TYPE', 'YEAR'],
      [pooledId],
    );
    const cell = (r: (typeof rows)[number]) => ({
      type: r.type,
      year: Number(r.year),
      amount: r.amount,
      records: Number(r.records),
      pooled: Number(r.pooled_records),
      pooledAmount: r.pooled_amount,
      pooledKey: r.pooled_key,
      pooledMax: r.pooled_max,
    });
    expect(rows.map(cell)).toEqual([
      {
        type: 'BOTH',
        year: 2020,
        amount: 1200,
        records: 2,
        pooled: 1,
        pooledAmount: 1000,
        pooledKey: 7,
        pooledMax: 1000,
      },
      {
        type: 'LABOR',
        year: 2020,
        amount: 7900,
        records: 13,
        pooled: 12,
        pooledAmount: 7800,
        pooledKey: 755_359_822,
        pooledMax: 1200,
      },
      {
        type: 'SEX',
        year: 2020,
        amount: 300,
        records: 1,
        pooled: 0,
        pooledAmount: 0,
        pooledKey: 0,
        pooledMax: 0,
      },
      {
        type: 'SEX',
        year: 2021,
        amount: 550.25,
        records: 2,
        pooled: 1,
        pooledAmount: 50.25,
        pooledKey: 9,
        pooledMax: 50.25,
      },
      {
        type: 'UNSPECIFIED',
        year: 2021,
        amount: 400,
        records: 1,
        pooled: 0,
        pooledAmount: 0,
        pooledKey: 0,
        pooledMax: 0,
      },
    ]);
    // Total: $1,500 public + $7,800 + $1,000 + $50.25 pooled; keys 755,359,822 + 7 + 9.
    expect(total).toMatchObject({
      amount: 10_350.25,
      records: 19,
      pooled_records: 14,
      pooled_amount: 8850.25,
      pooled_key: 755_359_838,
      pooled_max: 1200,
    });
  });

  it('gives the same rows as reading every grant, grouped by type and year, state or category', async () => {
    const groupings: AllocationGroup[][] = [['TYPE', 'YEAR'], ['STATE'], ['CATEGORY', 'TYPE'], []];
    for (const groupBy of groupings) {
      const rollup = await allocationRows(db().knex, viewer, 'FUNDING', parseScope({}), groupBy, [
        pooledId,
      ]);
      const records = await allocationRows(db().knex, viewer, 'FUNDING', viaRecords(), groupBy, [
        pooledId,
      ]);
      const withoutCellKey = ({ cell_key: _c, ...r }: (typeof rollup.rows)[number]) => r;
      expect(rollup.rows.map(withoutCellKey)).toEqual(records.rows.map(withoutCellKey));
      expect(withoutCellKey(rollup.total!)).toEqual(withoutCellKey(records.total!));
      expect(rollup.datasetIds).toEqual(records.datasetIds);
      expect(rollup.datasetIds).toEqual([ids.grants, pooledId]);
    }
    // The funder grain: a funder filter (not a grouping, which would leave pooled data out).
    const funders = { funderIds: [String(ids.f1), String(ids.f2), String(member)] };
    const byFunder = await allocationRows(
      db().knex,
      viewer,
      'FUNDING',
      parseScope(funders),
      ['TYPE'],
      [pooledId],
    );
    const byFunderRecords = await allocationRows(
      db().knex,
      viewer,
      'FUNDING',
      viaRecords(funders),
      ['TYPE'],
      [pooledId],
    );
    const withoutCellKey = ({ cell_key: _c, ...r }: (typeof byFunder.rows)[number]) => r;
    expect(byFunder.rows.map(withoutCellKey)).toEqual(byFunderRecords.rows.map(withoutCellKey));
    expect(byFunder.rows.find((r) => r.type === 'LABOR')).toMatchObject({
      amount: 7900,
      pooled_key: 755_359_822,
    });
  });

  it('gives the same year × type and type totals, with declared parts, for equity', async () => {
    const rollup = await resourceRows(db().knex, viewer, 'FUNDING', parseScope({}), [pooledId]);
    const records = await resourceRows(db().knex, viewer, 'FUNDING', viaRecords(), [pooledId]);
    const withoutCellKey = <T extends { keys?: { cellKey: number } }>(r: T) => ({
      ...r,
      keys: { ...r.keys, cellKey: 0 },
    });
    expect(rollup.byYearType.map(withoutCellKey)).toEqual(records.byYearType.map(withoutCellKey));
    expect(rollup.byType.map(withoutCellKey)).toEqual(records.byType.map(withoutCellKey));
    expect(rollup.datasetIds).toEqual(records.datasetIds);
    const both2020 = rollup.byYearType.find((r) => r.year === 2020 && r.type === 'BOTH');
    expect(both2020).toMatchObject({
      amount: 1200,
      declared: 1200,
      declaredLabor: 550,
      pooledRecords: 1,
    });
  });

  it('publishes the same protected figures either way', async () => {
    const rollup = await protectedResources(deps(), 'FUNDING', parseScope({}));
    const records = await protectedResources(deps(), 'FUNDING', viaRecords());
    expect(rollup.byYearType).toEqual(
      records.byYearType.map((r) => ({ ...r, keys: { ...r.keys!, cellKey: 0 } })),
    );
    expect(rollup.byType).toEqual(
      records.byType.map((r) => ({ ...r, keys: { ...r.keys!, cellKey: 0 } })),
    );
    // 2020 LABOR rests on 12 pooled grants: $100 exact + $7,800 moved by 10-30% of $1,200.
    const labor = rollup.byYearType.find((r) => r.year === 2020 && r.type === 'LABOR')!;
    expect(labor.protected).toBe(true);
    expect(Math.abs(labor.amount - 7900)).toBeGreaterThanOrEqual(120);
    expect(Math.abs(labor.amount - 7900)).toBeLessThanOrEqual(360);
    // 2020 BOTH rests on one pooled grant: withheld.
    expect(rollup.byYearType.find((r) => r.year === 2020 && r.type === 'BOTH')).toMatchObject({
      suppressed: true,
      amount: 0,
    });

    const a = await allocations(deps(), {
      scope: parseScope({}),
      dimension: 'FUNDING',
      groupBy: ['TYPE', 'YEAR'],
    });
    const b = await allocations(deps(), {
      scope: viaRecords(),
      dimension: 'FUNDING',
      groupBy: ['TYPE', 'YEAR'],
    });
    expect(a.rows).toEqual(b.rows);
    expect(a.total).toBe(b.total);
    const args = {
      dimension: 'FUNDING',
      needBasis: 'HOTLINE_CASES',
      attribution: 'DECLARED_SHARE',
    } as const;
    const e1 = await equity(deps(), { ...args, scope: parseScope({}) });
    const e2 = await equity(deps(), { ...args, scope: viaRecords() });
    expect(JSON.stringify(e1.labor)).toBe(JSON.stringify(e2.labor));
  });

  it('reads the rollup of the datasets seen record by record, and the grants of the pooled ones', async () => {
    const knex = db().knex;
    const total = async () =>
      (await allocationRows(knex, viewer, 'FUNDING', parseScope({}), [], [pooledId])).total!.amount;
    // Shift every rollup cell (all three grains) of both datasets by $1,000,000 per cell, in a
    // transaction undone afterwards: only the public dataset's cells may show in the answer.
    const cells = async (datasetId: number) =>
      Number(
        (
          await knex('grant_rollups')
            .where({ dataset_id: datasetId, grain: 'category' })
            .count({ n: '*' })
        )[0]!.n,
      );
    const publicCells = await cells(ids.grants);
    expect(publicCells).toBe(5); // the fixture's five grants have five distinct category cells
    const before = await total();
    expect(before).toBe(10_350.25);
    await knex('grant_rollups')
      .whereIn('dataset_id', [ids.grants, pooledId])
      .increment('amount_sum', 1_000_000);
    try {
      expect(await total()).toBe(10_350.25 + 5 * 1_000_000);
    } finally {
      await knex('grant_rollups')
        .whereIn('dataset_id', [ids.grants, pooledId])
        .decrement('amount_sum', 1_000_000);
    }
    expect(await total()).toBe(before);
  });
});
