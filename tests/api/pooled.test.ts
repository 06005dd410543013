/**
 * The pooled view: a coalition member sees another member's shared private dataset in aggregate,
 * never as line items. Cells resting on fewer than 11 pooled records are suppressed, larger pooled
 * parts are perturbed (core/cellKey.ts), groupings by funder, recipient or dataset leave pooled
 * data out, and the owner sees everything.
 */
import { beforeAll, expect, it } from 'vitest';
import { allocations } from '../../api/analytics/allocations';
import type { AnalyticsDeps } from '../../api/analytics/context';
import { equity } from '../../api/analytics/equity';
import { parseScope } from '../../api/data/analytics/scope';
import { scenarioBaseline } from '../../api/scenarios/baseline';
import type { Viewer } from '../../api/viewer';
import { describeEachBackend } from '../helpers/db';
import { loadFixture, type FixtureIds } from '../helpers/fixture';

const viewerOf = (
  organizationId: number,
  role: Viewer['memberships'][number]['role'] = 'viewer',
): Viewer => ({
  userId: 1,
  memberships: [{ organizationId, role }],
  via: 'session',
  tokenScope: null,
});

describeEachBackend('pooled view', (db) => {
  let ids: FixtureIds;
  let pooledId: number;
  let coalition: number;
  let member: number;
  const deps = (viewer: Viewer): AnalyticsDeps => ({
    knex: db().knex,
    viewer,
    suppressionThreshold: 11,
  });

  beforeAll(async () => {
    const knex = db().knex;
    ids = await loadFixture(knex);
    [coalition, member] = (
      await knex('organizations')
        .insert([
          { slug: 'coal', name: 'Coalition', kind: 'COALITION' },
          { slug: 'mem', name: 'Member funder', kind: 'FUNDER' },
        ])
        .returning<{ id: number }[]>('id')
    ).map((r) => r.id) as [number, number];
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
    const g = (n: number, year: number, type: string, amount: number, state: string) => ({
      dataset_id: pooledId,
      funder_id: member,
      external_id: `P${n}`,
      fiscal_year: year,
      amount_usd: amount,
      trafficking_type: type,
      service_category: 'LEGAL',
      us_state: state,
      row_hash: `p${n}`,
    });
    await knex('grants').insert([
      g(1, 2020, 'LABOR', 1000, 'CA'),
      g(2, 2020, 'SEX', 2000, 'CA'),
      g(3, 2021, 'SEX', 3000, 'TX'),
    ]);
    await knex('dataset_shares').insert({ dataset_id: pooledId, coalition_id: coalition });
  });

  it('hides every cell of a pooled dataset that rests on fewer than 11 records, and its total', async () => {
    const result = await allocations(deps(viewerOf(coalition)), {
      scope: parseScope({ datasetIds: [String(pooledId)] }),
      dimension: 'FUNDING',
      groupBy: ['YEAR', 'TYPE'],
    });
    // Three grants, one per cell: each would be a member's line item.
    expect(result.rows.map((r) => [r.year, r.type, r.value, r.suppressed])).toEqual([
      [2020, 'LABOR', null, 'SUPPRESSED'],
      [2020, 'SEX', null, 'SUPPRESSED'],
      [2021, 'SEX', null, 'SUPPRESSED'],
    ]);
    expect(result.total).toBeNull();
  });

  it('withholds equity figures that rest on a few pooled records', async () => {
    const result = await equity(deps(viewerOf(coalition)), {
      scope: parseScope({ datasetIds: [String(pooledId)] }),
      dimension: 'FUNDING',
      needBasis: 'IDENTIFIED_VICTIMS',
      attribution: 'EXCLUDE',
    });
    expect(result.labor.resources).toBeNull();
    expect(result.nullReasons[0]!.reason).toMatch(/pooled data/);
  });

  it('refuses a scenario baseline whose budget rests on a few pooled grants', async () => {
    await expect(
      scenarioBaseline(
        deps(viewerOf(coalition)),
        parseScope({ datasetIds: [String(pooledId)] }),
        'IDENTIFIED_VICTIMS',
        {
          mode: 'average',
        },
      ),
    ).rejects.toThrow(/fewer than 11 grants from datasets your coalition sees only pooled/);
  });

  it('leaves pooled data out of groupings by funder', async () => {
    const result = await allocations(deps(viewerOf(coalition)), {
      scope: parseScope({}),
      dimension: 'FUNDING',
      groupBy: ['FUNDER'],
    });
    // Only the public fixture's funders: F1 900, F2 600 (tests/helpers/fixture.ts).
    expect(result.rows.map((r) => [r.funderId, r.value])).toEqual([
      [ids.f1, 900],
      [ids.f2, 600],
    ]);
  });

  it('shows the owner its own grants unsuppressed', async () => {
    const result = await allocations(deps(viewerOf(member)), {
      scope: parseScope({ datasetIds: [String(pooledId)] }),
      dimension: 'FUNDING',
      groupBy: ['TYPE'],
    });
    expect(result.rows.map((r) => [r.type, r.value])).toEqual([
      ['LABOR', 1000],
      ['SEX', 5000],
    ]);
    expect(result.total).toBe(6000);
  });

  it('shows an outsider nothing of the pooled dataset', async () => {
    const result = await allocations(deps(viewerOf(ids.f1)), {
      scope: parseScope({}),
      dimension: 'FUNDING',
      groupBy: ['TYPE'],
    });
    // The fixture's public totals only: BOTH 200, LABOR 100, SEX 800, UNSPECIFIED 400.
    expect(result.rows.map((r) => [r.type, r.value])).toEqual([
      ['BOTH', 200],
      ['LABOR', 100],
      ['SEX', 800],
      ['UNSPECIFIED', 400],
    ]);
  });

  it('shows a pooled total once it combines at least 11 pooled records', async () => {
    const knex = db().knex;
    const rows = Array.from({ length: 11 }, (_, i) => ({
      dataset_id: pooledId,
      funder_id: member,
      external_id: `Q${i}`,
      fiscal_year: 2022,
      amount_usd: 100,
      trafficking_type: 'LABOR',
      service_category: 'LEGAL',
      us_state: 'CA',
      row_hash: `q${i}`,
    }));
    await knex('grants').insert(rows);
    const result = await allocations(deps(viewerOf(coalition)), {
      scope: parseScope({ yearFrom: 2022, yearTo: 2022 }),
      dimension: 'FUNDING',
      groupBy: ['TYPE'],
    });
    // 2022 holds only these 11 pooled grants of $100: one cell of $1,100, shown with noise of
    // ±10..30% of its largest grant ($100): $1,070..1,090 or $1,110..1,130, never exact. The
    // total is the same records, hence the same cell key and the same figure.
    const [row] = result.rows;
    expect(row).toMatchObject({ type: 'LABOR', suppressed: null });
    const noise = Math.abs(row!.value! - 1100);
    expect(noise).toBeGreaterThanOrEqual(10);
    expect(noise).toBeLessThanOrEqual(30);
    expect(result.total).toBe(row!.value);
    expect(result.disclosure.protected).toBe(true);
  });
});
