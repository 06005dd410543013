/**
 * Attacker's suite for organization names. A steward of "victim" imports a private grants file
 * naming a funder and a recipient that exist nowhere else: those names are private data. An
 * anonymous caller and a member of another organization must not find them through
 * `organizations` (the Funders and recipients lists and their filters) or any grouping; members of
 * victim must. An organization also named by public data stays listed for everyone.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../../helpers/db';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { GRANT_HEADER, importText } from '../import/helpers';
import { Client, makeOrganization, makeUser, signedIn } from './helpers';

const SECRET_FUNDER = 'Quiet Harbor Trust';
const SECRET_RECIPIENT = 'Safehouse Seven';
const SHARED = 'Open Fields Foundation';

const SCOPE_OPTIONS = `{
  funders: organizations(filter: { kinds: [FUNDER, AGENCY] }, first: 200) { totalCount nodes { id name } }
  recipients: organizations(filter: { kinds: [PROVIDER, TTA_PROVIDER, COALITION, RESEARCH, AGENCY] }, first: 500) { totalCount nodes { id name } }
  all: organizations(first: 500) { totalCount nodes { id name } }
  searched: organizations(filter: { search: "quiet" }) { totalCount nodes { name } }
  byState: organizations(filter: { usState: "NM" }) { totalCount nodes { name } }
  allocations(dimension: FUNDING, groupBy: [FUNDER]) { rows { funder { name } recipient { name } } }
  byRecipient: allocations(dimension: FUNDING, groupBy: [RECIPIENT]) { rows { recipient { name } } }
}`;

describeEachBackend('private imports do not publish organization names', (db) => {
  let app: RunningApp;
  let member: Client;
  let outsider: Client;
  beforeAll(async () => {
    const knex = db().knex;
    const victim = await makeOrganization(knex, 'victim', 'PROVIDER');
    const other = await makeOrganization(knex, 'other', 'PROVIDER');
    const steward = await makeUser(knex, 'steward@victim.org', [[victim, 'steward']]);
    await makeUser(knex, 'viewer@victim.org', [[victim, 'viewer']]);
    await makeUser(knex, 'eve@other.org', [[other, 'admin']]);
    // Public data naming SHARED (imported from the server's shell: public, no owner).
    const pub = await importText(
      db(),
      'grants',
      `${GRANT_HEADER}\nP-1,${SHARED},,2020,1000,LABOR,,LEGAL,US,CA,\n`,
      { datasetName: 'Public grants' },
    );
    expect(pub.status).toBe('succeeded');
    // The private import: new funder and recipient names, plus SHARED again.
    const priv = await importText(
      db(),
      'grants',
      `${GRANT_HEADER}\nS-1,${SECRET_FUNDER},${SECRET_RECIPIENT},2021,5000,SEX,,HOUSING,US,NM,\n` +
        `S-2,${SHARED},${SECRET_RECIPIENT},2021,7000,LABOR,,LEGAL,US,NM,\n`,
      { datasetName: 'Our confidential grants', organizationId: victim, actorUserId: steward },
    );
    expect(priv.status).toBe('succeeded');
    app = await startTestApp(db());
    member = await signedIn(app.url, 'viewer@victim.org');
    outsider = await signedIn(app.url, 'eve@other.org');
  });
  afterAll(async () => {
    await app.close();
  });

  const namesSeenBy = async (client: Client) => {
    const res = await client.gql(SCOPE_OPTIONS);
    expect(res.body.errors).toBeUndefined();
    return JSON.stringify(res.body.data);
  };

  it('hides names that exist only through the private data from anonymous callers', async () => {
    const seen = await namesSeenBy(new Client(app.url));
    expect(seen).not.toContain(SECRET_FUNDER);
    expect(seen).not.toContain(SECRET_RECIPIENT);
    expect(seen).toContain(SHARED);
    const res = await new Client(app.url).gql(SCOPE_OPTIONS);
    expect(res.body.data!.searched).toEqual({ totalCount: 0, nodes: [] });
  });

  it('hides them from members of another organization', async () => {
    const seen = await namesSeenBy(outsider);
    expect(seen).not.toContain(SECRET_FUNDER);
    expect(seen).not.toContain(SECRET_RECIPIENT);
    expect(seen).toContain(SHARED);
  });

  it('shows them to members of the organization that owns the data (positive control)', async () => {
    const res = await member.gql(SCOPE_OPTIONS);
    const data = res.body.data!;
    const names = (list: { nodes: { name: string }[] }) => list.nodes.map((n) => n.name);
    expect(names(data.funders)).toContain(SECRET_FUNDER);
    expect(names(data.recipients)).toContain(SECRET_RECIPIENT);
    expect(data.searched).toEqual({ totalCount: 1, nodes: [{ name: SECRET_FUNDER }] });
  });

  it('counts only visible organizations in totalCount', async () => {
    const anonymous = (await new Client(app.url).gql(SCOPE_OPTIONS)).body.data!;
    const insider = (await member.gql(SCOPE_OPTIONS)).body.data!;
    expect(insider.all.totalCount - anonymous.all.totalCount).toBe(2);
  });
});
