/**
 * Goal seek: the smallest shift (and/or new money) that brings labor's equity ratio to a target
 * by a year, keeping sex-trafficking survivors served above a floor. Runs in the worker; the
 * answer can be applied to the levers.
 */
import { IllustrativeBadge } from '../components/IllustrativeBadge';
import { useId, useState, type FormEvent } from 'react';
import type {
  GoalSeekLever,
  GoalSeekOptions,
  GoalSeekResult,
  ScenarioInput,
} from '../../../core/scenario/types';
import { formatRatio, formatShare, formatUsd } from '../format/numbers';
import { goalSeekBlocker, goalSeekPatch } from './goalSeekAdvice';
import type { FailedResponse, GoalSeekResponse } from './protocol';
import type { StudioSettings } from './settings';
import { SelectField, TextField } from '../components/form/Field';
import { FormError } from '../components/form/FormMessage';

const LEVER_LABEL: Record<GoalSeekLever, string> = {
  shift: 'Shift of sex-only funding',
  newMoney: 'New money',
  shiftThenNewMoney: 'Shift first, then new money',
};

export interface GoalSeekPanelProps {
  /** The model input of the current levers, read when the search starts. */
  currentInput: () => ScenarioInput | null;
  baseYear: number | null;
  horizon: number;
  seek: (
    input: ScenarioInput,
    options: GoalSeekOptions,
  ) => Promise<GoalSeekResponse | FailedResponse>;
  onApply: (patch: Partial<StudioSettings>) => void;
}

/** The answer in a sentence; `lever` is the one sized (the other levers stay as set). */
function describe(r: GoalSeekResult, lever: GoalSeekLever): string {
  const a = r.reachable ? r.answer : r.best;
  const sizesShift = lever !== 'newMoney';
  const sizesMoney = lever !== 'shift';
  const parts: string[] = [];
  if (sizesShift && a.shiftFraction > 0)
    parts.push(
      `shift ${formatShare(a.shiftFraction)} of sex-only funding (${formatUsd(a.shiftAmount)} a year)`,
    );
  if (sizesMoney && a.newMoneyPerYear > 0)
    parts.push(`add ${formatUsd(a.newMoneyPerYear)} a year of new money`);
  const ratio = formatRatio(a.equityRatio);
  if (r.reachable && parts.length === 0) {
    return `Labor’s equity ratio already reaches ${formatRatio(r.target)} by ${r.byYear} with the levers as set (${ratio}); nothing more is needed.`;
  }
  const what = parts.length ? parts.join(' and ') : 'no change';
  return r.reachable
    ? `To reach an equity ratio of ${formatRatio(r.target)} by ${r.byYear}, with the other levers as set: ${what}. Labor’s equity ratio in ${r.byYear} is then ${ratio}.`
    : `${r.message} The furthest it gets: ${what}, for an equity ratio of ${ratio} in ${r.byYear}.`;
}

export function GoalSeekPanel({
  currentInput,
  baseYear,
  horizon,
  seek,
  onApply,
}: GoalSeekPanelProps) {
  const id = useId();
  const [target, setTarget] = useState('1');
  const [byYear, setByYear] = useState<string>('');
  const [lever, setLever] = useState<GoalSeekLever>('shift');
  const [floor, setFloor] = useState('100');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{
    result: GoalSeekResult;
    ms: number;
    lever: GoalSeekLever;
  } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const years =
    baseYear === null ? [] : Array.from({ length: horizon }, (_, i) => baseYear + 1 + i);
  const year = years.includes(Number(byYear)) ? Number(byYear) : years[years.length - 1];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = currentInput();
    if (!input) return;
    setBusy(true);
    setProblem(null);
    const res = await seek(input, {
      targetEquityRatio: Number(target),
      byYear: year,
      lever,
      sexFloor: Number(floor) / 100,
    });
    setBusy(false);
    if (res.ok) setAnswer({ result: res.seek, ms: res.ms, lever });
    else {
      setAnswer(null);
      setProblem(res.issues.length ? res.issues.map((i) => i.message).join('; ') : res.message);
    }
  }

  const r = answer?.result;
  const best = r ? (r.reachable ? r.answer : r.best) : null;
  const blocker = goalSeekBlocker(lever, Number(floor));
  const levers = currentInput()?.levers;
  const patch =
    r?.reachable && answer
      ? goalSeekPatch(r.answer, answer.lever, {
          shiftFraction: levers?.shiftFraction ?? 0,
          newMoneyPerYear: levers?.newMoneyPerYear ?? 0,
        })
      : null;
  return (
    <form className="goal-seek" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>What would it take?</h3>
      <div className="field-row">
        <TextField
          id={`${id}-target`}
          label="Labor equity ratio to reach"
          type="number"
          min={0.01}
          max={100}
          step="any"
          value={target}
          onValue={setTarget}
          required
        />
        <SelectField
          id={`${id}-year`}
          label="By"
          value={year ?? ''}
          onValue={setByYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
        <SelectField
          id={`${id}-lever`}
          label="Using"
          value={lever}
          onValue={(v) => setLever(v as GoalSeekLever)}
          options={(Object.keys(LEVER_LABEL) as GoalSeekLever[]).map((l) => ({
            value: l,
            label: LEVER_LABEL[l],
          }))}
        />
        <TextField
          id={`${id}-floor`}
          label="Keep sex-trafficking survivors served at least (% of no change)"
          type="number"
          min={0}
          max={100}
          step="any"
          value={floor}
          onValue={setFloor}
          required
        />
        <div className="field">
          <button type="submit" disabled={busy}>
            {busy ? 'Searching…' : 'Find it'}
          </button>
        </div>
      </div>
      {blocker && (
        <div className="goal-blocker" role="note">
          <p>{blocker}</p>
          <p>
            <button type="button" onClick={() => setLever('newMoney')}>
              Use new money
            </button>{' '}
            <button type="button" onClick={() => setLever('shiftThenNewMoney')}>
              Shift, then new money
            </button>{' '}
            <button type="button" onClick={() => setFloor('90')}>
              Allow 90% of sex-trafficking survivors served
            </button>
          </p>
        </div>
      )}
      <FormError look="inline">{problem}</FormError>
      <div role="status" aria-live="polite">
        {answer && r && best && (
          <div className="goal-answer">
            <p>
              {r.illustrative && (
                <>
                  <IllustrativeBadge />{' '}
                </>
              )}
              {describe(r, answer.lever)}
            </p>
            <p className="small muted">
              Found in {Math.round(answer.ms)} ms ({r.evaluations} model runs, in your browser).
            </p>
            {patch && (
              <button type="button" onClick={() => onApply(patch)}>
                Apply to the levers
              </button>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
