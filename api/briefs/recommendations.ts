/**
 * Starting text of a brief's recommendations, one per audience of the study behind Fairshare
 * (organizational leaders, providers of training and technical assistance, policy makers), drawn
 * from the brief's own figures. The authors edit them before sending.
 */
import type { BriefContent, BriefRecommendation, BriefView } from './types';

const figure = (c: BriefContent, key: string) => c.figures.find((f) => f.key === key);

export function suggestRecommendations(c: BriefContent, view: BriefView): BriefRecommendation[] {
  if (view.kind === 'SCENARIO') {
    const served =
      figure(c, 'laborServed') ?? c.figures.find((f) => f.key.startsWith('laborServed.'));
    const sex =
      figure(c, 'sexServedChange') ?? c.figures.find((f) => f.key.startsWith('sexServedChange.'));
    const sexText =
      sex && sex.value !== null && sex.value < -0.5
        ? ` Plan for the ${sex.text} sex-trafficking survivors it would serve, so no one loses care.`
        : '';
    return [
      {
        audience: 'ORGANIZATIONAL_LEADERS',
        text: `Budget for the staff and the trauma-informed training that serving ${served?.text ?? 'more'} labor-trafficking survivors takes, and for keeping experienced staff: turnover erodes capacity.${sexText}`,
      },
      {
        audience: 'TTA_PROVIDERS',
        text: 'Offer training in trauma-informed practice for labor-trafficking survivors to the organizations that would take on the new caseload, early in the phase-in.',
      },
      {
        audience: 'POLICY_MAKERS',
        text: `Fund the reallocation this brief models and track survivors served by form of trafficking, so its effect can be measured.${sexText}`,
      },
    ];
  }
  const e = figure(c, 'laborEquityRatio');
  const gap = figure(c, 'parityGap');
  const lo = figure(c, 'laborEquityRatioMin');
  const hi = figure(c, 'laborEquityRatioMax');
  const range =
    lo?.value != null && hi?.value != null
      ? ` (between ${lo.text} and ${hi.text} on every measure of need)`
      : '';
  const under = e?.value != null && e.value < 1;
  return [
    {
      audience: 'ORGANIZATIONAL_LEADERS',
      text: under
        ? `Labor trafficking receives ${e.text} of its proportional share${range}. Review how your organization's resources reach labor-trafficking survivors and where trauma-informed services for them are missing.`
        : `Labor trafficking's equity ratio is ${e?.text ?? 'not available'}${range}. Keep tracking it as your portfolio changes.`,
    },
    {
      audience: 'TTA_PROVIDERS',
      text: 'Build training and technical assistance on trauma-informed practice for labor-trafficking survivors, and make it reachable for the providers who serve them.',
    },
    {
      audience: 'POLICY_MAKERS',
      text:
        gap?.value != null && gap.value > 0
          ? `Close the parity gap: ${gap.text} would have to move to labor trafficking, the total unchanged, for its share to match its share of need. Require funding to be reported by form of trafficking.`
          : 'Require funding and services to be reported by form of trafficking, so that the balance can be checked year by year.',
    },
  ];
}
