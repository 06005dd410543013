/**
 * An automated differencing attacker. It knows the records' grouping keys (which cells exist,
 * which providers are in which state: any caller learns them from suppressed rows), asks for every
 * grouping and scope it can, reads every published figure as a linear equation over the unknown
 * records (a sum of the records it covers equals the figure), solves them all by least squares and
 * rounds: a record is "pinned" when the rounded estimate equals its true value.
 */
import type { AnalyticsDeps } from '../../../api/analytics/context';
import { allocations } from '../../../api/analytics/allocations';
import { equity, equityTrend } from '../../../api/analytics/equity';
import type { AllocationGroup } from '../../../api/data/analytics/allocations';
import { parseScope, type ScopeArgs } from '../../../api/data/analytics/scope';
import { suppressList } from '../../../core/suppression';
import type { ResourceDimension } from '../../../core/vocabulary';

/** One record as the test made it: its grouping keys and its true value. */
export interface TrueRecord {
  provider: number;
  state: string;
  year: number;
  type: string;
  category: string | null;
  value: number;
}

/** sum over records of coef * value = value. */
export interface Equation {
  coef: Map<number, number>;
  value: number;
}

interface Selector {
  years?: number[];
  states?: string[];
  type?: string | null;
  year?: number | null;
  state?: string | null;
  provider?: number | null;
  category?: string | null;
  types?: string[];
}

function members(records: readonly TrueRecord[], s: Selector): number[] {
  const out: number[] = [];
  records.forEach((r, i) => {
    if (s.years && !s.years.includes(r.year)) return;
    if (s.states && !s.states.includes(r.state)) return;
    if (s.types && !s.types.includes(r.type)) return;
    if (s.type != null && r.type !== s.type) return;
    if (s.year != null && r.year !== s.year) return;
    if (s.state != null && r.state !== s.state) return;
    if (s.provider != null && r.provider !== s.provider) return;
    if (s.category != null && r.category !== s.category) return;
    out.push(i);
  });
  return out;
}

const equation = (idx: number[], value: number, weight = 1): Equation => ({
  coef: new Map(idx.map((i) => [i, weight])),
  value,
});

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => [...acc, ...acc.map((s) => [...s, item])], [[]]);
}

/** How the caller's answers are turned into figures: as published, or the old per-query rule. */
export type Publication = 'published' | 'perQuerySuppression';

interface ScopeCase {
  args: ScopeArgs;
  selector: Selector;
}

/** Every scope: all, each year, each state, each year and state. */
function scopeCases(datasetId: number, years: number[], states: string[]): ScopeCase[] {
  const base = { datasetIds: [String(datasetId)] };
  const cases: ScopeCase[] = [{ args: base, selector: {} }];
  for (const y of years)
    cases.push({ args: { ...base, yearFrom: y, yearTo: y }, selector: { years: [y] } });
  for (const s of states)
    cases.push({ args: { ...base, usStates: [s] }, selector: { states: [s] } });
  for (const y of years) {
    for (const s of states) {
      cases.push({
        args: { ...base, yearFrom: y, yearTo: y, usStates: [s] },
        selector: { years: [y], states: [s] },
      });
    }
  }
  return cases;
}

export interface AttackInput {
  deps: AnalyticsDeps;
  dimension: ResourceDimension;
  datasetId: number;
  records: readonly TrueRecord[];
  groups: readonly AllocationGroup[];
}

type Answer =
  | {
      kind: 'allocations';
      selector: Selector;
      rows: {
        type: string | null;
        year: number | null;
        state: string | null;
        recipientId: number | null;
        category: string | null;
        value: number | null;
      }[];
      total: number | null;
    }
  | { kind: 'equity'; selector: Selector; half: number; labor: number | null; sex: number | null }
  | {
      kind: 'trend';
      selector: Selector;
      points: { year: number; labor: number | null; sex: number | null }[];
    };

/** Everything the caller was told, question by question. */
export interface Transcript {
  answers: Answer[];
  queries: number;
}

/** Asks every grouping in every scope, equity resources in every scope and the trends. */
export async function askEverything(input: AttackInput): Promise<Transcript> {
  const { deps, dimension, datasetId, records, groups } = input;
  const years = [...new Set(records.map((r) => r.year))].sort();
  const states = [...new Set(records.map((r) => r.state))].sort();
  const answers: Answer[] = [];
  for (const sc of scopeCases(datasetId, years, states)) {
    const scope = parseScope(sc.args);
    for (const groupBy of subsets(groups)) {
      // A scope of one year (or state) grouped by year (or state) repeats a coarser question.
      if (sc.selector.years?.length === 1 && groupBy.includes('YEAR')) continue;
      if (sc.selector.states?.length === 1 && groupBy.includes('STATE')) continue;
      const a = await allocations(deps, { scope, dimension, groupBy });
      answers.push({ kind: 'allocations', selector: sc.selector, rows: a.rows, total: a.total });
    }
    // Equity resources: EXCLUDE gives labor and sex; EVEN_SPLIT adds half of BOTH/UNSPECIFIED.
    for (const attribution of ['EXCLUDE', 'EVEN_SPLIT'] as const) {
      const e = await equity(deps, {
        scope,
        dimension,
        needBasis: 'IDENTIFIED_VICTIMS',
        attribution,
      });
      answers.push({
        kind: 'equity',
        selector: sc.selector,
        half: attribution === 'EVEN_SPLIT' ? 0.5 : 0,
        labor: e.labor.resources,
        sex: e.sex.resources,
      });
    }
    if (!sc.selector.years) {
      const t = await equityTrend(deps, {
        scope,
        dimension,
        needBasis: 'IDENTIFIED_VICTIMS',
        attribution: 'EXCLUDE',
      });
      answers.push({
        kind: 'trend',
        selector: sc.selector,
        points: t.points.map((p) => ({
          year: p.year,
          labor: p.labor.resources,
          sex: p.sex.resources,
        })),
      });
    }
  }
  return { answers, queries: answers.length };
}

