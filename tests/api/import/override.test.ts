/** A steward's override of a grant's type: GraphQL mutation, audit log, and re-imports keep it. */
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../../helpers/db';
import { startTestApp, type RunningApp } from '../../helpers/server';
import { Client, makeOrganization, makeUser, signedIn } from '../auth/helpers';
import { importText } from './helpers';

const SAMPLE = fs.readFileSync(
  new URL('./fixtures/usaspending-sample.csv', import.meta.url),
  'utf8',
);
const OVERRIDE = `mutation ($id: ID!, $type: TraffickingType!, $reason: String!) {
  overrideGrantType(grantId: $id, type: $type, reason: $reason) {
    id externalId traffickingType amountUsd programNumber
    funder { name } recipient { name } dataset { name }
    classification { rule classifiedType confidence matchedTerms overridden overriddenFrom overrideReason }
  }
}`;

describeEachBackend('overrideGrantType', (db) => {
  let app: RunningApp;
  let disabled: RunningApp;
  let grantId: string;
  let organizationId: number;
  // Overrides need a signed-in steward of the dataset's organization (api/auth/dataAccess.ts).
  let steward: Client;
  beforeAll(async () => {
    app = await startTestApp(db());
    disabled = await startTestApp(db(), { IMPORT_ENABLED: 'false' });
    organizationId = await makeOrganization(db().knex, 'federal-data-team', 'FUNDER');
    await makeUser(db().knex, 'steward@federal.example', [[organizationId, 'steward']]);
    await makeUser(db().knex, 'viewer@federal.example', [[organizationId, 'viewer']]);
    steward = await signedIn(app.url, 'steward@federal.example');
    await importText(db(), 'usaspending', SAMPLE, {
      datasetName: 'Federal awards',
      validOnly: true,
      organizationId,
    });
    const grant = await db().knex('grants').where({ external_id: '15POVC-23-GK-00003-HT' }).first();
    grantId = String(grant.id);
  });
  afterAll(async () => {
    await app.close();
    await disabled.close();
  });

  it('sets the type, keeps the classifier result beside it and audits the change', async () => {
    const res = await steward.gql(OVERRIDE, {
      id: grantId,
      type: 'LABOR',
      reason: 'The award funds a farmworker legal clinic.',
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.overrideGrantType).toEqual({
      id: grantId,
      externalId: '15POVC-23-GK-00003-HT',
      traffickingType: 'LABOR',
      amountUsd: 300000,
      programNumber: '16.320',
      funder: { name: 'Department of Justice' },
      recipient: { name: 'EXAMPLE LEGAL AID SOCIETY' },
      dataset: { name: 'Federal awards' },
      classification: {
        rule: 'keywords-v2',
        classifiedType: 'UNSPECIFIED',
        confidence: 0.3,
        matchedTerms: ['human trafficking'],
        overridden: true,
        overriddenFrom: 'UNSPECIFIED',
        overrideReason: 'The award funds a farmworker legal clinic.',
      },
    });
    const audit = await db()
      .knex('audit_log')
      .where({ action: 'correction', entity: 'grants', entity_id: grantId })
      .first();
    const details = typeof audit.details === 'string' ? JSON.parse(audit.details) : audit.details;
    expect(details).toMatchObject({
      field: 'trafficking_type',
      before: 'UNSPECIFIED',
      after: 'LABOR',
      reason: 'The award funds a farmworker legal clinic.',
    });
    expect(details.original_classification).toMatchObject({
      rule: 'keywords-v2',
      type: 'UNSPECIFIED',
      confidence: 0.3,
    });
  });

  it('survives importing the file again, unchanged or with a changed amount', async () => {
    const same = await importText(db(), 'usaspending', SAMPLE, {
      datasetName: 'Federal awards',
      validOnly: true,
      organizationId,
    });
    expect(same.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    const changed = SAMPLE.replace(
      '15POVC-23-GK-00003-HT,,300000.00',
      '15POVC-23-GK-00003-HT,,350000.00',
    );
    const again = await importText(db(), 'usaspending', changed, {
      datasetName: 'Federal awards',
      validOnly: true,
      organizationId,
    });
    expect(again.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
    const grant = await db().knex('grants').where({ id: grantId }).first();
    expect([grant.trafficking_type, Number(grant.amount_usd)]).toEqual(['LABOR', 350000]);
    const c =
      typeof grant.classification === 'string'
        ? JSON.parse(grant.classification)
        : grant.classification;
    expect(c.override).toMatchObject({ type: 'LABOR', previous: 'UNSPECIFIED' });
  });

  it('refuses an empty reason, an unknown grant, and any override while imports are disabled', async () => {
    const empty = await steward.gql(OVERRIDE, { id: grantId, type: 'SEX', reason: '   ' });
    expect(empty.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const unknown = await steward.gql(OVERRIDE, {
      id: '99999999',
      type: 'SEX',
      reason: 'x',
    });
    expect(unknown.body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const stewardOnDisabled = new Client(disabled.url);
    stewardOnDisabled.setCookie('fairshare_session', steward.cookie('fairshare_session')!);
    const off = await stewardOnDisabled.gql(OVERRIDE, {
      id: grantId,
      type: 'SEX',
      reason: 'x',
    });
    expect(off.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const grant = await db().knex('grants').where({ id: grantId }).first();
    expect(grant.trafficking_type).toBe('LABOR');
  });

  it('refuses anonymous callers and members below steward', async () => {
    const args = { id: grantId, type: 'SEX', reason: 'not my call' };
    const anonymous = await new Client(app.url).gql(OVERRIDE, args);
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const viewer = await signedIn(app.url, 'viewer@federal.example');
    const below = await viewer.gql(OVERRIDE, args);
    expect(below.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const grant = await db().knex('grants').where({ id: grantId }).first();
    expect(grant.trafficking_type).toBe('LABOR');
  });
});
