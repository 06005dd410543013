/**
 * Disclosure control by role: service counts are perturbed (noise in -4..4 from the cell key) and
 * those below 11 after it are hidden, for everyone who is not a steward (or admin) of the dataset's
 * organization, including its viewers and analysts and the members of a coalition it is pooled
 * with. Stewards see exact counts.
 *
 * The private dataset (privateData.ts) serves, in 2020: LABOR 3, SEX 40, BOTH 12, total 55.
 * Worked by hand: LABOR 3 becomes at most 7, below 11, so it is always hidden; SEX is shown as
 * 36..44; BOTH as 8..16, hidden when below 11; the total, a cell of its own, as 51..59. The total
 * minus SEX gives LABOR + BOTH only to within ±8, so no complementary cell is needed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../../helpers/db';
import { loadFixture } from '../../helpers/fixture';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { Client, makeOrganization, makeUser, signedIn } from './helpers';
import { insertPrivateDataset, POOLED_ID, PRIVATE_ID } from './privateData';

interface Row {
  type: string;
  value: number | null;
  records: number | null;
  suppressed: string | null;
}

const ALLOCATIONS = `query($ids: [ID!]) {
  allocations(dimension: SERVICES, groupBy: [TYPE], scope: { datasetIds: $ids }) {
    rows { type value records suppressed } total
  }
}`;
const EQUITY = `query($ids: [ID!]) {
  equity(dimension: SERVICES, needBasis: IDENTIFIED_VICTIMS, attribution: EXCLUDE,
         scope: { datasetIds: $ids, needDatasetIds: $ids }) {
    labor { resources } sex { resources }
  }
}`;

describeEachBackend('suppression by role', (db) => {
  let app: RunningApp;
  beforeAll(async () => {
    const knex = db().knex;
    const ids = await loadFixture(knex);
    const victim = await makeOrganization(knex, 'victim');
    const member2 = await makeOrganization(knex, 'member2');
    const coalition = await makeOrganization(knex, 'coalition', 'COALITION');
    await insertPrivateDataset(knex, {
      id: PRIVATE_ID,
      owner: victim,
      ids,
      name: 'Victim services',
    });
    await insertPrivateDataset(knex, {
      id: POOLED_ID,
      owner: member2,
      ids,
      name: 'Member 2 services',
    });
    await knex('dataset_shares').insert({ dataset_id: POOLED_ID, coalition_id: coalition });
    await makeUser(knex, 'admin@victim.org', [[victim, 'admin']]);
    await makeUser(knex, 'steward@victim.org', [[victim, 'steward']]);
    await makeUser(knex, 'analyst@victim.org', [[victim, 'analyst']]);
    await makeUser(knex, 'viewer@victim.org', [[victim, 'viewer']]);
    await makeUser(knex, 'steward@member2.org', [
      [member2, 'steward'],
      [coalition, 'viewer'],
    ]);
    await makeUser(knex, 'pooler@coalition.org', [[coalition, 'admin']]);
    app = await startTestApp(db());
  });
  afterAll(async () => {
    await app.close();
  });

  const rowsOf = async (client: Client, ids: number[] | null) => {
    const res = await client.gql(ALLOCATIONS, { ids: ids?.map(String) ?? null });
    expect(res.body.errors).toBeUndefined();
    const a = res.body.data!.allocations as { rows: Row[]; total: number | null };
    return { byType: Object.fromEntries(a.rows.map((r) => [r.type, r])), total: a.total };
  };

  it.each(['steward@victim.org', 'admin@victim.org'])(
    'shows %s every count of their dataset',
    async (email) => {
      const { byType, total } = await rowsOf(await signedIn(app.url, email), [PRIVATE_ID]);
      expect(byType.LABOR).toMatchObject({ value: 3, records: 1, suppressed: null });
      expect(byType.SEX).toMatchObject({ value: 40, suppressed: null });
      expect(byType.BOTH).toMatchObject({ value: 12, suppressed: null });
      expect(total).toBe(55);
    },
  );

  it.each(['viewer@victim.org', 'analyst@victim.org'])(
    'perturbs the counts and hides the small cell from %s',
    async (email) => {
      const { byType, total } = await rowsOf(await signedIn(app.url, email), [PRIVATE_ID]);
      expect(byType.LABOR).toMatchObject({ value: null, records: null, suppressed: 'SUPPRESSED' });
      expect(byType.SEX!.value).toBeGreaterThanOrEqual(36);
      expect(byType.SEX!.value).toBeLessThanOrEqual(44);
      const both = byType.BOTH!;
      expect(
        both.value === null
          ? both.suppressed === 'SUPPRESSED'
          : both.value >= 11 && both.value <= 16,
      ).toBe(true);
      expect(total).toBeGreaterThanOrEqual(51);
      expect(total).toBeLessThanOrEqual(59);
    },
  );

  it('hides them from coalition members who see the dataset pooled; only its own stewards see it whole', async () => {
    const pooler = await rowsOf(await signedIn(app.url, 'pooler@coalition.org'), [POOLED_ID]);
    expect(pooler.byType.LABOR).toMatchObject({ value: null, records: null });
    // Each cell rests on one record the coalition sees only pooled (fewer than 11): all hidden.
    expect(pooler.byType.SEX).toMatchObject({ value: null, suppressed: 'SUPPRESSED' });
    // member2's steward owns the pooled dataset: unsuppressed there...
    const steward2 = await signedIn(app.url, 'steward@member2.org');
    expect((await rowsOf(steward2, [POOLED_ID])).byType.LABOR!.value).toBe(3);
    // ...but is not a steward of the victim's dataset, which they cannot see at all.
    const res = await steward2.gql(ALLOCATIONS, { ids: [String(PRIVATE_ID)] });
    expect(JSON.stringify(res.body)).not.toContain('"value":3');
  });

  it('withholds the small labor count in equity results below steward', async () => {
    const viewer = await signedIn(app.url, 'viewer@victim.org');
    const steward = await signedIn(app.url, 'steward@victim.org');
    const v = (await viewer.gql(EQUITY, { ids: [String(PRIVATE_ID)] })).body.data!.equity;
    const s = (await steward.gql(EQUITY, { ids: [String(PRIVATE_ID)] })).body.data!.equity;
    // EXCLUDE: LABOR 3, SEX 40 (BOTH dropped)
    expect(s.labor.resources).toBe(3);
    expect(s.sex.resources).toBe(40);
    expect(v.labor.resources).toBeNull();
  });

  it('applies the configured threshold to anonymous callers of public data', async () => {
    // The public fixture serves LABOR 5, SEX 40, BOTH 12 (tests/helpers/fixture.ts): 5 < 11.
    const { byType } = await rowsOf(new Client(app.url), null);
    expect(byType.LABOR!.value).toBeNull();
  });
});
