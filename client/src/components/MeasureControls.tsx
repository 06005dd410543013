/** The three choices every equity figure depends on: dimension, need basis, attribution rule. */
import type { AttributionRule, NeedBasis, ResourceDimension } from '../generated/graphql';
import { ATTRIBUTION_RULES, NEED_BASES, RESOURCE_DIMENSIONS } from '../../../core/vocabulary';
import {
  ATTRIBUTION_LABEL,
  DIMENSION_LABEL,
  DIMENSION_UNIT_LABEL,
  NEED_BASIS_LABEL,
} from '../format/labels';
import type { ViewStateApi } from '../state/useViewState';
import { SelectField } from './form/Field';

export interface MeasureControlsProps {
  api: ViewStateApi;
  /** Show the need basis and rule (not on pages of raw allocations). */
  showNeed?: boolean;
  /** Need bases with figures in scope; others are marked. */
  availableBases?: readonly NeedBasis[];
}

export function MeasureControls({ api, showNeed = true, availableBases }: MeasureControlsProps) {
  const { view, update } = api;
  return (
    <div className="measure-controls" role="group" aria-label="What to measure">
      <SelectField
        id="ctl-dimension"
        label="Resource"
        value={view.dimension}
        onValue={(v) => update({ dimension: v as ResourceDimension })}
        options={RESOURCE_DIMENSIONS.map((d) => ({
          value: d,
          label: `${DIMENSION_LABEL[d]} (${DIMENSION_UNIT_LABEL[d]})`,
        }))}
      />
      {showNeed && (
        <>
          <SelectField
            id="ctl-basis"
            label="Need measured by"
            value={view.needBasis}
            onValue={(v) => update({ needBasis: v as NeedBasis })}
            options={NEED_BASES.map((b) => ({
              value: b,
              label:
                availableBases && !availableBases.includes(b)
                  ? `${NEED_BASIS_LABEL[b]} (no figures in scope)`
                  : NEED_BASIS_LABEL[b],
            }))}
          />
          <SelectField
            id="ctl-rule"
            label="Attribution rule"
            value={view.attribution}
            onValue={(v) => update({ attribution: v as AttributionRule })}
            options={ATTRIBUTION_RULES.map((r) => ({ value: r, label: ATTRIBUTION_LABEL[r] }))}
          />
        </>
      )}
    </div>
  );
}
