/**
 * Turns the sums read from SQL into a ScenarioBaseline whose every value says where it came from.
 * Pure (no I/O): baseline.ts reads the sums, this decides the rules.
 *
 * Rules, per year of the baseline (one year, or the mean over a year range):
 * - attribution: the chosen rule (docs/methodology.md, "Attribution") decides labor's and sex's
 *   parts of BOTH/UNSPECIFIED grants and need, exactly as the Equity page does, so the base-year
 *   equity ratio equals `equity` for the same scope, basis and rule.
 * - LABOR budget = LABOR grants + labor's part of BOTH/UNSPECIFIED grants under the rule.
 *   SEX budget = SEX grants only: the sex-only funding a shift draws on. Sex's part of shared
 *   grants is `sexSharedBudget`: it counts in the equity ratio and is never shifted.
 * - survivors served: LABOR records + labor's part of BOTH/UNSPECIFIED records (none under
 *   EXCLUDE, half under EVEN_SPLIT, else labor's share of need: service records declare no
 *   share); SEX records only, matching the sex-only budget.
 * - cost per survivor = sum(cost_usd) / sum(survivors_served) over the type's records that give a
 *   cost; else over all records in scope; else budget / survivors served; else an assumption.
 * - turnover and TIP-trained share: FTE-weighted means over the type's records; else over all
 *   records; else an assumption.
 * - need: the basis' figures chosen by core needForScope (geography, nearest year per type),
 *   shared need attributed by the same rule.
 * - cost per survivor of each labor service category: labor's cost per survivor times a stated
 *   relative cost (the data record no survivors per category), said so in its source.
 * Mean values divide funding and need by the years with grants, services by the years with
 * service records.
 */
import {
  attributeNeed,
  attributeResources,
  proportionalSplit,
  type NeedForScope,
  type ResourceTotals,
} from '../../core/equity/index';
import type { ScenarioBaseline, Sourced, TypeBaseline } from '../../core/scenario/index';
import {
  CATEGORY_COST_FACTORS,
  FALLBACKS as DEFAULT_FALLBACKS,
} from '../../core/scenario/defaultSources';
import {
  SCENARIO_SERVICE_CATEGORIES,
  type AttributionRule,
  type NeedBasis,
} from '../../core/vocabulary';
import type { ServiceSums, ServiceTotals } from '../data/scenarios/baselineTotals';
import { emptyServiceSums, type DatasetVintageRow } from '../data/scenarios/baselineTotals';
import { assumption, datasetsText, num, pct, usd, yearsText } from './sources';

/** Fallback values and category cost factors: core/scenario/defaultSources.ts, with their reasoning. */
const FALLBACKS = {
  costPerSurvivor: DEFAULT_FALLBACKS.costPerSurvivor.value,
  turnoverRate: DEFAULT_FALLBACKS.turnoverRate.value,
  trainedShare: DEFAULT_FALLBACKS.trainedShare.value,
};

export interface BaselineInputs {
  needBasis: NeedBasis;
  attribution: AttributionRule;
  years: { from: number; to: number };
  /** Years with grants in the window (funding and need are divided by their count). */
  grantYears: number;
  funding: ResourceTotals;
  fundingDatasetIds: number[];
  services: ServiceTotals;
  need: NeedForScope;
  datasets: DatasetVintageRow[];
  /** Types whose survivors-served count must not be shown (small cells for this viewer). */
  withheld: { labor: boolean; sex: boolean };
  suppressionThreshold: number;
}

const sourced = (value: number, source: string): Sourced => ({ value, source });

function sumOf(a: ServiceSums | undefined, b: ServiceSums | undefined): ServiceSums {
  const x = a ?? emptyServiceSums();
  const y = b ?? emptyServiceSums();
  return {
    records: x.records + y.records,
    years: Math.max(x.years, y.years),
    served: x.served + y.served,
    cost: x.cost + y.cost,
    servedWithCost: x.servedWithCost + y.servedWithCost,
    fteTurnover: x.fteTurnover + y.fteTurnover,
    fteForTurnover: x.fteForTurnover + y.fteForTurnover,
    fteTrained: x.fteTrained + y.fteTrained,
    fteForTrained: x.fteForTrained + y.fteForTrained,
  };
}

