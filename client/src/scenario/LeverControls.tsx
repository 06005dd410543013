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
import { Field, TextField } from '../components/form/Field';
import { FormError } from '../components/form/FormMessage';

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

/** The problems the model found with one lever, in a sentence; null when there are none. */
function problemOf(issues: ScenarioValidationIssue[], field: string): string | null {
  const mine = issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`));
  return mine.length ? mine.map((i) => i.message).join('; ') : null;
}

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  valueText: string;
  hint?: string;
  /** What is wrong with the value, from the model's validation. */
  error?: string | null;
  onValue: (v: number) => void;
}

function Slider({ label, value, min, max, step, valueText, hint, error, onValue }: SliderProps) {
  const id = useId();
  return (
    <Field
      look="lever"
      id={id}
      hint={hint}
      error={error}
      label={
        <>
          {label} <output htmlFor={id}>{valueText}</output>
        </>
      }
    >
      {(control) => (
        <input
          {...control}
          type="range"
          min={min}
          max={max}
          step={step}
          value={Math.min(max, value)}
          aria-valuetext={valueText}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            markInput();
            onValue(Number(e.target.value));
          }}
        />
      )}
    </Field>
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
        error={problemOf(issues, 'levers.shiftFraction')}
        onValue={(v) => onChange({ shiftFraction: v })}
      />
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
      <TextField
        className="lever-exact"
        label="New money, exact (USD a year)"
        type="number"
        min={0}
        step={1000}
        value={s.newMoneyPerYear}
        error={problemOf(issues, 'levers.newMoneyPerYear')}
        onValue={(raw) => {
          const v = Number(raw);
          if (raw !== '' && Number.isFinite(v)) onChange({ newMoneyPerYear: v });
        }}
      />
      <Slider
        label="Share of added labor funding spent on TIP training"
        value={s.trainingShare}
        min={0}
        max={0.5}
        step={0.01}
        valueText={formatShare(s.trainingShare)}
        hint="Trauma-informed practice training shortens how long new staff take to reach full experience."
        error={problemOf(issues, 'levers.trainingShare')}
        onValue={(v) => onChange({ trainingShare: v })}
      />
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
        <FormError look="inline">{problemOf(issues, 'levers.categoryMix')}</FormError>
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
  const share = settings.mix?.[category] ?? 0;
  return (
    <TextField
      label={`${CATEGORY_LABEL[category]} (%)`}
      type="number"
      min={0}
      max={100}
      step={5}
      value={Math.round(share * 1000) / 10}
      onValue={(raw) => {
        const v = Number(raw);
        if (raw === '' || !Number.isFinite(v)) return;
        const mix = { ...settings.mix };
        if (v === 0) delete mix[category];
        else mix[category] = v / 100;
        onChange({ mix });
      }}
    />
  );
}
