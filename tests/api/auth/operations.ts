/**
 * Every Query field of the schema as operations an attacker would send, each selecting every
 * field of its result (generated from the schema, so a field added later is covered without
 * editing this file). `uncoveredQueryFields` names Query fields that have no case here: the
 * attacker suite fails on them, so that a new data path cannot go untested.
 */
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { typeDefs } from '../../../api/graphql/schema';
import type { FixtureIds } from '../../helpers/fixture';
import { POOLED_ID, PRIVATE_ID, VICTIM_SCENARIO_ID } from './privateData';

export const schema: GraphQLSchema = buildSchema(typeDefs);

/** A selection of every field reachable within `depth` levels (fields with required args skipped). */
export function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0) return '{ __typename }';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    parts.push(
      isLeafType(getNamedType(field.type))
        ? field.name
        : `${field.name} ${selectionFor(field.type, depth - 1)}`,
    );
  }
  return `{ ${parts.join(' ')} }`;
}

export interface OperationCase {
  field: string;
  label: string;
  query: string;
}

function operation(kind: 'query' | 'mutation', field: string, args: string): string {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const def = root.getFields()[field];
  if (!def) throw new Error(`${kind} field ${field} is not in the schema`);
  const call = args ? `${field}(${args})` : field;
  return `${kind} { result: ${call} ${selectionFor(def.type, 4)} }`;
}

export const queryOf = (field: string, args = '') => operation('query', field, args);
export const mutationOf = (field: string, args = '') => operation('mutation', field, args);

export interface CaseIds {
  fixture: FixtureIds;
  victimOrg: number;
  memberOrg: number;
  coalition: number;
}

const DIMENSIONS = ['FUNDING', 'TRAINING', 'SERVICES', 'RESEARCH'] as const;
const GROUPINGS = [
  '[TYPE]',
  '[YEAR, TYPE]',
  '[FUNDER]',
  '[RECIPIENT]',
  '[CATEGORY]',
  '[STATE, TYPE]',
  '[DATASET]',
];
const BASES = ['IDENTIFIED_VICTIMS', 'HOTLINE_CASES', 'CUSTOM'] as const;
const RULES = ['EXCLUDE', 'NEED_PROPORTIONAL'] as const;

/** The read operations, several per Query field: every dimension, grouping and need basis. */
export function queryCases(ids: CaseIds): OperationCase[] {
  const { f1, p1 } = ids.fixture;
  const privateIds = `["${PRIVATE_ID}", "${POOLED_ID}"]`;
  const scopes = [
    '',
    `scope: { datasetIds: ${privateIds} }`,
    `scope: { funderIds: ["${f1}"], recipientIds: ["${p1}"], usStates: ["CA", "TX"], yearFrom: 2020, yearTo: 2021 }`,
    `scope: { needDatasetIds: ${privateIds} }`,
  ];
  const cases: OperationCase[] = [];
  const add = (field: string, args = '') =>
    cases.push({ field, label: `${field}(${args})`, query: queryOf(field, args) });

  add('health');
  add('disclosureMethod');
  add('signUpOptions');
  add('scenarioDefaults');
  add('datasets', 'first: 100');
  add(
    'datasets',
    'first: 100, filter: { search: "confidential" }, sort: { field: IMPORTED_AT, direction: DESC }',
  );
  add('dataset', `id: "${PRIVATE_ID}"`);
  add('dataset', `id: "${POOLED_ID}"`);
  add('organizations', 'first: 100');
  add('needIndicators', 'first: 100');
  add('needIndicators', `first: 100, filter: { datasetIds: ${privateIds} }`);
  add(
    'needIndicators',
    'first: 100, filter: { bases: [CUSTOM, HOTLINE_CASES, IDENTIFIED_VICTIMS] }',
  );
  for (const dimension of DIMENSIONS) {
    for (const scope of scopes) {
      for (const groupBy of GROUPINGS)
        add(
          'allocations',
          `dimension: ${dimension}, groupBy: ${groupBy}${scope ? `, ${scope}` : ''}`,
        );
      add('equitySensitivity', `dimension: ${dimension}${scope ? `, ${scope}` : ''}`);
      for (const basis of BASES) {
        for (const rule of RULES) {
          add(
            'equity',
            `dimension: ${dimension}, needBasis: ${basis}, attribution: ${rule}${scope ? `, ${scope}` : ''}`,
          );
        }
      }
      add(
        'equityTrend',
        `dimension: ${dimension}, needBasis: IDENTIFIED_VICTIMS, attribution: EVEN_SPLIT${scope ? `, ${scope}` : ''}`,
      );
      for (const by of ['FUNDER', 'STATE', 'CATEGORY']) {
        add(
          'equityBreakdown',
          `dimension: ${dimension}, needBasis: HOTLINE_CASES, attribution: EXCLUDE, by: ${by}${scope ? `, ${scope}` : ''}`,
        );
      }
    }
  }
  for (const scope of scopes) {
    add('researchPeriods', scope);
    add('dataSelection', scope);
  }
  add('me');
  add('myOrganizations');
  add('apiTokens');
  for (const org of [ids.victimOrg, ids.memberOrg, ids.coalition]) {
    add('members', `organizationId: "${org}"`);
    add('invitations', `organizationId: "${org}"`);
    add('auditLog', `organizationId: "${org}", first: 100`);
    add('briefs', `organizationId: "${org}"`);
  }
  add('datasetShares', `datasetId: "${PRIVATE_ID}"`);
  add('datasetShares', `datasetId: "${POOLED_ID}"`);

  // Scenarios (present once the scenario API is in the schema). Baselines are built from records.
  const has = (field: string) => field in schema.getQueryType()!.getFields();
  if (has('scenarioBaseline')) {
    for (const scope of scopes) {
      for (const mode of ['LATEST', 'AVERAGE']) {
        add(
          'scenarioBaseline',
          `needBasis: IDENTIFIED_VICTIMS, mode: ${mode}${scope ? `, ${scope}` : ''}`,
        );
      }
      const input = `{ needBasis: IDENTIFIED_VICTIMS, horizonYears: 3, levers: { shiftFraction: 0.2, newMoneyPerYear: 1000 }, monteCarlo: { draws: 20, seed: 7 }${scope ? `, ${scope}` : ''} }`;
      add('runScenario', `input: ${input}`);
      add('goalSeek', `input: ${input}`);
      add('solveCategoryMix', `input: ${input}, target: { targetLaborServed: 50 }`);
    }
  }
  if (has('scenario')) {
    add('scenario', `id: "${VICTIM_SCENARIO_ID}"`);
    add('scenarios', 'first: 10');
    add('compareScenarios', `ids: ["${VICTIM_SCENARIO_ID}"]`);
  }
  // No brief of the victim exists: an unknown id must answer null to everyone alike.
  add('brief', `id: "${UNKNOWN_BRIEF_ID}"`);
  return cases;
}

/** A brief id that no brief has. */
export const UNKNOWN_BRIEF_ID = '00000000-0000-4000-8000-0000000b41ef';

/** Query fields of the schema that no case exercises. */
export function uncoveredQueryFields(cases: readonly OperationCase[]): string[] {
  const covered = new Set(cases.map((c) => c.field));
  return Object.keys(schema.getQueryType()!.getFields()).filter((f) => !covered.has(f));
}

export function mutationFields(): string[] {
  return Object.keys(schema.getMutationType()?.getFields() ?? {});
}
