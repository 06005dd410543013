/**
 * ScopeInput validation and its translation into SQL filters. Invalid input becomes a
 * BAD_USER_INPUT error naming the field; filters that do not apply to a dimension are reported.
 */
import type { Knex } from 'knex';
import {
  MAX_YEAR,
  MIN_YEAR,
  US_STATES,
  type ResourceDimension,
  type ServiceCategory,
} from '../../../core/vocabulary';
import { BadUserInputError } from '../../errors';
import { ILLUSTRATIVE_DATA, type IllustrativeData } from './dataSelection';
import { DIMENSIONS, type ResourceSource, type ScopeFilter } from './dimensions';

/** ScopeInput as the GraphQL layer hands it over. */
export interface ScopeArgs {
  yearFrom?: number | null;
  yearTo?: number | null;
  countries?: readonly string[] | null;
  usStates?: readonly string[] | null;
  funderIds?: readonly string[] | null;
  recipientIds?: readonly string[] | null;
  categories?: readonly ServiceCategory[] | null;
  datasetIds?: readonly string[] | null;
  needDatasetIds?: readonly string[] | null;
  illustrativeData?: IllustrativeData | null;
}

/** A validated scope. Absent lists mean "everything". */
export interface Scope {
  yearFrom: number | null;
  yearTo: number | null;
  countries: string[] | null;
  usStates: string[] | null;
  funderIds: number[] | null;
  recipientIds: number[] | null;
  categories: ServiceCategory[] | null;
  datasetIds: number[] | null;
  needDatasetIds: number[] | null;
  /** Whether illustrative datasets count (see dataSelection.ts); AUTO by default. */
  illustrativeData: IllustrativeData;
}

function list<T>(field: string, values: readonly T[] | null | undefined): T[] | null {
  if (values == null) return null;
  if (values.length === 0) {
    throw new BadUserInputError(
      `scope.${field}`,
      `scope.${field} is an empty list, which would select nothing; leave it out to include all.`,
    );
  }
  return [...new Set(values)];
}

function ids(field: string, values: readonly string[] | null | undefined): number[] | null {
  return (
    list(field, values)?.map((v) => {
      if (!/^\d{1,9}$/.test(v)) {
        throw new BadUserInputError(`scope.${field}`, `scope.${field} contains "${v}", which is not a numeric id.`);
      }
      return Number(v);
    }) ?? null
  );
}

function year(field: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    throw new BadUserInputError(`scope.${field}`, `scope.${field} must be a year from ${MIN_YEAR} to ${MAX_YEAR} (got ${value}).`);
  }
  return value;
}

/** Validates a ScopeInput. */
export function parseScope(args: ScopeArgs | null | undefined): Scope {
  const a = args ?? {};
  const yearFrom = year('yearFrom', a.yearFrom);
  const yearTo = year('yearTo', a.yearTo);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    throw new BadUserInputError('scope.yearFrom', `scope.yearFrom (${yearFrom}) is after scope.yearTo (${yearTo}); swap them.`);
  }
  const usStates = list('usStates', a.usStates)?.map((s) => {
    const code = s.toUpperCase().replace(/^US-/, '');
    if (!(US_STATES as readonly string[]).includes(code)) {
      throw new BadUserInputError('scope.usStates', `scope.usStates contains "${s}", which is not a US state or territory postal code (e.g. CA, TX, DC).`);
    }
    return code;
  }) ?? null;
  const countries = list('countries', a.countries)?.map((c) => {
    const code = c.toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) {
      throw new BadUserInputError('scope.countries', `scope.countries contains "${c}", which is not a two-letter ISO country code (e.g. US).`);
    }
    return code;
  }) ?? null;
  return {
    yearFrom,
    yearTo,
    countries,
    usStates,
    funderIds: ids('funderIds', a.funderIds),
    recipientIds: ids('recipientIds', a.recipientIds),
    categories: list('categories', a.categories),
    datasetIds: ids('datasetIds', a.datasetIds),
    needDatasetIds: ids('needDatasetIds', a.needDatasetIds),
    illustrativeData: illustrativeData(a.illustrativeData),
  };
}

function illustrativeData(value: string | null | undefined): IllustrativeData {
  if (value == null) return 'AUTO';
  if (!(ILLUSTRATIVE_DATA as readonly string[]).includes(value)) {
    throw new BadUserInputError(
      'scope.illustrativeData',
      `scope.illustrativeData must be one of ${ILLUSTRATIVE_DATA.join(', ')} (got ${value}).`,
    );
  }
  return value as IllustrativeData;
}

const FILTER_FIELDS: ReadonlyArray<readonly [ScopeFilter, keyof Scope]> = [
  ['funder', 'funderIds'],
  ['recipient', 'recipientIds'],
  ['category', 'categories'],
  ['state', 'usStates'],
  ['country', 'countries'],
];

/** Scope fields set but not applicable to the dimension (they are ignored). */
export function ignoredScopeFields(scope: Scope, dimension: ResourceDimension): string[] {
  const spec = DIMENSIONS[dimension];
  return FILTER_FIELDS.filter(([filter, field]) => scope[field] !== null && !spec.filters[filter]).map(([, field]) => field);
}

/** The filter dimensions a scope uses (to choose a source that holds them). */
export function scopeFilters(scope: Scope): Set<ScopeFilter> {
  return new Set(FILTER_FIELDS.filter(([, field]) => scope[field] !== null).map(([filter]) => filter));
}

/** Adds the scope's WHERE clauses to a query over the source's table aliased r. */
export function applyScope(query: Knex.QueryBuilder, scope: Scope, source: ResourceSource): Knex.QueryBuilder {
  if (scope.yearFrom !== null) void query.where(source.year, '>=', scope.yearFrom);
  if (scope.yearTo !== null) void query.where(source.year, '<=', scope.yearTo);
  if (scope.datasetIds) void query.whereIn('r.dataset_id', scope.datasetIds);
  if (source.grain) void query.where('r.grain', source.grain);
  if (source.rowFilter) void query.whereRaw(source.rowFilter);
  for (const [filter, field] of FILTER_FIELDS) {
    const column = source.filters[filter];
    const values = scope[field] as readonly (string | number)[] | null;
    if (column && values) void query.whereIn(column, values);
  }
  return query;
}
