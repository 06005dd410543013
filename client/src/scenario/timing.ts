/**
 * Timing of the studio's live updates, for people (shown under the chart) and for the browser
 * tests (read from window.__fairshareScenario): how long from a lever's input event to the fan
 * chart's redraw, and how long the worker's Monte Carlo run took.
 */
export interface ScenarioTimings {
  /** Milliseconds from an input event to the frame that shows its result. */
  redraws: number[];
  /** Worker Monte Carlo runs: draws, years projected, milliseconds. */
  monteCarlo: { draws: number; years: number; ms: number }[];
}

declare global {
  interface Window {
    __fairshareScenario?: ScenarioTimings;
  }
}

function timings(): ScenarioTimings {
  window.__fairshareScenario ??= { redraws: [], monteCarlo: [] };
  return window.__fairshareScenario;
}

let lastInput: number | null = null;

/** Called by a lever's input handler: the moment a person moved it. */
export function markInput(): void {
  lastInput = performance.now();
}

/** The pending input moment, taken once (the request that carries it to the worker). */
export function takeInputMark(): number | null {
  const t = lastInput;
  lastInput = null;
  return t;
}

export function recordRedraw(ms: number): void {
  timings().redraws.push(ms);
}

export function recordMonteCarlo(draws: number, years: number, ms: number): void {
  timings().monteCarlo.push({ draws, years, ms });
}
