/**
 * The studio's results for one model run: headline figures, the fan chart, the tornado, goal
 * seek, the assumptions and the notes. Memoised: a lever move re-renders only the levers until
 * the worker's answer arrives, so the redraw stays quick.
 */
import { SelectField } from '../components/form/Field';
import { memo, useCallback, useMemo, useState } from 'react';
import type {
  GoalSeekOptions,
  ScenarioInput,
  ScenarioParameter,
  ScenarioValidationIssue,
  TornadoResult,
} from '../../../core/scenario/types';
import type { ChartMeta } from '../charts/csv';
import { ChartFrame } from '../charts/ChartFrame';
import type { TableData } from '../charts/types';
import { FAN_STYLE, TORNADO_STYLE } from '../charts/palette';
import { formatCount, formatRatio, formatShare, formatTick, formatUsd } from '../format/numbers';
import { AssumptionsTable } from './AssumptionsTable';
import { FanChart } from '../charts/FanChart';
import { fanSeries, fanSummary, fanTable, FAN_OUTPUT_SPECS } from '../charts/series/fan';
import { TornadoChart } from '../charts/TornadoChart';
import { usePrinting } from '../components/usePrinting';
import { GoalSeekPanel } from './GoalSeekPanel';
import { parameterLabel } from './parameterLabel';
import type { FailedResponse, GoalSeekResponse } from './protocol';
import { FAN_OUTPUTS, type FanOutput, type StudioSettings } from './settings';
import { recordRedraw } from './timing';
import type { ShownRun } from './useScenarioModel';

export interface ResultsProps {
  run: ShownRun;
  output: FanOutput;
  /** Settings the user asked for (to say when more draws are on their way). */
  draws: number;
  overrides: Record<string, number>;
  issues: ScenarioValidationIssue[];
  /** Caption, sources and notes of the charts (without the title). */
  meta: Omit<ChartMeta, 'title'>;
  baselineNotes: readonly string[];
  onChange: (patch: Partial<StudioSettings>) => void;
  /** The model input of the current settings, read when goal seek runs. */
  currentInput: () => ScenarioInput | null;
  goalSeek: (
    input: ScenarioInput,
    options: GoalSeekOptions,
  ) => Promise<GoalSeekResponse | FailedResponse>;
}

function formatParam(p: ScenarioParameter | undefined, v: number): string {
  if (!p) return String(v);
  if (p.unit.startsWith('USD')) return formatUsd(v);
  if (p.unit.includes('(0–1)') || p.unit.includes('0–0.9')) return formatShare(v);
  return String(Number(v.toPrecision(3)));
}

function tornadoTable(t: TornadoResult, fmt: (key: string, v: number) => string): TableData {
  return {
    columns: [
      { key: 'input', label: 'Input' },
      { key: 'low', label: 'Low end' },
      { key: 'high', label: 'High end' },
      {
        key: 'atLow',
        label: 'Labor survivors served, input low',
        numeric: true,
        format: formatCount,
      },
      {
        key: 'atHigh',
        label: 'Labor survivors served, input high',
        numeric: true,
        format: formatCount,
      },
      { key: 'swing', label: 'Swing', numeric: true, format: formatCount },
    ],
    rows: t.bars.map((b) => ({
      input: parameterLabel(b.key, b.label),
      low: fmt(b.key, b.low),
      high: fmt(b.key, b.high),
      atLow: b.outputAtLow,
      atHigh: b.outputAtHigh,
      swing: b.swing,
    })),
  };
}

function tornadoSummary(t: TornadoResult): string {
  const top = t.bars.slice(0, 3).filter((b) => b.swing > 0);
  if (!top.length) return 'No uncertain input changes labor survivors served in this scenario.';
  return (
    `Labor survivors served over the horizon is ${formatCount(t.baseOutput)} at the assumptions’ values; ` +
    `it moves most with ${top.map((b) => `${parameterLabel(b.key, b.label).toLowerCase()} (a swing of ${formatCount(b.swing)})`).join(', ')}.`
  );
}

/** Which need and rule a need-based figure rests on, said next to it. */
function NeedNote({ meta }: { meta: Omit<ChartMeta, 'title'> }) {
  return (
    <span className="stat-note stat-need">
      Need: {meta.needBasis}
      {meta.attribution ? `; shared grants and need: ${meta.attribution}` : ''}.
    </span>
  );
}

function Headline({ run, meta }: { run: ShownRun; meta: Omit<ChartMeta, 'title'> }) {
  const r = run.result;
  const last = r.years[r.years.length - 1]!;
  const lastBase = r.baselineYears[r.baselineYears.length - 1]!;
  const g = run.bands.totals.laborServedGain;
  return (
    <div className="stat-cards" role="group" aria-label="Headline results">
      <div className="stat">
        <span className="stat-label">
          More labor-trafficking survivors served, {r.baseYear + 1}–{last.year}
        </span>
        <span className="stat-value">{formatCount(r.differenceTotals.labor.survivorsServed)}</span>
        <span className="stat-note">
          80% range {formatCount(g.p10)} to {formatCount(g.p90)}
        </span>
      </div>
      <div className="stat">
        <span className="stat-label">Labor’s equity ratio in {last.year}</span>
        <span className="stat-value">{formatRatio(last.labor.equityRatio)}</span>
        <span className="stat-note">
          {formatRatio(lastBase.labor.equityRatio)} with no change; 1 is proportional
        </span>
        <NeedNote meta={meta} />
      </div>
      <div className="stat">
        <span className="stat-label">Change in sex-trafficking survivors served</span>
        <span className="stat-value">{formatCount(r.differenceTotals.sex.survivorsServed)}</span>
        <span className="stat-note">summed over the years ahead</span>
      </div>
      <div className="stat">
        <span className="stat-label">Unmet labor-trafficking need in {last.year}</span>
        <span className="stat-value">{formatCount(last.labor.unmetNeed)}</span>
        <span className="stat-note">{formatCount(lastBase.labor.unmetNeed)} with no change</span>
        <NeedNote meta={meta} />
      </div>
    </div>
  );
}

