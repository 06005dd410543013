/**
 * What a probing caller gets in production: no enum or field suggestions, a refusal (not an
 * internal error) for a NUL byte or an over-long query, and precise messages for odd keys.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { INTERNAL_MESSAGE } from '../../api/errors';
import { describeEachBackend } from '../helpers/db';
import { loadScenarioFixture, type ScenarioFixtureIds } from '../helpers/scenarioFixture';
import { postGraphQL, recordingLogger, startTestApp, type RunningApp } from '../helpers/server';

describeEachBackend('abuse: probing a production server', (db) => {
  let app: RunningApp;
  const log = recordingLogger();
  let ids: ScenarioFixtureIds;
  beforeAll(async () => {
    ids = await loadScenarioFixture(db().knex);
    app = await startTestApp(db(), { NODE_ENV: 'production' }, log);
  });
  afterAll(async () => {
    await app.close();
  });

  it('does not suggest enum values', async () => {
    const { status, body } = await postGraphQL(
      app.url,
      '{ allocations(dimension: FUNDNG, groupBy: [YEAR]) { rows { value } } }',
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/FUNDNG/);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|FUNDING/);
  });

  it('does not suggest enum values given through variables', async () => {
    const { body } = await postGraphQL(
      app.url,
      'query($d: ResourceDimension!) { allocations(dimension: $d, groupBy: [YEAR]) { rows { value } } }',
      { d: 'FUNDNG' },
    );
    expect(body.errors?.[0]?.message).toMatch(/FUNDNG/);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|FUNDING/);
  });

  it('refuses a NUL byte in a string argument as bad input, logging no SQL', async () => {
    log.lines.length = 0;
    const { status, body } = await postGraphQL(
      app.url,
      'query($s: String) { datasets(filter: { search: $s }) { totalCount } }',
      { s: 'slavery\u0000' },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toBe(
      'Text arguments cannot contain the NUL character (\\u0000); remove it and try again.',
    );
    expect(body.errors?.[0]?.message).not.toBe(INTERNAL_MESSAGE);
    expect(log.lines.join('\n')).not.toMatch(/select|0x00|invalid byte sequence/i);
    // inline in the query text too
    const inline = await postGraphQL(
      app.url,
      '{ organizations(filter: { search: "a\\u0000b" }) { totalCount } }',
    );
    expect(inline.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a query over the token limit with 400, not 500', async () => {
    const fields = Array.from({ length: 2100 }, () => 'status').join(' ');
    const { status, body } = await postGraphQL(app.url, `{ health { ${fields} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/token/i);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'names the override key %s as not a scenario parameter',
    async (key) => {
      const { body } = await postGraphQL(
        app.url,
        'query($input: ScenarioInput!) { runScenario(input: $input) { baseYear } }',
        {
          input: {
            scope: { datasetIds: [String(ids.scenarioGrants), String(ids.scenarioServices)] },
            needBasis: 'IDENTIFIED_VICTIMS',
            overrides: [{ key, value: 1 }],
          },
        },
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: `params.${key}`,
      });
      expect(body.errors?.[0]?.message).toBe(
        `The scenario input is invalid: ${key} is not a scenario parameter.`,
      );
    },
  );
});
