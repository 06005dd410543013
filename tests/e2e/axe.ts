/** Runs axe-core in a page and returns its serious and critical violations, readably. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Violations of impact serious or critical, as "rule: help (targets)" lines. The app's CSP allows
 * only same-origin scripts, so axe is served from a same-origin address the test intercepts
 * (an inline `addScriptTag({ path })` would be blocked, and bypassing the CSP would hide faults).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.route('**/__e2e__/axe.min.js', (route) =>
    route.fulfill({ path: AXE_PATH, contentType: 'text/javascript' }),
  );
  await page.addScriptTag({ url: '/__e2e__/axe.min.js' });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}