export const Results = memo(function Results(props: ResultsProps) {
  const { run, output, onChange } = props;
  const [redrawMs, setRedrawMs] = useState<number | null>(null);
  const onFanRedraw = useCallback((ms: number) => {
    recordRedraw(ms);
    setRedrawMs(ms);
  }, []);
  const [assumptionsOpen, setAssumptionsOpen] = useState(false);
  const printing = usePrinting();
  const fan = useMemo(() => fanSeries(output, run.result, run.bands), [output, run]);
  const params = run.result.parameters;
  const fmtInput = useCallback(
    (k: string, v: number) => formatParam(params[k as keyof typeof params], v),
    [params],
  );
  const fanTitle = `${fan.label}: projection with uncertainty`;
  const summary = fanSummary(fan, run.bands.draws);
  const tornadoTitle = 'Which assumptions move the result most';
  return (
    <>
      <Headline run={run} meta={props.meta} />
      <ChartFrame
        level={2}
        title={fanTitle}
        summary={summary}
        controls={
          <SelectField
            id="fan-output"
            className="inline-field"
            label="Show"
            value={output}
            onValue={(v) => onChange({ output: v as FanOutput })}
            options={FAN_OUTPUTS.map((o) => ({ value: o, label: FAN_OUTPUT_SPECS[o].label }))}
          />
        }
        legend={[
          { key: 'band', label: '80% range (p10–p90)', style: FAN_STYLE.band, kind: 'fill' },
          { key: 'median', label: 'Median (p50)', style: FAN_STYLE.median, kind: 'line' },
          { key: 'baseline', label: 'No change', style: FAN_STYLE.baseline, kind: 'line' },
        ]}
        table={fanTable(fan)}
        meta={{ ...props.meta, title: fanTitle }}
      >
        {({ width, idPrefix }) => (
          <FanChart
            series={fan}
            width={width}
            idPrefix={idPrefix}
            title={`${fan.label} (${fan.unit})`}
            summary={summary}
            runId={run.id}
            inputAt={run.inputAt}
            onRedraw={onFanRedraw}
          />
        )}
      </ChartFrame>
      <p
        className="small muted timing"
        data-mc-ms={run.ms.monteCarlo.toFixed(1)}
        data-mc-draws={run.bands.draws}
        data-redraw-ms={redrawMs?.toFixed(1) ?? ''}
      >
        Computed in your browser: {formatCount(run.bands.draws)} draws ×{' '}
        {run.bands.years.length - 1} years in {Math.round(run.ms.monteCarlo)} ms
        {redrawMs !== null ? `; last lever change drawn in ${Math.round(redrawMs)} ms` : ''}.
        {props.draws > run.bands.draws ? ' Refining with more draws…' : ''}
      </p>
      <ChartFrame
        level={2}
        title={tornadoTitle}
        summary={tornadoSummary(run.tornado)}
        legend={[
          { key: 'low', label: 'Input at its low end', style: TORNADO_STYLE.low, kind: 'fill' },
          { key: 'high', label: 'Input at its high end', style: TORNADO_STYLE.high, kind: 'fill' },
        ]}
        table={tornadoTable(run.tornado, fmtInput)}
        meta={{ ...props.meta, title: tornadoTitle }}
      >
        {({ width, idPrefix }) => (
          <TornadoChart
            tornado={run.tornado}
            width={width}
            idPrefix={idPrefix}
            title="Labor survivors served over the horizon, by input"
            summary={tornadoSummary(run.tornado)}
            xLabel="Labor survivors served over the horizon"
            formatValue={formatCount}
            formatTick={(v) => formatTick(v)}
            formatInput={fmtInput}
          />
        )}
      </ChartFrame>
      <GoalSeekPanel
        currentInput={props.currentInput}
        baseYear={run.result.baseYear}
        horizon={run.result.horizonYears}
        seek={props.goalSeek}
        onApply={onChange}
      />
      <details
        className="studio-details"
        onToggle={(e) => setAssumptionsOpen((e.target as HTMLDetailsElement).open)}
      >
        <summary>Assumptions: every parameter, its value and where it comes from</summary>
        {(assumptionsOpen || printing) && (
          <AssumptionsTable
            parameters={run.result.parameters}
            overrides={props.overrides}
            issues={props.issues}
            onOverride={(k, v) => {
              const overrides = { ...props.overrides };
              if (v === null) delete overrides[k];
              else overrides[k] = v;
              onChange({ overrides });
            }}
          />
        )}
      </details>
      <details className="studio-details">
        <summary>Notes on this projection</summary>
        <ul>
          {[...props.baselineNotes, ...run.result.notes].map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </details>
    </>
  );
});
