/**
 * What a request will cost the scenario model, counted before anything runs, from the operation
 * and its variables: graphql-armor's cost limit counts fields, but one runScenario field can be a
 * million kernel steps. The unit is one simulated projection year of one run; a ScenarioRun costs
 * 2 (the scenario and its zero-lever run) x (H + 1) years; its bands, draws x that; its tornado,
 * TORNADO_RUNS x (H + 1); goal seek, up to GOAL_SEEK_RUNS x (H + 1); the category-mix solver,
 * CATEGORY_MIX_RUNS x (H + 1). Aliases and list fields multiply. Saved scenarios carry their own
 * horizon and draws, unknown until read, so they count at the maximum.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_HORIZON_YEARS } from '../../core/scenario/index';
import { DEFAULT_API_DRAWS, MAX_API_DRAWS } from '../scenarios/settings';

/** Runs of the tornado: two ends of each of at most 12 uncertain inputs, scenario and zero-lever. */
export const TORNADO_RUNS = 2 * 2 * 12 + 2;
/** Runs of goal seek: two bisections of at most 80 steps and their checks. */
export const GOAL_SEEK_RUNS = 200;
/** The linear programme is small; its cost is its set-up runs and the re-run. */
export const CATEGORY_MIX_RUNS = 20;
const DEFAULT_HORIZON = 5;
const DEFAULT_PAGE = 50;

// graphql's isObjectType, getNamedType and coercion check `instanceof`, which fails when Apollo
// and this module load different copies of graphql (CommonJS and ESM): these read plain fields.
function isObject(t: GraphQLType | null | undefined): t is GraphQLObjectType {
  return (
    !!t && (t as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] === 'GraphQLObjectType'
  );
}

function named(t: GraphQLType): GraphQLNamedType {
  let out = t as GraphQLType & { ofType?: GraphQLType };
  while (out.ofType) out = out.ofType as typeof out;
  return out as GraphQLNamedType;
}

/** A field's arguments as sent (variables substituted, declared defaults filled in). */
function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of field.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    const value = given ? valueFromASTUntyped(given.value, variables) : arg.defaultValue;
    if (value !== undefined) out[arg.name] = value;
  }
  return out;
}

interface Scale {
  count: number;
  years: number;
  draws: number;
}

/** Model-year runs of an operation, and the root fields they come from. */
export function modelCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { total: number; byField: Map<string, number> } {
  const byField = new Map<string, number>();
  const root =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : schema.getMutationType();
  if (!root) return { total: 0, byField };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  let rootField = '';

  const add = (units: number) => {
    byField.set(rootField, (byField.get(rootField) ?? 0) + units);
  };

  const walk = (type: GraphQLObjectType, set: SelectionSetNode, scale: Scale): void => {
    for (const node of set.selections) {
      if (node.kind === Kind.INLINE_FRAGMENT) {
        const on = node.typeCondition ? schema.getType(node.typeCondition.name.value) : type;
        if (isObject(on)) walk(on, node.selectionSet, scale);
        continue;
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && isObject(on)) walk(on, fragment.selectionSet, scale);
        continue;
      }
      const field = type.getFields()[node.name.value];
      if (!field) continue;
      if (type === root) rootField = node.name.value;
      const args = argumentsOf(field, node, variables);
      const next = { ...scale, count: scale.count * listSize(type.name, field.name, args) };
      const input = args.input as
        { horizonYears?: number | null; monteCarlo?: { draws?: number | null } | null } | undefined;
      if (input && typeof input === 'object') {
        // Out-of-range values are refused by the resolver; here they only must not undercount.
        next.years = positive(input.horizonYears, DEFAULT_HORIZON) + 1;
        next.draws = positive(input.monteCarlo?.draws, DEFAULT_API_DRAWS);
      }
      const fieldType = named(field.type);
      if (fieldType.name === 'ScenarioRun') add(next.count * 2 * next.years);
      if (type.name === 'ScenarioRun' && field.name === 'bands') {
        add(next.count * next.draws * 2 * next.years);
      }
      if (type.name === 'ScenarioRun' && field.name === 'tornado') {
        add(next.count * TORNADO_RUNS * next.years);
      }
      if (type === root && field.name === 'goalSeek') add(next.count * GOAL_SEEK_RUNS * next.years);
      if (type === root && field.name === 'solveCategoryMix') {
        add(next.count * CATEGORY_MIX_RUNS * next.years);
      }
      if (isObject(fieldType) && node.selectionSet) walk(fieldType, node.selectionSet, next);
    }
  };
  walk(root, operation.selectionSet, {
    count: 1,
    years: MAX_HORIZON_YEARS + 1,
    draws: MAX_API_DRAWS,
  });
  let total = 0;
  for (const units of byField.values()) total += units;
  return { total, byField };
}

const positive = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;

/** How many objects a list field returns at most. */
function listSize(typeName: string, fieldName: string, args: Record<string, unknown>): number {
  if (typeName === 'Query' && fieldName === 'compareScenarios') {
    return Array.isArray(args.ids) ? args.ids.length : 1;
  }
  if (typeName === 'Query' && fieldName === 'scenarios') {
    return typeof args.first === 'number' ? Math.max(args.first, 0) : DEFAULT_PAGE;
  }
  return 1;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Refuses, with HTTP 400 and BAD_USER_INPUT, an operation whose model cost is over `limit`. */
export function modelCostPlugin<T extends object>(limit: number): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return Promise.resolve();
          const { total, byField } = modelCost(
            schema,
            document,
            operation,
            request.variables ?? {},
          );
          if (total <= limit) return Promise.resolve();
          const parts = [...byField.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([field, units]) => `${field}: ${fmt(units)}`)
            .join(', ');
          throw new GraphQLError(
            `This request asks the scenario model for about ${fmt(total)} simulated years (${parts}), over the limit of ${fmt(limit)} per request. Ask for fewer Monte Carlo draws, a shorter horizon or fewer aliased fields, or send them as separate requests.`,
            { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
          );
        },
      });
    },
  };
}
