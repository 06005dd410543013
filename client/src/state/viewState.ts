/**
 * The whole view as URL state: which page, the scope (every ScopeInput field), the dimension,
 * the need basis, the attribution rule and page-specific parameters (a focused funder, the
 * scenario levers). Pure: parse a path and query string into a ViewState and back. A link holds
 * only parameters, never record-level data.
 */
import type {
  AttributionRule,
  IllustrativeData,
  NeedBasis,
  ResourceDimension,
  ScopeInput,
  ServiceCategory,
} from '../generated/graphql';
import {
  ATTRIBUTION_RULES,
  DEFAULT_ATTRIBUTION as CORE_DEFAULT_ATTRIBUTION,
  NEED_BASES,
  RESOURCE_DIMENSIONS,
  SERVICE_CATEGORIES,
  US_STATES,
} from '../../../core/vocabulary';

export const PAGES = [
  'overview',
  'allocations',
  'funders',
  'equity',
  'scenarios',
  'import',
  'sources',
  'account',
  'signin',
  'brief',
] as const;
export type Page = (typeof PAGES)[number] | 'not-found';

export const PAGE_PATHS: Record<(typeof PAGES)[number], string> = {
  overview: '/',
  allocations: '/allocations',
  funders: '/funders',
  equity: '/equity',
  scenarios: '/scenarios',
  import: '/import',
  sources: '/sources',
  account: '/account',
  signin: '/signin',
  brief: '/brief',
};

/** The scope as the URL holds it: every list sorted and without duplicates. */
export interface Scope {
  yearFrom: number | null;
  yearTo: number | null;
  countries: string[];
  usStates: string[];
  funderIds: string[];
  recipientIds: string[];
  categories: ServiceCategory[];
  datasetIds: string[];
  needDatasetIds: string[];
  /** Whether illustrative (demo) datasets count: AUTO unless the link says `data=real` or `data=with-demo`. */
  illustrativeData: IllustrativeData;
}

export interface ViewState {
  page: Page;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  attribution: AttributionRule;
  scope: Scope;
  /** Page-specific parameters (e.g. focus, compare, scenario levers), kept as strings. */
  params: Record<string, string>;
}

export const DEFAULT_DIMENSION: ResourceDimension = 'FUNDING';
export const DEFAULT_NEED_BASIS: NeedBasis = 'IDENTIFIED_VICTIMS';
export const DEFAULT_ATTRIBUTION: AttributionRule = CORE_DEFAULT_ATTRIBUTION;

export const EMPTY_SCOPE: Scope = {
  yearFrom: null,
  yearTo: null,
  countries: [],
  usStates: [],
  funderIds: [],
  recipientIds: [],
  categories: [],
  datasetIds: [],
  needDatasetIds: [],
  illustrativeData: 'AUTO',
};

/** The `data` URL parameter of each choice other than the default (AUTO). */
export const DATA_PARAM: Record<Exclude<IllustrativeData, 'AUTO'>, string> = {
  EXCLUDE: 'real',
  INCLUDE: 'with-demo',
};

export const DEFAULT_VIEW: ViewState = {
  page: 'overview',
  dimension: DEFAULT_DIMENSION,
  needBasis: DEFAULT_NEED_BASIS,
  attribution: DEFAULT_ATTRIBUTION,
  scope: EMPTY_SCOPE,
  params: {},
};

type ListKey = Exclude<keyof Scope, 'yearFrom' | 'yearTo' | 'illustrativeData'>;

/** URL parameter name of each scope list, and how its items are checked. */
const LIST_PARAMS: ReadonlyArray<{ key: ListKey; param: string; valid: (v: string) => boolean }> = [
  { key: 'countries', param: 'country', valid: (v) => /^[A-Z]{2}$/.test(v) },
  { key: 'usStates', param: 'state', valid: (v) => (US_STATES as readonly string[]).includes(v) },
  { key: 'funderIds', param: 'funder', valid: isId },
  { key: 'recipientIds', param: 'recipient', valid: isId },
  {
    key: 'categories',
    param: 'category',
    valid: (v) => (SERVICE_CATEGORIES as readonly string[]).includes(v),
  },
  { key: 'datasetIds', param: 'dataset', valid: isId },
  { key: 'needDatasetIds', param: 'needDataset', valid: isId },
];

/** Parameters the shared state owns; every other parameter is page-specific. */
export const SHARED_PARAMS = new Set([
  'dim',
  'basis',
  'rule',
  'from',
  'to',
  'data',
  ...LIST_PARAMS.map((l) => l.param),
]);

function isId(v: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(v);
}

export interface ParsedView {
  view: ViewState;
  /** Parts of the address that were not understood and were ignored, as sentences. */
  problems: string[];
}

export function pageOfPath(pathname: string): Page {
  const clean = pathname.replace(/\/+$/, '') || '/';
  for (const page of PAGES) if (PAGE_PATHS[page] === clean) return page;
  return 'not-found';
}

function pickEnum<T extends string>(
  raw: string | null,
  allowed: readonly string[],
  fallback: T,
  what: string,
  problems: string[],
): T {
  if (raw === null || raw === '') return fallback;
  if (allowed.includes(raw)) return raw as T;
  problems.push(`The link's ${what} "${raw}" is not one Fairshare knows; it was ignored.`);
  return fallback;
}

