/** Where the projection starts and how far it goes: need basis, baseline years, horizon, draws. */
import { useId } from 'react';
import { ATTRIBUTION_RULES, NEED_BASES } from '../../../core/vocabulary';
import { ATTRIBUTION_LABEL, NEED_BASIS_LABEL } from '../format/labels';
import type { AttributionRule, NeedBasis } from '../generated/graphql';
import type { StudioSettings } from './settings';

const HORIZONS = [3, 5, 10, 15, 20, 30];
const DRAWS = [1_000, 5_000, 10_000];

export interface RunSettingsProps {
  needBasis: NeedBasis;
  onNeedBasis: (b: NeedBasis) => void;
  /** The attribution rule of every page (in the URL as `rule`). */
  attribution: AttributionRule;
  onAttribution: (r: AttributionRule) => void;
  settings: StudioSettings;
  onChange: (patch: Partial<StudioSettings>) => void;
}

export function RunSettings({
  needBasis,
  onNeedBasis,
  attribution,
  onAttribution,
  settings,
  onChange,
}: RunSettingsProps) {
  const id = useId();
  const horizons = HORIZONS.includes(settings.horizon)
    ? HORIZONS
    : [...HORIZONS, settings.horizon].sort((a, b) => a - b);
  const draws = DRAWS.includes(settings.draws)
    ? DRAWS
    : [...DRAWS, settings.draws].sort((a, b) => a - b);
  return (
    <div className="measure-controls" role="group" aria-label="Projection settings">
      <div className="field">
        <label htmlFor={`${id}-basis`}>Need measured by</label>
        <select
          id={`${id}-basis`}
          value={needBasis}
          onChange={(e) => onNeedBasis(e.target.value as NeedBasis)}
        >
          {NEED_BASES.map((b) => (
            <option key={b} value={b}>
              {NEED_BASIS_LABEL[b]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-rule`}>Attribution rule</label>
        <select
          id={`${id}-rule`}
          value={attribution}
          onChange={(e) => onAttribution(e.target.value as AttributionRule)}
        >
          {ATTRIBUTION_RULES.map((r) => (
            <option key={r} value={r}>
              {ATTRIBUTION_LABEL[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-mode`}>Baseline</label>
        <select
          id={`${id}-mode`}
          value={settings.mode}
          onChange={(e) => onChange({ mode: e.target.value as StudioSettings['mode'] })}
        >
          <option value="LATEST">Latest year in scope</option>
          <option value="AVERAGE">Average of the years in scope</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-horizon`}>Years ahead</label>
        <select
          id={`${id}-horizon`}
          value={settings.horizon}
          onChange={(e) => onChange({ horizon: Number(e.target.value) })}
        >
          {horizons.map((h) => (
            <option key={h} value={h}>
              {h} years
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-draws`}>Uncertainty draws</label>
        <select
          id={`${id}-draws`}
          value={settings.draws}
          onChange={(e) => onChange({ draws: Number(e.target.value) })}
        >
          {draws.map((d) => (
            <option key={d} value={d}>
              {d.toLocaleString('en-US')}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
