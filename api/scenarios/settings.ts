/**
 * ScenarioInput as the API takes it, turned into ScenarioSettings: the normalised form that is
 * validated, stored with a saved version (scenario_versions.params) and echoed back so the studio
 * can reload it. Core's own checks run when the model is given the settings and a baseline.
 */
import {
  MAX_HORIZON_YEARS,
  ScenarioInputError,
  type ParameterOverride,
  type ParameterOverrides,
  type ScenarioBaseline,
  type ScenarioInput,
  type ScenarioLevers,
  type ScenarioServiceCategory,
  type ScenarioValidationIssue,
} from '../../core/scenario/index';
import { DEFAULT_ATTRIBUTION, type AttributionRule, type NeedBasis } from '../../core/vocabulary';
import { parseScope, type Scope, type ScopeArgs } from '../data/analytics/scope';
import { BadUserInputError } from '../errors';
import type { BaselineMode } from './baseline';
import { GraphQLError } from 'graphql';

export const MAX_API_DRAWS = 20_000;
export const DEFAULT_API_DRAWS = 1_000;
const SETTINGS_FORMAT = 1;

type Maybe<T> = T | null | undefined;

/** The GraphQL ScenarioInput (structurally; generated types are assignable to it). */
export interface ScenarioInputArgs {
  scope?: Maybe<ScopeArgs>;
  needBasis: NeedBasis;
  attribution?: Maybe<AttributionRule>;
  baselineMode?: Maybe<'LATEST' | 'AVERAGE'>;
  horizonYears?: Maybe<number>;
  levers?: Maybe<{
    shiftFraction?: Maybe<number>;
    shiftAmount?: Maybe<number>;
    phaseInYears?: Maybe<number>;
    newMoneyPerYear?: Maybe<number>;
    categoryMix?: Maybe<ReadonlyArray<{ category: ScenarioServiceCategory; share: number }>>;
    trainingShare?: Maybe<number>;
  }>;
  overrides?: Maybe<
    ReadonlyArray<{ key: string; value?: Maybe<number>; low?: Maybe<number>; high?: Maybe<number> }>
  >;
  monteCarlo?: Maybe<{ draws?: Maybe<number>; seed?: Maybe<number> }>;
}

/** What a scenario is, normalised; stored as JSON with each saved version. */
export interface ScenarioSettings {
  format: typeof SETTINGS_FORMAT;
  /** The scope as given (null fields dropped), so it can be echoed and parsed again. */
  scope: ScopeArgs;
  needBasis: NeedBasis;
  /** Versions saved before the rule was a setting lack it: they ran on DECLARED_SHARE. */
  attribution?: AttributionRule;
  baselineMode: BaselineMode;
  horizonYears: number;
  levers: ScenarioLevers;
  overrides: ParameterOverrides;
  monteCarlo: { draws: number; seed: number };
}

/** One GraphQL error for every issue; extensions.field names the first, issues lists all. */
export function scenarioInputError(issues: readonly ScenarioValidationIssue[]): GraphQLError {
  const first = issues[0] ?? { field: 'input', message: 'The scenario input is invalid.' };
  const list = issues.map((i) => i.message.replace(/[.]$/, '')).join('; ');
  return new GraphQLError(`The scenario input is invalid: ${list}.`, {
    extensions: { code: 'BAD_USER_INPUT', field: first.field, issues: [...issues] },
  });
}

/** Runs `fn`, turning core's ScenarioInputError into BAD_USER_INPUT naming the field. */
export function withInputErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ScenarioInputError) throw scenarioInputError(e.issues);
    throw e;
  }
}

/** withInputErrors for work that completes later (the model pool). */
export async function withInputErrorsAsync<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof ScenarioInputError) throw scenarioInputError(e.issues);
    throw e;
  }
}

const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

