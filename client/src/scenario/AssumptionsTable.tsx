/**
 * Every parameter of the model with its value, unit and where it came from; each can be
 * overridden (the override goes into the link) and reset to its data-derived default.
 */
import { DataTable } from '../charts/DataTable';
import { fieldIds } from '../components/form/Field';
import { useId, useState } from 'react';
import type {
  ScenarioParameter,
  ScenarioParameters,
  ScenarioValidationIssue,
} from '../../../core/scenario/types';
import { parameterLabel } from './parameterLabel';

export interface AssumptionsTableProps {
  parameters: ScenarioParameters;
  overrides: Record<string, number>;
  onOverride: (key: string, value: number | null) => void;
  issues: ScenarioValidationIssue[];
}

const rowLabel = (p: ScenarioParameter) => parameterLabel(p.key, p.label);

const show = (v: number) => String(Number(v.toPrecision(6)));

function ValueInput({
  param,
  override,
  onOverride,
  problem,
}: {
  param: ScenarioParameter;
  override: number | undefined;
  onOverride: AssumptionsTableProps['onOverride'];
  /** What the model found wrong with the value, shown after the input and describing it. */
  problem: string | null;
}) {
  const control = fieldIds(useId(), false, problem !== null);
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? show(override ?? param.value);
  const commit = () => {
    if (draft === null) return;
    const v = Number(draft);
    setDraft(null);
    if (draft.trim() === '' || !Number.isFinite(v)) return;
    if (v !== param.value || override !== undefined) onOverride(param.key, v);
  };
  return (
    <>
      <input
        {...control}
        type="number"
        aria-label={`${rowLabel(param)} (${param.unit})`}
        value={shown}
        step="any"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {problem && (
        <span id={`${control.id}-error`} className="inline-error" role="alert">
          {' '}
          {problem}
        </span>
      )}
    </>
  );
}

export function AssumptionsTable({
  parameters,
  overrides,
  onOverride,
  issues,
}: AssumptionsTableProps) {
  const problemOf = (p: ScenarioParameter) =>
    issues.find((i) => i.field === `params.${p.key}` || i.field.startsWith(`params.${p.key}.`))
      ?.message ?? null;
  return (
    <DataTable
      caption="Model parameters, their values and sources"
      className="assumptions"
      rows={Object.values(parameters)}
      rowKey={(p) => p.key}
      rowHeader="parameter"
      rowClassName={(p) => (p.overridden ? 'is-overridden' : undefined)}
      columns={[
        { key: 'parameter', header: 'Parameter', cell: rowLabel },
        {
          key: 'value',
          header: 'Value',
          cell: (p) => (
            <ValueInput
              param={p}
              override={overrides[p.key]}
              onOverride={onOverride}
              problem={problemOf(p)}
            />
          ),
        },
        { key: 'unit', header: 'Unit', className: 'small', cell: (p) => p.unit },
        { key: 'source', header: 'Where it comes from', className: 'small', cell: (p) => p.source },
      ]}
      actions={[
        {
          label: 'Reset',
          cell: (p) =>
            overrides[p.key] !== undefined && (
              <button type="button" onClick={() => onOverride(p.key, null)}>
                Reset<span className="visually-hidden"> {rowLabel(p)}</span>
              </button>
            ),
        },
      ]}
    />
  );
}