function pickYear(raw: string | null, what: string, problems: string[]): number | null {
  if (raw === null || raw === '') return null;
  if (/^\d{4}$/.test(raw)) return Number(raw);
  problems.push(`The link's ${what} "${raw}" is not a four-digit year; it was ignored.`);
  return null;
}

/** Reads a pathname and query string into a view state; anything not understood is reported. */
export function parseView(pathname: string, search: string): ParsedView {
  const problems: string[] = [];
  const q = new URLSearchParams(search);
  const scope: Scope = { ...EMPTY_SCOPE };
  scope.yearFrom = pickYear(q.get('from'), 'first year', problems);
  scope.yearTo = pickYear(q.get('to'), 'last year', problems);
  if (scope.yearFrom !== null && scope.yearTo !== null && scope.yearFrom > scope.yearTo) {
    problems.push(
      `The link's first year ${scope.yearFrom} is after its last year ${scope.yearTo}; they were swapped.`,
    );
    [scope.yearFrom, scope.yearTo] = [scope.yearTo, scope.yearFrom];
  }
  for (const { key, param, valid } of LIST_PARAMS) {
    const raw = q.get(param);
    if (!raw) continue;
    const items = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = items.filter((v) => !valid(v));
    if (bad.length)
      problems.push(
        `The link's ${param} value${bad.length > 1 ? 's' : ''} ${bad.map((b) => `"${b}"`).join(', ')} ${bad.length > 1 ? 'were' : 'was'} not understood and ignored.`,
      );
    (scope[key] as string[]) = canonicalList(items.filter(valid));
  }
  const data = q.get('data');
  if (data) {
    const choice = (Object.keys(DATA_PARAM) as (keyof typeof DATA_PARAM)[]).find(
      (k) => DATA_PARAM[k] === data,
    );
    if (choice) scope.illustrativeData = choice;
    else
      problems.push(
        `The link's data choice "${data}" is not one Fairshare knows (real or with-demo); it was ignored.`,
      );
  }
  const params: Record<string, string> = {};
  for (const [k, v] of q) if (!SHARED_PARAMS.has(k)) params[k] = v;
  return {
    view: {
      page: pageOfPath(pathname),
      dimension: pickEnum(
        q.get('dim'),
        RESOURCE_DIMENSIONS,
        DEFAULT_DIMENSION,
        'dimension',
        problems,
      ),
      needBasis: pickEnum(q.get('basis'), NEED_BASES, DEFAULT_NEED_BASIS, 'need basis', problems),
      attribution: pickEnum(
        q.get('rule'),
        ATTRIBUTION_RULES,
        DEFAULT_ATTRIBUTION,
        'attribution rule',
        problems,
      ),
      scope,
      params,
    },
    problems,
  };
}

export function canonicalList<T extends string>(items: readonly T[]): T[] {
  return [...new Set(items)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Commas and colons stay readable in links; everything else is percent-encoded. */
function encodeValue(v: string): string {
  return encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** The query string of a view: defaults left out, shared parameters first, in a fixed order. */
export function serializeQuery(view: Omit<ViewState, 'page'>): string {
  const parts: [string, string][] = [];
  if (view.dimension !== DEFAULT_DIMENSION) parts.push(['dim', view.dimension]);
  if (view.needBasis !== DEFAULT_NEED_BASIS) parts.push(['basis', view.needBasis]);
  if (view.attribution !== DEFAULT_ATTRIBUTION) parts.push(['rule', view.attribution]);
  if (view.scope.yearFrom !== null) parts.push(['from', String(view.scope.yearFrom)]);
  if (view.scope.yearTo !== null) parts.push(['to', String(view.scope.yearTo)]);
  if (view.scope.illustrativeData !== 'AUTO') {
    parts.push(['data', DATA_PARAM[view.scope.illustrativeData]]);
  }
  for (const { key, param } of LIST_PARAMS) {
    const list = view.scope[key];
    if (list.length) parts.push([param, canonicalList(list).join(',')]);
  }
  for (const k of Object.keys(view.params).sort()) {
    const v = view.params[k];
    if (v !== undefined && v !== '' && !SHARED_PARAMS.has(k)) parts.push([k, v]);
  }
  return parts.length ? `?${parts.map(([k, v]) => `${k}=${encodeValue(v)}`).join('&')}` : '';
}

/** The full address (path and query) of a view. */
export function serializeView(view: ViewState): string {
  const path = view.page === 'not-found' ? '/' : PAGE_PATHS[view.page];
  return `${path}${serializeQuery(view)}`;
}

/** The scope as the API wants it: empty lists and unset years left out (an empty list is an error). */
export function toScopeInput(scope: Scope): ScopeInput | null {
  const input: ScopeInput = {};
  if (scope.yearFrom !== null) input.yearFrom = scope.yearFrom;
  if (scope.yearTo !== null) input.yearTo = scope.yearTo;
  for (const { key } of LIST_PARAMS) {
    const list = scope[key];
    if (list.length) (input as Record<string, unknown>)[key] = list;
  }
  if (scope.illustrativeData !== 'AUTO') input.illustrativeData = scope.illustrativeData;
  return Object.keys(input).length ? input : null;
}

/** Number of scope fields that narrow the view. */
export function activeFilterCount(scope: Scope): number {
  let n = 0;
  if (scope.yearFrom !== null || scope.yearTo !== null) n++;
  for (const { key } of LIST_PARAMS) if (scope[key].length) n++;
  return n;
}

export function isScopeEmpty(scope: Scope): boolean {
  return activeFilterCount(scope) === 0;
}