function levers(args: ScenarioInputArgs['levers']): ScenarioLevers {
  if (!args) return {};
  const { categoryMix, ...rest } = args;
  const out = compact(rest) as ScenarioLevers;
  if (categoryMix) {
    const mix: Partial<Record<ScenarioServiceCategory, number>> = {};
    for (const { category, share } of categoryMix) {
      if (mix[category] !== undefined) {
        throw scenarioInputError([
          {
            field: `levers.categoryMix.${category}`,
            message: `categoryMix lists ${category} twice; give each category once`,
          },
        ]);
      }
      mix[category] = share;
    }
    out.categoryMix = mix;
  }
  return out;
}

function overrides(args: ScenarioInputArgs['overrides']): ParameterOverrides {
  // No prototype: a key such as "constructor" or "__proto__" is an ordinary (unknown) key here,
  // not an inherited member or the prototype setter; validation then names it.
  const out = Object.create(null) as Record<string, ParameterOverride>;
  for (const o of args ?? []) {
    if (out[o.key] !== undefined) {
      throw scenarioInputError([
        { field: `params.${o.key}`, message: `overrides lists ${o.key} twice; give each key once` },
      ]);
    }
    const range: { low?: number; high?: number } = {};
    if (o.low != null) range.low = o.low;
    if (o.high != null) range.high = o.high;
    if (o.value == null && Object.keys(range).length === 0) {
      throw scenarioInputError([
        {
          field: `params.${o.key}`,
          message: `the override of ${o.key} gives no value, low or high`,
        },
      ]);
    }
    out[o.key] =
      Object.keys(range).length === 0
        ? o.value!
        : { ...(o.value == null ? {} : { value: o.value }), ...range };
  }
  return out;
}

function monteCarlo(args: ScenarioInputArgs['monteCarlo']): { draws: number; seed: number } {
  const draws = args?.draws ?? DEFAULT_API_DRAWS;
  const seed = args?.seed ?? 1;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_API_DRAWS) {
    throw new BadUserInputError(
      'monteCarlo.draws',
      `monteCarlo.draws must be a whole number from 1 to ${MAX_API_DRAWS.toLocaleString('en-US')} (got ${draws}).`,
    );
  }
  return { draws, seed };
}

/** Validates what can be checked without data and normalises the input. */
export function toSettings(args: ScenarioInputArgs): { settings: ScenarioSettings; scope: Scope } {
  const scope = parseScope(args.scope);
  const horizonYears = args.horizonYears ?? 5;
  if (!Number.isInteger(horizonYears) || horizonYears < 1 || horizonYears > MAX_HORIZON_YEARS) {
    throw scenarioInputError([
      {
        field: 'horizonYears',
        message: `horizonYears must be a whole number from 1 to ${MAX_HORIZON_YEARS} (got ${horizonYears})`,
      },
    ]);
  }
  const settings: ScenarioSettings = {
    format: SETTINGS_FORMAT,
    scope: compact({ ...(args.scope ?? {}) }),
    needBasis: args.needBasis,
    attribution: args.attribution ?? DEFAULT_ATTRIBUTION,
    baselineMode: args.baselineMode === 'AVERAGE' ? 'average' : 'latest',
    horizonYears,
    levers: levers(args.levers),
    overrides: overrides(args.overrides),
    monteCarlo: monteCarlo(args.monteCarlo),
  };
  return { settings, scope };
}

/** Settings read back from the database, with the scope parsed again. */
export function storedSettings(json: unknown): { settings: ScenarioSettings; scope: Scope } {
  const settings = json as ScenarioSettings;
  if (settings?.format !== SETTINGS_FORMAT) {
    throw new Error(
      `Saved scenario settings have format ${String(settings?.format)}, expected ${String(SETTINGS_FORMAT)}.`,
    );
  }
  return { settings, scope: parseScope(settings.scope) };
}

/** The core model's input: the settings on a baseline. */
export function coreInput(settings: ScenarioSettings, baseline: ScenarioBaseline): ScenarioInput {
  return {
    baseline,
    horizonYears: settings.horizonYears,
    levers: settings.levers,
    params: settings.overrides,
  };
}
