/**
 * The demo generator must not be built from the scenario model's defaults, or checking the model
 * against the demo is circular (issue 10). Two checks that can fail independently: the import graph
 * of seeds/ never reaches the defaults' modules, and the demo's cost per FTE follows the demo's
 * own documented ranges, not the model's 75,000 / 0.7.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../seeds/demo';

const ROOT = resolve(__dirname, '../..');
/** Where the model's defaults live: the list itself, the parameters built from it, its users. */
const DEFAULTS_MODULES = [
  'core/scenario/defaultSources.ts',
  'core/scenario/defaults.ts',
  'core/scenario/index.ts',
  'api/scenarios/assemble.ts',
];

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null; // packages hold no model defaults
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Every repository file reachable by relative imports (static, dynamic, re-exports) from `start`. */
function importGraph(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const specs = [
      ...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g),
      ...text.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of specs) {
      const target = resolveImport(file, spec);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return seen;
}

const seedFiles = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(ROOT, 'seeds', f));

describe('the demo is independent of the scenario model', () => {
  it('no file of seeds/ reaches the model defaults through its imports', () => {
    const reached = [...importGraph(seedFiles)].map((f) => relative(ROOT, f));
    // The walk does follow imports: the demo's own dependencies are in it.
    expect(reached).toContain('seeds/demo.ts');
    expect(reached).toContain('core/random.ts');
    for (const m of DEFAULTS_MODULES) expect(reached, m).not.toContain(m);
  });

  it('the walk would see an import of the defaults (the check can fail)', () => {
    const reached = [...importGraph([join(ROOT, 'api/scenarios/assemble.ts')])].map((f) =>
      relative(ROOT, f),
    );
    expect(reached).toContain('core/scenario/defaultSources.ts');
  });

  it('no file of seeds/ writes the model’s cost per FTE or staff share as a constant', () => {
    for (const file of seedFiles) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/75_?000/);
      expect(code, file).not.toMatch(/\/\s*0\.7\b/);
    }
  });

  it('cost per FTE follows the demo’s own ranges, not the model’s 75,000 / 0.7', () => {
    const { services } = generateDemo();
    const cost = services.reduce((s, r) => s + Number(r.cost_usd), 0);
    const fte = services.reduce((s, r) => s + Number(r.staff_fte), 0);
    const perFte = cost / fte;
    // Worked by hand from the demo's documented ranges: pay uniform 48,000–72,000 (mean 60,000),
    // staff share 1 - U(0.15, 0.45) = U(0.55, 0.85), E[1/v] = ln(0.85/0.55) / 0.30 = 1.451060,
    // independent: 60,000 x 1.451060 = 87,064.
    expect(Math.abs(perFte / 87_064 - 1)).toBeLessThan(0.05);
    const modelDefault = 75_000 / 0.7; // 107,143
    expect(Math.abs(perFte / modelDefault - 1)).toBeGreaterThan(0.1);
    // Costs vary by provider: not one shared constant.
    const perProvider = new Set(
      services.map((r) => Math.round(Number(r.cost_usd) / Number(r.staff_fte) / 1000)),
    );
    expect(perProvider.size).toBeGreaterThan(20);
  });
});
