/** Where the projection starts and how far it goes: need basis, baseline years, horizon, draws. */
import { useId } from 'react';
import { ATTRIBUTION_RULES, NEED_BASES } from '../../../core/vocabulary';
import { ATTRIBUTION_LABEL, NEED_BASIS_LABEL } from '../format/labels';
import type { AttributionRule, NeedBasis } from '../generated/graphql';
import { SelectField } from '../components/form/Field';
import type { StudioSettings } from './settings';
import { formatCount } from '../format/numbers';

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
      <SelectField
        id={`${id}-basis`}
        label="Need measured by"
        value={needBasis}
        onValue={(v) => onNeedBasis(v as NeedBasis)}
        options={NEED_BASES.map((b) => ({ value: b, label: NEED_BASIS_LABEL[b] }))}
      />
      <SelectField
        id={`${id}-rule`}
        label="Attribution rule"
        value={attribution}
        onValue={(v) => onAttribution(v as AttributionRule)}
        options={ATTRIBUTION_RULES.map((r) => ({ value: r, label: ATTRIBUTION_LABEL[r] }))}
      />
      <SelectField
        id={`${id}-mode`}
        label="Baseline"
        value={settings.mode}
        onValue={(v) => onChange({ mode: v as StudioSettings['mode'] })}
        options={[
          { value: 'LATEST', label: 'Latest year in scope' },
          { value: 'AVERAGE', label: 'Average of the years in scope' },
        ]}
      />
      <SelectField
        id={`${id}-horizon`}
        label="Years ahead"
        value={settings.horizon}
        onValue={(v) => onChange({ horizon: Number(v) })}
        options={horizons.map((h) => ({ value: h, label: `${h} years` }))}
      />
      <SelectField
        id={`${id}-draws`}
        label="Uncertainty draws"
        value={settings.draws}
        onValue={(v) => onChange({ draws: Number(v) })}
        options={draws.map((d) => ({ value: d, label: formatCount(d) }))}
      />
    </div>
  );
}
