/**
 * The levers as labelled sliders with their values in words, plus the horizon, baseline years,
 * service mix and Monte Carlo settings. Every control is a native input (keyboard: arrows, Page
 * Up/Down, Home/End); a problem with a value shows under its control.
 */
import { useId, type ChangeEvent } from 'react';
import type {
  ScenarioServiceCategory,
  ScenarioValidationIssue,
} from '../../../core/scenario/types';
import { SCENARIO_SERVICE_CATEGORIES } from '../../../core/vocabulary';
import { CATEGORY_LABEL } from '../format/labels';
import { formatShare, formatUsd } from '../format/numbers';
import type { StudioSettings } from './settings';
import { markInput } from './timing';

export interface LeverControlsProps {
  settings: StudioSettings;
  onChange: (patch: Partial<StudioSettings>) => void;
  /** Sex-only funding per year in the baseline (a shift draws on it), USD. */
  sexBudget: number | null;
  /** Labor funding per year in the baseline, USD. */
  laborBudget: number | null;
  issues: ScenarioValidationIssue[];
}

/** The largest new money the slider offers: the combined budget, rounded up (type any amount). */
function moneyMax(labor: number | null, sex: number | null): number {
  const total = (labor ?? 0) + (sex ?? 0);
  if (total <= 0) return 1_000_000;
  const magnitude = 10 ** Math.floor(Math.log10(total));
  return Math.ceil(total / magnitude) * magnitude;
}

function Problem({ issues, field }: { issues: ScenarioValidationIssue[]; field: string }) {
  const mine = issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`));
  if (!mine.length) return null;
  return (
    <p className="inline-error" role="alert">
      {mine.map((i) => i.message).join('; ')}
    </p>
  );
}

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  valueText: string;
  hint?: string;
  onValue: (v: number) => void;
}

function Slider({ label, value, min, max, step, valueText, hint, onValue }: SliderProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="lever">
      <label htmlFor={id}>
        {label} <output htmlFor={id}>{valueText}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={Math.min(max, value)}
        aria-valuetext={valueText}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          markInput();
          onValue(Number(e.target.value));
        }}
      />
      {hint && (
        <span id={hintId} className="small muted">
          {hint}
        </span>
      )}
    </div>
  );
}

export function LeverControls({
  settings,
  onChange,
  sexBudget,
  laborBudget,
  issues,
}: LeverControlsProps) {
  const s = settings;
  const max = moneyMax(laborBudget, sexBudget);
  const moneyId = useId();
  const mixOn = s.mix !== null;
  const mixTotal = SCENARIO_SERVICE_CATEGORIES.reduce((t, c) => t + (s.mix?.[c] ?? 0), 0);
  const shifted = sexBudget === null ? null : s.shiftFraction * sexBudget;
  return (
    <div className="levers" role="group" aria-label="Levers">
      <Slider
        label="Shift of sex-only funding to labor services"
        value={s.shiftFraction}
        min={0}
        max={1}
        step={0.01}
        valueText={`${formatShare(s.shiftFraction)}${shifted === null ? '' : ` (${formatUsd(shifted)} a year)`}`}
        hint="Once fully phased in. Sex-only funding is what a shift can draw on."
        onValue={(v) => onChange({ shiftFraction: v })}
      />
      <Problem issues={issues} field="levers.shiftFraction" />
      <Slider
        label="Phased in over"
        value={s.phaseInYears}
        min={1}
        max={10}
        step={1}
        valueText={s.phaseInYears === 1 ? '1 year' : `${s.phaseInYears} years`}
        onValue={(v) => onChange({ phaseInYears: v })}
      />
      <Slider
        label="New money for labor services"
        value={s.newMoneyPerYear}
        min={0}
        max={max}
        step={max / 200}
        valueText={`${formatUsd(s.newMoneyPerYear)} a year`}
        onValue={(v) => onChange({ newMoneyPerYear: v })}
      />
      <div className="field lever-exact">
        <label htmlFor={moneyId}>New money, exact (USD a year)</label>
        <input
          id={moneyId}
          type="number"
          min={0}
          step={1000}
          value={s.newMoneyPerYear}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (e.target.value !== '' && Number.isFinite(v)) onChange({ newMoneyPerYear: v });
          }}
        />
      </div>
      <Problem issues={issues} field="levers.newMoneyPerYear" />
      <Slider
        label="Share of added labor funding spent on TIP training"
        value={s.trainingShare}
        min={0}
        max={0.5}
        step={0.01}
        valueText={formatShare(s.trainingShare)}
        hint="Trauma-informed practice training shortens how long new staff take to reach full experience."
        onValue={(v) => onChange({ trainingShare: v })}
      />
      <Problem issues={issues} field="levers.trainingShare" />
      <fieldset className="lever-mix">
        <legend>Where added labor funding goes</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={mixOn}
            onChange={(e) =>
              onChange({
                mix: e.target.checked
                  ? { CASE_MANAGEMENT: 0.4, LEGAL: 0.3, EMPLOYMENT: 0.3 }
                  : null,
              })
            }
          />{' '}
          Choose a service mix (otherwise at labor’s overall cost per survivor)
        </label>
        {mixOn && (
          <div className="mix-grid">
            {SCENARIO_SERVICE_CATEGORIES.map((c) => (
              <MixInput key={c} category={c} settings={s} onChange={onChange} />
            ))}
            <p className={`small${Math.abs(mixTotal - 1) > 1e-6 ? ' inline-error' : ' muted'}`}>
              Total {formatShare(mixTotal)} (must be 100%).
            </p>
          </div>
        )}
        <Problem issues={issues} field="levers.categoryMix" />
      </fieldset>
    </div>
  );
}

function MixInput({
  category,
  settings,
  onChange,
}: {
  category: ScenarioServiceCategory;
  settings: StudioSettings;
  onChange: LeverControlsProps['onChange'];
}) {
  const id = useId();
  const share = settings.mix?.[category] ?? 0;
  return (
    <div className="field">
      <label htmlFor={id}>{CATEGORY_LABEL[category]} (%)</label>
      <input
        id={id}
        type="number"
        min={0}
        max={100}
        step={5}
        value={Math.round(share * 1000) / 10}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value === '' || !Number.isFinite(v)) return;
          const mix = { ...settings.mix };
          if (v === 0) delete mix[category];
          else mix[category] = v / 100;
          onChange({ mix });
        }}
      />
    </div>
  );
}
