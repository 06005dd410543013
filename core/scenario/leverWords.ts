/**
 * The levers of a scenario in words, one line each and as one sentence: what a brief's
 * assumptions list and what a scenario chart's exports state beside the link. Pure.
 */
import { ATTRIBUTION_LABEL, CATEGORY_LABEL } from '../labels';
import type { AttributionRule } from '../vocabulary';
import { groupedWhole } from '../wholeNumber';
import type { ScenarioLevers } from './types';

const whole = groupedWhole;
const percent = (share: number): string => `${(100 * share).toFixed(1)}%`;

export interface LeverLine {
  label: string;
  value: string;
}

/** Every lever, including those left at "no change", as label and value. */
export function leverLines(l: ScenarioLevers): LeverLine[] {
  const lines: LeverLine[] = [
    {
      label: 'Shift of sex-only funding to labor services',
      value: l.shiftAmount ? `USD ${whole(l.shiftAmount)} a year` : percent(l.shiftFraction ?? 0),
    },
    { label: 'Phased in over', value: `${l.phaseInYears ?? 1} year(s)` },
    { label: 'New money for labor services', value: `USD ${whole(l.newMoneyPerYear ?? 0)} a year` },
    { label: 'Share of new labor funding for TIP training', value: percent(l.trainingShare ?? 0) },
  ];
  if (l.categoryMix)
    lines.push({
      label: 'Mix of labor services',
      value: Object.entries(l.categoryMix)
        .map(([c, v]) => `${CATEGORY_LABEL[c as keyof typeof CATEGORY_LABEL]} ${percent(v)}`)
        .join(', '),
    });
  return lines;
}

/**
 * One sentence, e.g. "Shift 10.0% of sex-only funding to labor services, phased in over 1 year;
 * new money $0 a year; 0.0% of new labor funding for TIP training; attribution: declared labor
 * share".
 */
export function leverSentence(l: ScenarioLevers, attribution?: AttributionRule): string {
  const shift = l.shiftAmount ? `$${whole(l.shiftAmount)} a year` : percent(l.shiftFraction ?? 0);
  const phase = l.phaseInYears ?? 1;
  const parts = [
    `Shift ${shift} of sex-only funding to labor services, phased in over ${phase} year${phase === 1 ? '' : 's'}`,
    `new money $${whole(l.newMoneyPerYear ?? 0)} a year`,
    `${percent(l.trainingShare ?? 0)} of new labor funding for TIP training`,
  ];
  if (l.categoryMix)
    parts.push(
      `services mix ${Object.entries(l.categoryMix)
        .map(([c, v]) => `${CATEGORY_LABEL[c as keyof typeof CATEGORY_LABEL]} ${percent(v)}`)
        .join(', ')}`,
    );
  if (attribution) parts.push(`attribution: ${ATTRIBUTION_LABEL[attribution].toLowerCase()}`);
  return parts.join('; ');
}
