/**
 * The attacker's suite. Three callers try to read or change a private dataset of organization
 * "victim" through every Query and Mutation field: an anonymous caller, a viewer of another
 * organization, and the victim admin's revoked API token. They must fail:
 *
 * - Reads: for anonymous and the outsider, every Query field answers exactly the same before and
 *   after the private dataset (and a second one, pooled with a coalition the outsider is not in)
 *   exist: so no data path leaks a record, a total, a count or an id. Positive controls show that
 *   the same operations do change for members, so the comparison can fail.
 * - The revoked token gets 401 and no data on every operation, where it read the data before.
 * - Writes: every Mutation field is tried against the victim's members, tokens, invitations and
 *   datasets; the victim's rows are unchanged afterwards.
 * - Every SQL statement the operations ran that reads a record table carries the visibility
 *   subquery (visibleDatasetIds / aggregateDatasetIds), except reviewed lookups by already
 *   scoped ids: so no path bypasses the scoping functions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../helpers/db';
import { loadFixture, type FixtureIds } from '../../helpers/fixture';
import { startTestApp, type RunningApp } from '../../helpers/server';
import {
  Client,
  codes,
  makeOrganization,
  makeToken,
  makeUser,
  signedIn,
  type GqlResponse,
} from './helpers';
import {
  mutationFields,
  mutationOf,
  queryCases,
  uncoveredQueryFields,
  UNKNOWN_BRIEF_ID,
  type OperationCase,
} from './operations';
import {
  insertPrivateDataset,
  insertPrivateScenario,
  POOLED_ID,
  PRIVATE_ID,
  VICTIM_SCENARIO_ID,
} from './privateData';

const RECORD_TABLES =
  /"(grants|grant_rollups|trainings|service_records|research_outputs|need_indicators|dataset_shares)"|\b(from|join)\s+(grants|grant_rollups|trainings|service_records|research_outputs|need_indicators)\b/i;
/**
 * The subquery visibleDatasetIds adds (aggregateDatasetIds includes it): no dataset an import is
 * still writing, then the visibility rule.
 */
