/**
 * The differencing attacker (attack.ts) against the cell key method, as every kind of caller that
 * is not a steward of the data: anonymous and a viewer of another organization (a public dataset),
 * a viewer of the owning organization and a coalition member (a private dataset pooled with the
 * coalition). It may pin no small cell to its exact value more often than chance: the hits of the
 * best blind guess (the most common small value, guessed for every cell). For comparison it also
 * runs against the exact figures (a steward) and against the per-query suppression used before,
 * where it pins most small cells.
 */
import { beforeAll, expect, it } from 'vitest';
import type { AnalyticsDeps } from '../../../api/analytics/context';
import { ANONYMOUS, type Viewer } from '../../../api/viewer';
import type { Role } from '../../../core/vocabulary';
import { describeEachBackend } from '../../helpers/db';
import { makeOrganization } from '../auth/helpers';
import {
  askEverything,
  attackAmounts,
  attackSmallCounts,
  type AttackResult,
  type TrueRecord,
} from './attack';
import { fixRecordKeys, insertGrants, insertServices, makeDataset, makeProviders } from './data';

const viewerOf = (organizationId: number, role: Role = 'viewer'): Viewer => ({
  userId: 1,
  memberships: [{ organizationId, role }],
  via: 'session',
  tokenScope: null,
});

const SERVICE_GROUPS = ['TYPE', 'YEAR', 'STATE', 'RECIPIENT'] as const;

function report(who: string, r: AttackResult): void {
  console.log(
    `attacker as ${who}: ${r.queries} queries, ${r.figures} published figures; ` +
      `pinned ${r.pinned} of ${r.targets} small cells exactly (best blind guess: ${r.chance})\n  ` +
      r.lines.join('\n  '),
  );
}

/** Chance, with room for sampling: the blind guess's hits plus two binomial standard deviations. */
function chanceBound(r: AttackResult): number {
  const p = r.chance / r.targets;
  return r.chance + 2 * Math.sqrt(r.targets * p * (1 - p));
}

describeEachBackend('differencing attacker', (db) => {
  let publicServices: number;
  let privateServices: number;
  let pooledGrants: number;
  let publicRecords: TrueRecord[];
  let privateRecords: TrueRecord[];
  let grantRecords: TrueRecord[];
  let victim: number;
  let other: number;
  let coalition: number;
  const deps = (viewer: Viewer): AnalyticsDeps => ({
    knex: db().knex,
    viewer,
    suppressionThreshold: 11,
  });

  beforeAll(async () => {
    const knex = db().knex;
    victim = await makeOrganization(knex, 'victim');
    other = await makeOrganization(knex, 'other');
    coalition = await makeOrganization(knex, 'coalition', 'COALITION');
    const providers = await makeProviders(knex);
    publicServices = await makeDataset(knex, 'public-services', null);
    privateServices = await makeDataset(knex, 'private-services', victim);
    pooledGrants = await makeDataset(knex, 'pooled-grants', victim);
    publicRecords = await insertServices(knex, publicServices, providers, 1);
    privateRecords = await insertServices(knex, privateServices, providers, 2);
    grantRecords = await insertGrants(knex, pooledGrants, victim, providers, 3);
    await knex('dataset_shares').insert([
      { dataset_id: privateServices, coalition_id: coalition },
      { dataset_id: pooledGrants, coalition_id: coalition },
    ]);
    await fixRecordKeys(knex, 'attacker');
  });

  const ask = (viewer: Viewer, datasetId: number, records: readonly TrueRecord[]) =>
    askEverything({
      deps: deps(viewer),
      dimension: 'SERVICES',
      datasetId,
      records,
      groups: SERVICE_GROUPS,
    });

  it('pins every small cell from exact figures, and from the per-query suppression used before', async () => {
    // A steward's answers are exact: the attacker must pin everything (it works), and applying
    // the old rule (primary and complementary suppression, query by query) to them must not help.
    const transcript = await ask(viewerOf(victim, 'steward'), privateServices, privateRecords);
    const exact = attackSmallCounts(transcript, privateRecords);
    report('a steward (exact figures)', exact);
    expect(exact.pinned).toBe(exact.targets);
    const before = attackSmallCounts(transcript, privateRecords, 'perQuerySuppression');
    report('a viewer of the owner, before (per-query suppression)', before);
    expect(before.pinned).toBeGreaterThan(chanceBound(before));
  });

  it.each([
    ['anonymous', () => ANONYMOUS, () => [publicServices, publicRecords] as const],
    [
      'a viewer of another organization',
      () => viewerOf(other),
      () => [publicServices, publicRecords] as const,
    ],
    [
      'a viewer of the owning organization',
      () => viewerOf(victim),
      () => [privateServices, privateRecords] as const,
    ],
    [
      'a coalition member',
      () => viewerOf(coalition),
      () => [privateServices, privateRecords] as const,
    ],
  ])('pins no more small cells than chance as %s', async (who, viewer, target) => {
    const [datasetId, records] = target();
    const r = attackSmallCounts(await ask(viewer(), datasetId, records), records);
    report(who, r);
    expect(r.figures).toBeGreaterThan(100);
    expect(r.pinned).toBeLessThanOrEqual(chanceBound(r));
  });

  it("pins no coalition member's pooled grant, and misses them by over 10% typically", async () => {
    const transcript = await askEverything({
      deps: deps(viewerOf(coalition)),
      dimension: 'FUNDING',
      datasetId: pooledGrants,
      records: grantRecords,
      groups: ['TYPE', 'YEAR', 'STATE', 'CATEGORY'],
    });
    const { queries } = transcript;
    const { figures, estimates } = attackAmounts(transcript, grantRecords);
    const errors = grantRecords.map((g, i) => Math.abs(estimates[i]! - g.value) / g.value);
    const sorted = [...errors].sort((a, b) => a - b);
    console.log(
      `attacker as a coalition member on pooled grants: ${queries} queries, ${figures} figures; ` +
        `relative error of the ${grantRecords.length} grants: smallest ${(sorted[0]! * 100).toFixed(1)}%, ` +
        `median ${(sorted[Math.floor(sorted.length / 2)]! * 100).toFixed(1)}%`,
    );
    expect(figures).toBeGreaterThan(10);
    // Exact would be within $100 (grants are whole thousands); chance of that by luck is tiny.
    expect(grantRecords.filter((g, i) => Math.abs(estimates[i]! - g.value) < 100)).toEqual([]);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThan(0.1);
  });
});
