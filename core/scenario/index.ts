/**
 * The reallocation scenario engine (docs/methodology.md, "The reallocation scenario model"). Pure: runs in Node
 * and in a browser Web Worker; only solveCategoryMix loads a WebAssembly solver, lazily.
 */
export type * from './types';
export {
  GOAL_SEEK_LEVERS,
  MONTE_CARLO_OUTPUTS,
  SHARED_PARAMETER_NAMES,
  TORNADO_METRICS,
  TYPE_PARAMETER_NAMES,
} from './types';
export {
  buildDefaultParameters,
  parameterKeys,
  resolveParameters,
  VARIABLE_KEYS,
} from './defaults';
export {
  assertValidScenarioInput,
  MAX_HORIZON_YEARS,
  ScenarioInputError,
  validateScenarioInput,
} from './validate';
export { DEFAULT_HORIZON_YEARS, mixCostPerSurvivor } from './compile';
export { runScenario } from './model';
export { DEFAULT_DRAWS, runMonteCarlo } from './montecarlo';
export { tornado } from './tornado';
export { goalSeek } from './goalseek';
export { categoryMixLp, solveCategoryMix, type LoadLpSolver, type LpSolver } from './lp';
