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
      <div className="field">
        <label htmlFor="ctl-dimension">Resource</label>
        <select
          id="ctl-dimension"
          value={view.dimension}
          onChange={(e) => update({ dimension: e.target.value as ResourceDimension })}
        >
          {RESOURCE_DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {DIMENSION_LABEL[d]} ({DIMENSION_UNIT_LABEL[d]})
            </option>
          ))}
        </select>
      </div>
      {showNeed && (
        <>
          <div className="field">
            <label htmlFor="ctl-basis">Need measured by</label>
            <select
              id="ctl-basis"
              value={view.needBasis}
              onChange={(e) => update({ needBasis: e.target.value as NeedBasis })}
            >
              {NEED_BASES.map((b) => (
                <option key={b} value={b}>
                  {NEED_BASIS_LABEL[b]}
                  {availableBases && !availableBases.includes(b) ? ' (no figures in scope)' : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ctl-rule">Attribution rule</label>
            <select
              id="ctl-rule"
              value={view.attribution}
              onChange={(e) => update({ attribution: e.target.value as AttributionRule })}
            >
              {ATTRIBUTION_RULES.map((r) => (
                <option key={r} value={r}>
                  {ATTRIBUTION_LABEL[r]}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    </div>
  );
}