/** The whole baseline; see the module comment for every rule. */
export function assembleBaseline(inp: BaselineInputs): ScenarioBaseline {
  const { years, services } = inp;
  const grantYears = Math.max(1, inp.grantYears);
  const serviceYears = services.all.years;
  const split = proportionalSplit(inp.need.totals);
  const fundingYears = yearsText(years, inp.grantYears, 'fiscal year');
  const serviceYearsText = yearsText(years, serviceYears);
  const fundingData = datasetsText(inp.fundingDatasetIds, inp.datasets);
  const serviceData = datasetsText(services.datasetIds, inp.datasets);
  const rule = inp.attribution;
  const splitText = split.evenSplitFallback
    ? 'an even split (the need basis has no labor or sex figure in scope)'
    : `labor's share of need, ${pct(split.laborShare)}`;
  const ruleText: Record<AttributionRule, string> = {
    EXCLUDE: 'none: the EXCLUDE rule leaves shared grants out',
    EVEN_SPLIT: 'half, by the EVEN_SPLIT rule',
    NEED_PROPORTIONAL: `${splitText}, by the NEED_PROPORTIONAL rule`,
    DECLARED_SHARE: `their declared labor_share where given, else ${splitText}, by the DECLARED_SHARE rule`,
  };
  /** Labor's part of shared service records: records declare no share. */
  const sharedServiceLabor =
    rule === 'EXCLUDE' ? 0 : rule === 'EVEN_SPLIT' ? 0.5 : split.laborShare;

  const attributed = attributeResources(inp.funding, rule, inp.need.totals);
  const laborBudget = attributed.labor / grantYears;
  const sharedLabor = laborBudget - inp.funding.labor / grantYears;
  const sexShared = Math.max(0, attributed.sex - inp.funding.sex) / grantYears;
  const budget = {
    labor: sourced(
      laborBudget,
      `LABOR grants (${usd(inp.funding.labor / grantYears)}) plus the labor part of ` +
        `BOTH/UNSPECIFIED grants (${usd(sharedLabor)}: ${ruleText[rule]}), ${fundingYears}; ` +
        fundingData,
    ),
    sex: sourced(
      inp.funding.sex / grantYears,
      `SEX grants only (sex-only funding, what a shift draws on; sex's part of shared grants ` +
        `is counted in the equity ratio but never shifted), ${fundingYears}; ${fundingData}`,
    ),
  };
  const sexSharedBudget = sourced(
    sexShared,
    `sex's part of BOTH/UNSPECIFIED grants under the ${rule} rule, ${fundingYears}: counted in ` +
      `the equity ratio as the Equity page counts it, never shifted; ${fundingData}`,
  );

  const shared = sumOf(services.byType.BOTH, services.byType.UNSPECIFIED);
  const perType = {
    labor: services.byType.LABOR ?? emptyServiceSums(),
    sex: services.byType.SEX ?? emptyServiceSums(),
  };

  const costPerSurvivor = (t: 'labor' | 'sex', servedKnown: number | null): Sourced => {
    const s = perType[t];
    const name = t.toUpperCase();
    if (s.servedWithCost > 0) {
      return sourced(
        s.cost / s.servedWithCost,
        `service records: total cost ÷ survivors served over ${num(s.records)} ${name} records ` +
          `giving a cost, ${serviceYearsText}; ${serviceData}`,
      );
    }
    if (services.all.servedWithCost > 0) {
      return sourced(
        services.all.cost / services.all.servedWithCost,
        `service records of all types (no ${name} record in scope gives a cost): total cost ÷ ` +
          `survivors served, ${serviceYearsText}; ${serviceData}`,
      );
    }
    if (servedKnown !== null && servedKnown > 0 && budget[t].value > 0) {
      return sourced(
        budget[t].value / servedKnown,
        `budget ÷ survivors served (no service record in scope gives a cost)`,
      );
    }
    return sourced(
      FALLBACKS.costPerSurvivor,
      assumption(
        `no service record in scope gives a cost; ${usd(FALLBACKS.costPerSurvivor)} per survivor assumed`,
      ),
    );
  };

  const fteMean = (
    t: 'labor' | 'sex',
    pick: (s: ServiceSums) => [number, number],
    what: string,
    fallback: number,
  ): Sourced => {
    const [num_, den] = pick(perType[t]);
    if (den > 0) {
      return sourced(
        num_ / den,
        `service records: FTE-weighted mean ${what} of ${t.toUpperCase()} records, ` +
          `${serviceYearsText}; ${serviceData}`,
      );
    }
    const [allNum, allDen] = pick(services.all);
    if (allDen > 0) {
      return sourced(
        allNum / allDen,
        `service records of all types (no ${t.toUpperCase()} record gives it): FTE-weighted ` +
          `mean ${what}, ${serviceYearsText}; ${serviceData}`,
      );
    }
    return sourced(
      fallback,
      assumption(`no service record in scope gives the ${what}; ${pct(fallback)} assumed`),
    );
  };

  const servedObserved = {
    labor:
      serviceYears > 0
        ? (perType.labor.served + shared.served * sharedServiceLabor) / serviceYears
        : null,
    sex: serviceYears > 0 ? perType.sex.served / serviceYears : null,
  };

  const typeBaseline = (t: 'labor' | 'sex'): TypeBaseline => {
    const observed = inp.withheld[t] ? null : servedObserved[t];
    const cps = costPerSurvivor(t, observed);
    let survivorsServed: Sourced;
    if (observed !== null) {
      survivorsServed = sourced(
        observed,
        t === 'labor'
          ? `service records: LABOR survivors served plus labor's part (${pct(sharedServiceLabor)}, ` +
              `by the ${rule} rule) of BOTH/UNSPECIFIED, ${serviceYearsText}; ${serviceData}`
          : `service records: SEX survivors served, ${serviceYearsText}; ${serviceData}`,
      );
    } else {
      const why = inp.withheld[t]
        ? `withheld: the scope holds fewer than ${inp.suppressionThreshold} ${t.toUpperCase()} ` +
          `survivors served in some cell (small-cell suppression); estimated`
        : 'no service records in scope; estimated';
      survivorsServed = sourced(
        budget[t].value / cps.value,
        `${why} as budget ÷ cost per survivor`,
      );
    }
    const need = needFor(t, inp);
    return {
      budget: budget[t],
      survivorsServed,
      costPerSurvivor: cps,
      turnoverRate: fteMean(
        t,
        (s) => [s.fteTurnover, s.fteForTurnover],
        'staff turnover rate',
        FALLBACKS.turnoverRate,
      ),
      trainedShare: fteMean(
        t,
        (s) => [s.fteTrained, s.fteForTrained],
        'TIP-trained share of staff',
        FALLBACKS.trainedShare,
      ),
      need,
    };
  };

  const labor = typeBaseline('labor');
  const sex = typeBaseline('sex');
  const categoryCostPerSurvivor = {} as ScenarioBaseline['categoryCostPerSurvivor'];
  for (const c of SCENARIO_SERVICE_CATEGORIES) {
    const f = CATEGORY_COST_FACTORS[c].value;
    categoryCostPerSurvivor[c] = sourced(
      labor.costPerSurvivor.value * f,
      `labor cost per survivor (${usd(labor.costPerSurvivor.value)}) × ${f}: ` +
        assumption(
          `${CATEGORY_COST_FACTORS[c].label}; no dataset records survivors served by category. ` +
            CATEGORY_COST_FACTORS[c].reasoning,
        ),
    );
  }
  const illustrative =
    inp.datasets.some((d) => d.is_illustrative) || inp.need.confidence === 'illustrative';
  return {
    years,
    needBasis: inp.needBasis,
    attribution: rule,
    sexSharedBudget,
    needGeography: inp.need.geography,
    labor,
    sex,
    categoryCostPerSurvivor,
    illustrative,
  };
}

function needFor(t: 'labor' | 'sex', inp: BaselineInputs): Sourced {
  const n = inp.need;
  if (n.geography === null || n.vintages.length === 0) {
    return sourced(
      0,
      `no ${inp.needBasis} figures cover this scope, so need is 0 and equity ratios are ` +
        `undefined; choose another need basis or set params.${t}.need`,
    );
  }
  const attributed = attributeNeed(n.totals, inp.attribution);
  const value = attributed[t] / Math.max(1, inp.grantYears);
  const sharedText =
    n.totals.shared > 0
      ? `, with BOTH/UNSPECIFIED figures attributed by the ${inp.attribution} rule`
      : '';
  const years = n.vintages.join(', ');
  const mean = inp.grantYears > 1 ? `mean over ${inp.grantYears} fiscal years, ` : '';
  return sourced(
    value,
    `${n.geography} figures of ${years} (nearest to the baseline years; ${mean}` +
      `confidence ${n.confidence ?? 'unknown'})${sharedText}; ` +
      datasetsText(n.datasetIds, inp.datasets),
  );
}