/**
 * The equations a transcript gives. `perQuerySuppression` first applies the rule used before the
 * cell key method to exact answers (a steward's): primary and complementary suppression per query.
 */
export function equationsOf(
  transcript: Transcript,
  records: readonly TrueRecord[],
  publication: Publication = 'published',
  threshold = 11,
): { equations: Equation[]; figures: number } {
  const old = publication === 'perQuerySuppression';
  const small = (v: number) => v > 0 && v < threshold;
  const sumOf = (idx: number[]) => idx.reduce((s, i) => s + records[i]!.value, 0);
  const typesSmall = (sel: Selector) =>
    ['LABOR', 'SEX', 'BOTH', 'UNSPECIFIED'].some((t) =>
      small(sumOf(members(records, { ...sel, type: t }))),
    );
  const equations: Equation[] = [];
  for (const a of transcript.answers) {
    if (a.kind === 'allocations') {
      let values = a.rows.map((r) => r.value);
      let total = a.total;
      if (old) {
        const s = suppressList(
          a.rows.map((r) => r.value ?? 0),
          { threshold },
        );
        values = s.cells.map((c) => c.value);
        total = s.total?.value ?? null;
      }
      a.rows.forEach((r, i) => {
        const v = values[i];
        if (v === null || v === undefined) return;
        const idx = members(records, {
          ...a.selector,
          type: r.type,
          year: r.year,
          state: r.state,
          provider: r.recipientId,
          category: r.category,
        });
        equations.push(equation(idx, v));
      });
      if (total !== null) equations.push(equation(members(records, a.selector), total));
    } else if (a.kind === 'equity') {
      if (old && typesSmall(a.selector)) continue;
      const shared = [...members(records, { ...a.selector, types: ['BOTH', 'UNSPECIFIED'] })];
      for (const [type, resources] of [
        ['LABOR', a.labor],
        ['SEX', a.sex],
      ] as const) {
        if (resources === null) continue;
        const coef = new Map(members(records, { ...a.selector, type }).map((i) => [i, 1]));
        if (a.half) for (const i of shared) coef.set(i, a.half);
        equations.push({ coef, value: resources });
      }
    } else {
      for (const p of a.points) {
        const sel = { ...a.selector, years: [p.year] };
        if (old && typesSmall(sel)) continue;
        for (const [type, resources] of [
          ['LABOR', p.labor],
          ['SEX', p.sex],
        ] as const) {
          if (resources !== null)
            equations.push(equation(members(records, { ...sel, type }), resources));
        }
      }
    }
  }
  return { equations, figures: equations.length };
}

/** Least squares (normal equations, a tiny ridge for directions no figure constrains). */
export function leastSquares(equations: readonly Equation[], n: number): number[] {
  const ata = Array.from({ length: n }, () => new Float64Array(n));
  const atb = new Float64Array(n);
  for (const { coef, value } of equations) {
    const entries = [...coef.entries()];
    for (const [i, a] of entries) {
      atb[i]! += a * value;
      for (const [j, b] of entries) ata[i]![j]! += a * b;
    }
  }
  for (let i = 0; i < n; i++) ata[i]![i]! += 1e-6;
  // Gaussian elimination with partial pivoting.
  const m = ata.map((row, i) => [...row, atb[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

export interface AttackResult {
  queries: number;
  figures: number;
  targets: number;
  pinned: number;
  /** Hits of the best blind guess: the most common small value, guessed for every target. */
  chance: number;
  lines: string[];
}

/** Solves a transcript for the records whose values are 1..threshold-1 and scores it. */
export function attackSmallCounts(
  transcript: Transcript,
  records: readonly TrueRecord[],
  publication: Publication = 'published',
  threshold = 11,
): AttackResult {
  const { equations, figures } = equationsOf(transcript, records, publication, threshold);
  const estimate = leastSquares(equations, records.length);
  const targets = records
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.value > 0 && r.value < threshold);
  const counts = new Map<number, number>();
  for (const { r } of targets) counts.set(r.value, (counts.get(r.value) ?? 0) + 1);
  const lines = targets.map(
    ({ r, i }) =>
      `${r.state} ${r.year} ${r.type.padEnd(11)} provider ${r.provider}: true ${r.value}, recovered ${estimate[i]!.toFixed(1)}` +
      (Math.round(estimate[i]!) === r.value ? '  PINNED' : ''),
  );
  return {
    queries: transcript.queries,
    figures,
    targets: targets.length,
    pinned: targets.filter(({ r, i }) => Math.round(estimate[i]!) === r.value).length,
    chance: Math.max(0, ...counts.values()),
    lines,
  };
}

/** Solves a transcript for every record's amount. */
export function attackAmounts(
  transcript: Transcript,
  records: readonly TrueRecord[],
): { figures: number; estimates: number[] } {
  const { equations, figures } = equationsOf(transcript, records);
  return { figures, estimates: leastSquares(equations, records.length) };
}
