/**
 * Every operation the client sends is valid against api/schema.graphql (fields exist, fragments
 * are all defined and all used) and within the API's query limits (graphql-armor in api/server.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as operations from '../../client/src/api/operations';
import { describeEachBackend } from '../helpers/db';
import { postGraphQL, startTestApp, type RunningApp } from '../helpers/server';

const schema = buildSchema(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../api/schema.graphql'), 'utf8'),
);

describe('client GraphQL operations', () => {
  const entries = Object.entries(operations).filter(([, v]) => typeof v === 'string');

  it('exports the operations the pages use', () => {
    expect(entries.map(([k]) => k).sort()).toEqual(
      [
        'ALLOCATIONS',
        'ALLOCATIONS_BY_DIMENSION',
        'ALLOCATION_YEARS',
        'DATA_SELECTION',
        'EQUITY_BREAKDOWN',
        'EQUITY_BY_DIMENSION',
        'EQUITY_TREND',
        'OVERVIEW',
        'PROFILE',
        'NEED_FIGURES',
        'RESEARCH_PERIODS',
        'SCOPE_OPTIONS',
        'SENSITIVITY',
        'SOURCES',
      ].sort(),
    );
  });

  for (const [name, text] of entries) {
    it(`${name} validates against the schema`, () => {
      const doc = parse(text);
      expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
    });

    it(`${name} stays within the server's depth (10) and alias (15) limits`, () => {
      const doc = parse(text);
      let aliases = 0;
      let depth = 0;
      let maxDepth = 0;
      visit(doc, {
        Field: {
          enter(node) {
            if (node.alias) aliases++;
            depth++;
            maxDepth = Math.max(maxDepth, depth);
          },
          leave() {
            depth--;
          },
        },
      });
      // Fragments spread in add depth; counted here per definition, so add the deepest fragment (2).
      expect(maxDepth + 2).toBeLessThanOrEqual(10);
      expect(aliases).toBeLessThanOrEqual(15);
    });
  }
});

/** Variables a page sends for each operation (the defaults of a fresh view). */
const MEASURE = {
  dimension: 'FUNDING',
  needBasis: 'IDENTIFIED_VICTIMS',
  attribution: 'DECLARED_SHARE',
};
const PAGE_VARIABLES: Record<string, Record<string, unknown>> = {
  SCOPE_OPTIONS: {},
  ALLOCATION_YEARS: { dimension: 'FUNDING' },
  OVERVIEW: MEASURE,
  EQUITY_TREND: MEASURE,
  ALLOCATIONS: { dimension: 'FUNDING', groupBy: ['FUNDER', 'TYPE'] },
  ALLOCATIONS_BY_DIMENSION: { scope: { yearFrom: 2018 } },
  EQUITY_BREAKDOWN: { ...MEASURE, by: 'STATE' },
  EQUITY_BY_DIMENSION: { needBasis: 'PREVALENCE', attribution: 'EVEN_SPLIT' },
  SENSITIVITY: { dimension: 'SERVICES' },
  SOURCES: {},
  NEED_FIGURES: { after: null, bases: null },
  PROFILE: { ...MEASURE, scope: { funderIds: ['1'] }, withCategories: true },
  DATA_SELECTION: { scope: { illustrativeData: 'EXCLUDE' } },
  RESEARCH_PERIODS: { scope: { yearFrom: 2010 } },
};

describeEachBackend(
  'client operations against the running API',
  (db) => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(db());
    });
    afterAll(async () => {
      await app?.close();
    });

    it('has variables for every operation', () => {
      expect(Object.keys(PAGE_VARIABLES).sort()).toEqual(
        Object.entries(operations)
          .filter(([, v]) => typeof v === 'string')
          .map(([k]) => k)
          .sort(),
      );
    });

    for (const [name, variables] of Object.entries(PAGE_VARIABLES)) {
      it(`${name} passes the server's query limits and answers without errors`, async () => {
        const query = (operations as Record<string, unknown>)[name] as string;
        const { status, body } = await postGraphQL(app.url, query, variables);
        expect(body.errors ?? []).toEqual([]);
        expect(status).toBe(200);
        expect(body.data).toBeTruthy();
      });
    }
  },
  { seed: 'demo' },
);
