/**
 * Turns core metrics (Measured values with reasons) into the GraphQL shapes: plain nullable
 * numbers plus one list of reasons for the nulls.
 */
import type { EquityMetrics, Measured, TypeMetrics } from '../../core/equity/index';

export interface NullReason {
  metric: string;
  reason: string;
}

export interface TypeEquityOut {
  resources: number | null;
  need: number;
  resourceShare: number | null;
  needShare: number | null;
  equityRatio: number | null;
  perNeedUnit: number | null;
}

export interface MetricsOut {
  labor: TypeEquityOut;
  sex: TypeEquityOut;
  disparityMultiple: number | null;
  parityGap: number | null;
  dissimilarity: number | null;
  theil: number | null;
  nullReasons: NullReason[];
}

function typeOut(prefix: string, t: TypeMetrics, reasons: NullReason[]): TypeEquityOut {
  const v = (name: string, m: Measured) => {
    if (m.value === null && m.reason)
      reasons.push({ metric: `${prefix}.${name}`, reason: m.reason });
    return m.value;
  };
  return {
    resources: t.resources,
    need: t.need,
    resourceShare: v('resourceShare', t.resourceShare),
    needShare: v('needShare', t.needShare),
    equityRatio: v('equityRatio', t.equityRatio),
    perNeedUnit: v('perNeedUnit', t.perNeedUnit),
  };
}

/** The GraphQL form of EquityMetrics. */
export function presentMetrics(m: EquityMetrics): MetricsOut {
  const nullReasons: NullReason[] = [];
  const v = (name: string, x: Measured) => {
    if (x.value === null && x.reason) nullReasons.push({ metric: name, reason: x.reason });
    return x.value;
  };
  return {
    labor: typeOut('labor', m.labor, nullReasons),
    sex: typeOut('sex', m.sex, nullReasons),
    disparityMultiple: v('disparityMultiple', m.disparityMultiple),
    parityGap: v('parityGap', m.parityGap),
    dissimilarity: v('dissimilarity', m.dissimilarity),
    theil: v('theil', m.theil),
    nullReasons,
  };
}

/** Why figures were withheld, in the caller's terms. */
export function withheldReason(kind: 'survivors' | 'pooled', threshold: number): string {
  if (kind === 'survivors') {
    return `Hidden to protect survivors: a count in scope is below ${threshold}. Widen the scope, or ask a data steward of the dataset's organization.`;
  }
  return `Hidden to keep pooled data confidential: a figure in scope rests on fewer than ${threshold} records that your coalition sees only in aggregate. Widen the scope.`;
}

/** Resource-derived figures withheld (small counts or pooled line items); need figures stay. */
export function withholdResources(out: MetricsOut, reason: string): MetricsOut {
  const hide = (t: TypeEquityOut): TypeEquityOut => ({
    ...t,
    resources: null,
    resourceShare: null,
    equityRatio: null,
    perNeedUnit: null,
  });
  return {
    labor: hide(out.labor),
    sex: hide(out.sex),
    disparityMultiple: null,
    parityGap: null,
    dissimilarity: null,
    theil: null,
    nullReasons: [
      { metric: 'labor.resources', reason },
      { metric: 'sex.resources', reason },
    ],
  };
}