const SCOPED =
  /select "id" from "datasets" where "pending_import_job" is null and \("visibility" = (\?|\$\d+)/;
/**
 * Reviewed statements that read record tables without the subquery, because every id they use
 * came out of a scoped query first.
 */
const REVIEWED_UNSCOPED: { pattern: RegExp; why: string }[] = [
  {
    pattern:
      /^SELECT 'grants' AS kind, dataset_id, count\(\*\)::int AS n FROM grants WHERE dataset_id = ANY\(/,
    why: 'Dataset.recordCounts: counts for Dataset objects already loaded through visibleDatasetIds',
  },
  {
    pattern:
      /^select "o"\.\* from "dataset_shares" as "s" inner join "organizations" as "o" on "o"\."id" = "s"\."coalition_id" where "s"\."dataset_id" = (\?|\$1)/,
    why: 'Query.datasetShares: the coalitions of a dataset checked with isDatasetVisible just before',
  },
];

const bodyOf = (r: GqlResponse) => JSON.stringify(r.body);

interface AttemptContext {
  victimOrg: number;
  memberOrg: number;
  coalition: number;
  liveTokenId: string;
  victimUserId: number;
  invitationId: number;
  victimGrantId: number;
}
interface Attempt {
  query: string;
  variables?: Record<string, unknown>;
  /** The error code each attacker must get, or OK (then the snapshot proves no harm). */
  expect: { anonymous: string; outsider: string };
}

const UNAUTH_FORBIDDEN = { anonymous: 'UNAUTHENTICATED', outsider: 'FORBIDDEN' };
const UNAUTH_NOT_FOUND = { anonymous: 'UNAUTHENTICATED', outsider: 'NOT_FOUND' };
const M = (field: string, args = '', variables?: Record<string, unknown>) => ({
  query: mutationOf(field, args),
  variables,
});

/**
 * For each Mutation field, attempts on the victim's data. Fields that act only on the caller's
 * own account (signUp, signIn, signOut, changePassword, createApiToken) are tried against the
 * victim where that means anything (signing up or in with the victim's address).
 */
const MUTATION_ATTEMPTS: Record<string, (c: AttemptContext) => Attempt[]> = {
  signUp: () => [
    {
      // Succeeds with the generic message but must not touch the victim's account (snapshot).
      ...M(
        'signUp',
        'input: { email: "admin@victim.org", password: "attacker chosen password", displayName: "Mallory" }',
      ),
      expect: { anonymous: 'OK', outsider: 'OK' },
    },
  ],
  signIn: () => [
    {
      ...M('signIn', 'email: "admin@victim.org", password: "guessing the password"'),
      expect: { anonymous: 'UNAUTHENTICATED', outsider: 'UNAUTHENTICATED' },
    },
  ],
  signOut: () => [{ ...M('signOut'), expect: { anonymous: 'OK', outsider: 'OK' } }],
  changePassword: () => [
    {
      ...M(
        'changePassword',
        'currentPassword: "guessing the password", newPassword: "attacker chosen password"',
      ),
      expect: { anonymous: 'UNAUTHENTICATED', outsider: 'BAD_USER_INPUT' },
    },
  ],
  createApiToken: () => [
    {
      ...M('createApiToken', 'name: "x", scope: WRITE'),
      expect: { anonymous: 'UNAUTHENTICATED', outsider: 'OK' },
    },
  ],
  revokeApiToken: (c) => [
    { ...M('revokeApiToken', `id: "${c.liveTokenId}"`), expect: UNAUTH_NOT_FOUND },
  ],
  inviteMember: (c) => [
    {
      ...M(
        'inviteMember',
        `organizationId: "${c.victimOrg}", email: "outsider@outsider.org", role: ADMIN`,
      ),
      expect: UNAUTH_FORBIDDEN,
    },
  ],
  revokeInvitation: (c) => [
    { ...M('revokeInvitation', `id: "${c.invitationId}"`), expect: UNAUTH_NOT_FOUND },
  ],
  acceptInvitation: () => [
    {
      ...M('acceptInvitation', `token: "fsi_${'A'.repeat(43)}"`),
      expect: { anonymous: 'UNAUTHENTICATED', outsider: 'BAD_USER_INPUT' },
    },
  ],
  createOrganization: () => [
    {
      // The outsider already belongs to an organization; a new one would touch nothing of the victim's.
      ...M('createOrganization', 'name: "Mallory Relief"'),
      expect: UNAUTH_FORBIDDEN,
    },
  ],
  changeMemberRole: (c) => [
    {
      ...M(
        'changeMemberRole',
        `organizationId: "${c.victimOrg}", userId: "${c.victimUserId}", role: ADMIN`,
      ),
      expect: UNAUTH_FORBIDDEN,
    },
  ],
  removeMember: (c) => [
    {
      ...M('removeMember', `organizationId: "${c.victimOrg}", userId: "${c.victimUserId}"`),
      expect: UNAUTH_FORBIDDEN,
    },
  ],
  shareDataset: (c) => [
    {
      ...M('shareDataset', `datasetId: "${PRIVATE_ID}", coalitionId: "${c.coalition}"`),
      expect: UNAUTH_NOT_FOUND,
    },
  ],
  saveScenario: (c) => [
    {
      ...M(
        'saveScenario',
        `name: "x", organizationId: "${c.victimOrg}", input: { needBasis: IDENTIFIED_VICTIMS }`,
      ),
      expect: UNAUTH_FORBIDDEN,
    },
  ],
  updateScenario: () => [
    {
      ...M(
        'updateScenario',
        `id: "${VICTIM_SCENARIO_ID}", name: "pwned", input: { needBasis: PREVALENCE }`,
      ),
      expect: UNAUTH_NOT_FOUND,
    },
  ],
  deleteScenario: () => [
    { ...M('deleteScenario', `id: "${VICTIM_SCENARIO_ID}"`), expect: UNAUTH_NOT_FOUND },
  ],
  shareScenario: () => [
    { ...M('shareScenario', `id: "${VICTIM_SCENARIO_ID}"`), expect: UNAUTH_NOT_FOUND },
  ],
  unshareScenario: () => [
    { ...M('unshareScenario', `id: "${VICTIM_SCENARIO_ID}"`), expect: UNAUTH_NOT_FOUND },
  ],
  overrideGrantType: (c) => [
    {
      ...M('overrideGrantType', `grantId: "${c.victimGrantId}", type: SEX, reason: "mine now"`),
      expect: UNAUTH_NOT_FOUND,
    },
  ],
  createBrief: (c) => [
    {
      ...M(
        'createBrief',
        `input: { organizationId: "${c.victimOrg}", kind: OVERVIEW, dimension: FUNDING, needBasis: IDENTIFIED_VICTIMS, attribution: DECLARED_SHARE, permalink: "/" }`,
      ),
      expect: UNAUTH_FORBIDDEN,
    },
  ],
  updateBriefRecommendations: () => [
    {
      ...M(
        'updateBriefRecommendations',
        `id: "${UNKNOWN_BRIEF_ID}", recommendations: [{ audience: POLICY_MAKERS, text: "pwned" }]`,
      ),
      expect: { anonymous: 'NOT_FOUND', outsider: 'NOT_FOUND' },
    },
  ],
  unshareDataset: (c) => [
    {
      ...M('unshareDataset', `datasetId: "${POOLED_ID}", coalitionId: "${c.coalition}"`),
      expect: UNAUTH_NOT_FOUND,
    },
  ],
};

describeEachBackend(
  "attacker's suite",
  (db) => {
    let app: RunningApp;
    let fixture: FixtureIds;
    let victimOrg: number;
    let memberOrg: number;
    let outsiderOrg: number;
    let coalition: number;
    let cases: OperationCase[];
    let revokedToken: string;
    let liveToken: { id: string; token: string };
    const before = { anonymous: new Map<string, string>(), outsider: new Map<string, string>() };
    let outsider: Client;
    const sql: string[] = [];
    let capturing = false;

    const runAll = async (client: Client, into?: Map<string, string>) => {
      capturing = true;
      const out = new Map<string, GqlResponse>();
      for (const c of cases) {
        const res = await client.gql(c.query);
        out.set(c.label, res);
        into?.set(c.label, bodyOf(res));
      }
      capturing = false;
      return out;
    };

    beforeAll(async () => {
      const knex = db().knex;
      fixture = await loadFixture(knex);
      victimOrg = await makeOrganization(knex, 'victim');
      memberOrg = await makeOrganization(knex, 'member2');
      outsiderOrg = await makeOrganization(knex, 'outsider', 'FUNDER');
      coalition = await makeOrganization(knex, 'coalition', 'COALITION');
      await makeUser(knex, 'admin@victim.org', [[victimOrg, 'admin']]);
      await makeUser(knex, 'steward@victim.org', [[victimOrg, 'steward']]);
      await makeUser(knex, 'viewer@victim.org', [[victimOrg, 'viewer']]);
      await makeUser(knex, 'steward@member2.org', [
        [memberOrg, 'steward'],
        [coalition, 'viewer'],
      ]);
      await makeUser(knex, 'pooler@coalition.org', [[coalition, 'viewer']]);
      await makeUser(knex, 'outsider@outsider.org', [[outsiderOrg, 'viewer']]);
      cases = queryCases({ fixture, victimOrg, memberOrg, coalition });
      app = await startTestApp(db(), { GRAPHQL_RATE_LIMIT: '100000', SIGNIN_RATE_LIMIT: '1000' });
      knex.on('query', (q: { sql: string }) => {
        if (capturing) sql.push(q.sql);
      });

      outsider = await signedIn(app.url, 'outsider@outsider.org');
      await runAll(new Client(app.url), before.anonymous);
      await runAll(outsider, before.outsider);

      await insertPrivateDataset(knex, {
        id: PRIVATE_ID,
        owner: victimOrg,
        ids: fixture,
        name: 'Victim services (confidential)',
      });
      await insertPrivateDataset(knex, {
        id: POOLED_ID,
        owner: memberOrg,
        ids: fixture,
        name: 'Member 2 grants (confidential)',
      });
      await knex('dataset_shares').insert({ dataset_id: POOLED_ID, coalition_id: coalition });
      const victimAdmin = await knex('users').where('email', 'admin@victim.org').first();
      await insertPrivateScenario(knex, victimAdmin.id, victimOrg);
      await knex('invitations').insert({
        organization_id: victimOrg,
        email: 'outsider@outsider.org',
        role: 'admin',
        token_hash: 'f'.repeat(64),
        expires_at: new Date(Date.now() + 86_400_000),
      });

      const admin = await signedIn(app.url, 'admin@victim.org');
      liveToken = await makeToken(admin, 'WRITE', 'live');
      const revoked = await makeToken(admin, 'WRITE', 'to revoke');
      revokedToken = revoked.token;
      // Positive control: before revocation the token reads the private dataset.
      const read = await new Client(app.url, revokedToken).gql(
        `{ dataset(id: "${PRIVATE_ID}") { name } }`,
      );
      expect(read.body.data!.dataset).toEqual({ name: 'Victim services (confidential)' });
      const r = await admin.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, {
        id: revoked.id,
      });
      expect(r.body.data!.revokeApiToken.revokedAt).toBeTruthy();
    }, 600_000);

    afterAll(async () => {
      await app?.close();
    });

    it('has a case for every Query field and every Mutation field of the schema', () => {
      expect(uncoveredQueryFields(cases)).toEqual([]);
      expect(mutationFields().filter((f) => !(f in MUTATION_ATTEMPTS))).toEqual([]);
    });

    it('answers every operation, with data or a refusal, never a validation or internal error', () => {
      // An operation rejected before it runs would compare equal before and after and prove nothing.
      const allowed = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND']);
      for (const answers of [before.anonymous, before.outsider]) {
        const bad = [...answers].filter(([, body]) => {
          const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
          return (parsed.errors ?? []).some((e) => !allowed.has(e.extensions?.code ?? ''));
        });
        expect(bad.map(([label, body]) => `${label}: ${body.slice(0, 200)}`)).toEqual([]);
      }
    });

    describe.each(['anonymous', 'outsider'] as const)('%s caller', (who) => {
      it('gets exactly the same answer to every query as before the private datasets existed', async () => {
        const client = who === 'anonymous' ? new Client(app.url) : outsider;
        const after = await runAll(client);
        const changed = cases.filter(
          (c) => bodyOf(after.get(c.label)!) !== before[who].get(c.label),
        );
        expect(changed.map((c) => c.label)).toEqual([]);
        // and nothing private in any answer
        const all = [...after.values()].map(bodyOf).join('\n');
        expect(all).not.toContain('confidential');
      }, 300_000);
    });

    it('positive control: the same operations do change for a member of the victim organization', async () => {
      const viewer = await signedIn(app.url, 'viewer@victim.org');
      const after = await runAll(viewer);
      const changed = new Set(
        cases
          .filter((c) => bodyOf(after.get(c.label)!) !== before.anonymous.get(c.label))
          .map((c) => c.field),
      );
      for (const field of [
        'datasets',
        'dataset',
        'needIndicators',
        'allocations',
        'equity',
        'equityTrend',
        'equitySensitivity',
        'equityBreakdown',
        // scenarios, once their API is in the schema: baselines come from records
        ...['scenarioBaseline', 'runScenario', 'scenario'].filter((f) =>
          cases.some((c) => c.field === f),
        ),
      ]) {
        expect(changed, field).toContain(field);
      }
    }, 300_000);

    it('positive control: a coalition member sees pooled totals, never the dataset itself', async () => {
      const pooler = await signedIn(app.url, 'pooler@coalition.org');
      const equity = `{ equity(dimension: FUNDING, needBasis: IDENTIFIED_VICTIMS, attribution: EXCLUDE) { labor { resources } sex { resources } nullReasons { reason } } }`;
      const anonymous = (await new Client(app.url).gql(equity)).body.data!.equity;
      const pooled = (await pooler.gql(equity)).body.data!.equity;
      // The pooled dataset adds one LABOR grant ($7,000) and one SEX grant ($9,000): with the
      // public figures beside it, a total over one pooled record would give that grant away, so
      // the member's totals are withheld (the pooled data changes the answer, no line item shows).
      expect(anonymous.labor.resources).not.toBeNull();
      expect(pooled.labor.resources).toBeNull();
      expect(pooled.sex.resources).toBeNull();
      expect(pooled.nullReasons[0].reason).toMatch(/pooled data/);
      expect(
        (await pooler.gql(`{ dataset(id: "${POOLED_ID}") { id } }`)).body.data!.dataset,
      ).toBeNull();
      const listed = (await pooler.gql(`{ datasets(first: 500) { nodes { id } } }`)).body.data!
        .datasets.nodes;
      expect(listed.map((d: { id: string }) => d.id)).not.toContain(String(POOLED_ID));
    });

    it('refuses the three attackers on the import endpoints too (upload, jobs, rejected rows)', async () => {
      const knex = db().knex;
      const victimAdmin = await knex('users').where('email', 'admin@victim.org').first();
      const [job] = await knex('import_jobs')
        .insert({
          kind: 'grants',
          file_name: 'victim.csv',
          status: 'rejected',
          dataset_id: PRIVATE_ID,
          created_by: victimAdmin.id,
        })
        .returning('id');
      await knex('import_rejected_rows').insert({
        job_id: job.id,
        line: 2,
        row_values: JSON.stringify(['V-1', 'confidential cell']),
        error: 'x',
      });
      const upload = () => {
        const body = new FormData();
        body.append('file', new Blob(['grant_id\nV-9\n'], { type: 'text/csv' }), 'x.csv');
        return body;
      };
      const outsiderCookie = `fairshare_session=${outsider.cookie('fairshare_session')}`;
      const callers: [string, Record<string, string>, number, number][] = [
        // who, headers, status on upload, status on the victim's job
        ['anonymous', {}, 401, 401],
        ['outsider', { cookie: outsiderCookie }, 403, 404],
        ['revoked token', { authorization: `Bearer ${revokedToken}` }, 401, 401],
      ];
      for (const [who, headers, uploadStatus, jobStatus] of callers) {
        const post = await fetch(
          `${app.url}/api/import?kind=grants&dataset=${encodeURIComponent('Victim services (confidential)')}&organization=${victimOrg}`,
          { method: 'POST', body: upload(), headers },
        );
        expect([who, post.status]).toEqual([who, uploadStatus]);
        for (const path of [`/jobs/${job.id}`, `/jobs/${job.id}/rejected.csv`]) {
          const res = await fetch(`${app.url}/api/import${path}`, { headers });
          expect([who, path, res.status]).toEqual([who, path, jobStatus]);
          expect(await res.text()).not.toContain('confidential');
        }
        const list = await fetch(`${app.url}/api/import/jobs`, { headers });
        expect(await list.text()).not.toContain('victim.csv');
      }
      expect(await knex('grants').where('dataset_id', PRIVATE_ID)).toHaveLength(2);
    });

    it('refuses the revoked token with 401 and no data on every operation', async () => {
      const client = new Client(app.url, revokedToken);
      const answers = await runAll(client);
      const leaked = [...answers].filter(([, r]) => r.status !== 401 || r.body.data !== undefined);
      expect(leaked.map(([label]) => label)).toEqual([]);
      for (const field of mutationFields()) {
        // Refused before the operation is even parsed, so a bare call will do.
        const r = await client.gql(mutationOf(field));
        expect([field, r.status]).toEqual([field, 401]);
      }
      expect(codes(answers.values().next().value!)).toEqual(['UNAUTHENTICATED']);
    }, 300_000);

    describe('writes', () => {
      type Attacker = 'anonymous' | 'outsider';
      const attackers: Attacker[] = ['anonymous', 'outsider'];
      let victimState: string;
      const snapshot = async () => {
        const k = db().knex;
        const victimUsers = await k('users')
          .whereIn('email', ['admin@victim.org', 'steward@victim.org', 'viewer@victim.org'])
          .orderBy('id')
          .select('id', 'email', 'password_hash', 'display_name', 'disabled_at');
        return JSON.stringify({
          memberships: await k('memberships')
            .whereIn('organization_id', [victimOrg, memberOrg, coalition])
            .orderBy(['organization_id', 'user_id'])
            .select('user_id', 'organization_id', 'role'),
          invitations: await k('invitations')
            .orderBy('id')
            .select('id', 'organization_id', 'email', 'role', 'accepted_at'),
          scenarios: await k('scenarios')
            .where('organization_id', victimOrg)
            .orderBy('id')
            .select('id', 'name', 'latest_version', 'share_token_hash', 'deleted_at'),
          scenarioVersions: await k('scenario_versions')
            .where('scenario_id', VICTIM_SCENARIO_ID)
            .count({ n: '*' }),
          shares: await k('dataset_shares')
            .orderBy(['dataset_id', 'coalition_id'])
            .select('dataset_id', 'coalition_id'),
          records: await k('grants')
            .whereIn('dataset_id', [PRIVATE_ID, POOLED_ID])
            .orderBy('id')
            .select('id', 'trafficking_type', 'amount_usd', 'classification'),
          datasets: await k('datasets')
            .whereIn('id', [PRIVATE_ID, POOLED_ID])
            .orderBy('id')
            .select('id', 'name', 'visibility', 'owner_organization_id'),
          tokens: await k('api_tokens')
            .whereIn(
              'user_id',
              victimUsers.map((u: { id: number }) => u.id),
            )
            .orderBy('id')
            .select('id', 'user_id', 'name', 'revoked_at'),
          users: victimUsers,
          victimSessions: await k('sessions')
            .whereIn(
              'user_id',
              victimUsers.map((u: { id: number }) => u.id),
            )
            .count({ n: '*' }),
        });
      };

      beforeAll(async () => {
        victimState = await snapshot();
      });

      it.each(Object.keys(MUTATION_ATTEMPTS).filter((f) => mutationFields().includes(f)))(
        'Mutation.%s fails for anonymous and outsider callers',
        async (field) => {
          const ctx: AttemptContext = {
            victimOrg,
            memberOrg,
            coalition,
            liveTokenId: liveToken.id,
            victimUserId: (await db().knex('users').where('email', 'viewer@victim.org').first()).id,
            invitationId: (
              await db().knex('invitations').where('organization_id', victimOrg).first()
            ).id,
            victimGrantId: (
              await db().knex('grants').where('dataset_id', PRIVATE_ID).orderBy('id').first()
            ).id,
          };
          for (const who of attackers) {
            const client =
              who === 'anonymous'
                ? new Client(app.url)
                : await signedIn(app.url, 'outsider@outsider.org');
            for (const attempt of MUTATION_ATTEMPTS[field]!(ctx)) {
              const res = await client.gql(attempt.query, attempt.variables ?? {});
              const expected = attempt.expect[who];
              expect({ who, field, codes: codes(res) }).toEqual({
                who,
                field,
                codes: expected === 'OK' ? [] : [expected],
              });
              if (expected !== 'OK') expect(res.body.data?.result ?? null).toBeNull();
            }
          }
          // The live token still works after the attempts on it.
          const still = await new Client(app.url, liveToken.token).gql(
            `{ dataset(id: "${PRIVATE_ID}") { id } }`,
          );
          expect(still.body.data!.dataset).toEqual({ id: String(PRIVATE_ID) });
        },
      );

      it("leaves the victim's members, invitations, shares, datasets, tokens, passwords and sessions unchanged", async () => {
        expect(await snapshot()).toBe(victimState);
      });
    });

    it('runs no statement on a record table without the visibility subquery, except reviewed lookups', () => {
      const touching = sql.filter((s) => RECORD_TABLES.test(s));
      expect(touching.length).toBeGreaterThan(100);
      const unscoped = [...new Set(touching.filter((s) => !SCOPED.test(s)))];
      const unreviewed = unscoped.filter((s) => !REVIEWED_UNSCOPED.some((r) => r.pattern.test(s)));
      expect(unreviewed).toEqual([]);
    });
  },
  { seed: 'reference' },
);
