/**
 * The two-group equity metrics of docs/methodology.md, "Equity metrics" for one scope, dimension, need basis and
 * attribution rule. Inputs are already attributed to labor and sex (see attribution.ts).
 */
import type { AttributionRule, ComparedType } from '../vocabulary';
import { attributeNeed, attributeResources } from './attribution';
import { assertAmount, combine, divide, measured } from './measured';
import { dissimilarityFromShares, theilFromShares } from './multigroup';
import type {
  Attributed,
  EquityMetrics,
  Measured,
  NeedTotals,
  ResourceTotals,
  TypeMetrics,
} from './types';

const TYPE_NAMES: Record<ComparedType, string> = {
  LABOR: 'Labor trafficking',
  SEX: 'Sex trafficking',
};

const NO_RESOURCES =
  'There are no labor or sex resources in scope, so neither type has a share of them.';
const NO_NEED =
  'There is no labor or sex need under this basis, so neither type has a share of it.';

/**
 * All metrics: s_t = R_t/(R_L+R_S), n_t = N_t/(N_L+N_S), e_t = s_t/n_t, r_t = R_t/N_t,
 * disparity r_S/r_L, parity gap n_L*(R_L+R_S) - R_L, D = 1/2 sum|s_t-n_t|, T = sum s_t ln(s_t/n_t).
 */
export function equityMetrics(resources: Attributed, need: Attributed): EquityMetrics {
  for (const [what, value] of [
    ['attributed labor resources', resources.labor],
    ['attributed sex resources', resources.sex],
    ['attributed labor need', need.labor],
    ['attributed sex need', need.sex],
  ] as const) {
    assertAmount(what, value);
  }
  const totalResources = resources.labor + resources.sex;
  const totalNeed = need.labor + need.sex;
  const labor = typeMetrics('LABOR', resources.labor, need.labor, totalResources, totalNeed);
  const sex = typeMetrics('SEX', resources.sex, need.sex, totalResources, totalNeed);
  const shares = [labor.resourceShare, labor.needShare, sex.resourceShare, sex.needShare] as const;
  const groupShares = (sL: number, nL: number, sS: number, nS: number) => [
    { resourceShare: sL, needShare: nL, label: TYPE_NAMES.LABOR },
    { resourceShare: sS, needShare: nS, label: TYPE_NAMES.SEX },
  ];
  return {
    labor,
    sex,
    disparityMultiple: combine([sex.perNeedUnit, labor.perNeedUnit], (rS, rL) =>
      divide(
        rS,
        rL,
        'Labor trafficking receives no resources, so what sex trafficking gets per need unit ' +
          "is not a finite multiple of labor's.",
      ),
    ),
    parityGap: combine([labor.needShare], (nL) => measured(nL * totalResources - resources.labor)),
    dissimilarity: combine(shares, (...s) => measured(dissimilarityFromShares(groupShares(...s)))),
    theil: combine(shares, (...s) => theilFromShares(groupShares(...s))),
  };
}

/** Attributes resources and need by `rule` (attribution.ts), then returns `equityMetrics`. */
export function computeEquity(
  res: ResourceTotals,
  need: NeedTotals,
  rule: AttributionRule,
): EquityMetrics {
  return equityMetrics(attributeResources(res, rule, need), attributeNeed(need, rule));
}

function typeMetrics(
  type: ComparedType,
  resources: number,
  need: number,
  totalResources: number,
  totalNeed: number,
): TypeMetrics {
  const name = TYPE_NAMES[type];
  const resourceShare = divide(resources, totalResources, NO_RESOURCES);
  const needShare = divide(need, totalNeed, NO_NEED);
  const equityRatio: Measured = combine([resourceShare, needShare], (s, n) =>
    divide(
      s,
      n,
      `${name} has no need under this basis, so its share of resources cannot be set against ` +
        'its share of need.',
    ),
  );
  const perNeedUnit = divide(
    resources,
    need,
    `${name} has no need under this basis, so there are no resources per need unit to report.`,
  );
  return { resources, need, resourceShare, needShare, equityRatio, perNeedUnit };
}
