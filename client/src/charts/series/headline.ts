/** The Overview's headline: labor's equity ratio, its range and what it means, in one quotable sentence. */
import type { NeedBasis, OverviewQuery, ResourceDimension } from '../../generated/graphql';
import { DIMENSION_NOUN, NEED_BASIS_NOUN } from '../../format/labels';
import {
  formatAmount,
  formatRatio,
  formatShare,
  ratioInWords,
  unitSuffix,
} from '../../format/numbers';

export type OverviewEquity = OverviewQuery['equity'];

export interface HeadlineInput {
  equity: OverviewEquity;
  dimension: ResourceDimension;
  needBasis: NeedBasis;
  /** Number of need bases and rules in the sensitivity grid the range spans. */
  basesInRange: number;
  rulesInRange: number;
}

function yearsText(years: readonly number[]): string {
  if (!years.length) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? ` in ${lo}` : ` in ${lo}–${hi}`;
}

/** The headline sentence; null metrics give a sentence that says why. */
export function headlineSentence(input: HeadlineInput): string {
  const { equity, dimension, needBasis } = input;
  const { labor } = equity;
  const noun = DIMENSION_NOUN[dimension];
  const when = yearsText(equity.years);
  if (labor.equityRatio === null || labor.resourceShare === null || labor.needShare === null) {
    const reason = equity.nullReasons.find((r) => r.metric.startsWith('labor'))?.reason;
    return `Labor trafficking’s share of ${noun}${when} cannot be set against its share of ${NEED_BASIS_NOUN[needBasis]}${reason ? `: ${reason.replace(/\.$/, '')}` : ''}.`;
  }
  const ratio = labor.equityRatio;
  const fair =
    ratio > 1.1
      ? `${formatRatio(ratio)} times its proportional share`
      : ratio >= 0.9
        ? 'about its proportional share'
        : `${ratioInWords(ratio)} its proportional share`;
  let sentence =
    `Labor trafficking received ${formatShare(labor.resourceShare)} of ${noun}${when} ` +
    `${ratio < 1 ? 'but' : 'and'} accounts for ${formatShare(labor.needShare)} of ${NEED_BASIS_NOUN[needBasis]}: ` +
    `an equity ratio of ${formatRatio(ratio)}, ${fair}.`;
  const { min, max } = equity.range;
  if (min !== null && max !== null && (input.basesInRange > 1 || input.rulesInRange > 1)) {
    const spread =
      formatRatio(min) === formatRatio(max)
        ? `stays at ${formatRatio(min)}`
        : `ranges from ${formatRatio(min)} to ${formatRatio(max)}`;
    const bases = `${input.basesInRange} measure${input.basesInRange === 1 ? '' : 's'} of need`;
    const rules = `${input.rulesInRange} attribution rule${input.rulesInRange === 1 ? '' : 's'}`;
    sentence += ` Across ${bases} and ${rules}, the ratio ${spread}.`;
  }
  return sentence;
}

/** The parity gap as a sentence: how much would move to labor, total fixed. */
export function parityGapSentence(equity: OverviewEquity, dimension: ResourceDimension): string {
  const gap = equity.parityGap;
  if (gap === null) return 'The parity gap cannot be computed for this scope.';
  const amount = `${formatAmount(Math.abs(gap), dimension)}${unitSuffix(dimension, Math.abs(gap))}`;
  if (Math.abs(gap) < 1e-9) return 'Labor trafficking already receives its proportional share.';
  return gap > 0
    ? `${amount} would have to move from sex to labor trafficking, the total unchanged, for labor to receive its proportional share.`
    : `Labor trafficking receives ${amount} more than its proportional share.`;
}

/**
 * What the "copy this sentence" button adds after the sentence: the resource source and the need
 * source (dataset names, the need figures' geography and years), the illustrative warning, the link.
 */
export function sentenceCitation(equity: OverviewEquity, href: string): string {
  const names = (ds: readonly { name: string }[]) => [...new Set(ds.map((d) => d.name))].join('; ');
  const parts = ['Fairshare'];
  if (equity.illustrative) parts.push('illustrative demo data, not real figures');
  if (equity.datasets.length) parts.push(`resources: ${names(equity.datasets)}`);
  const n = equity.need;
  if (n.datasets.length) {
    const where = n.geography === 'WORLD' ? 'worldwide' : n.geography;
    const detail = [where, n.vintages.join(', ')].filter(Boolean).join(', ');
    parts.push(`need: ${names(n.datasets)}${detail ? ` (${detail})` : ''}`);
  }
  parts.push(href);
  return `(${parts.join('; ')})`;
}
