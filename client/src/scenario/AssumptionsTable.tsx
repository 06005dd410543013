/**
 * Every parameter of the model with its value, unit and where it came from; each can be
 * overridden (the override goes into the link) and reset to its data-derived default.
 */
import { useState } from 'react';
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
}: {
  param: ScenarioParameter;
  override: number | undefined;
  onOverride: AssumptionsTableProps['onOverride'];
}) {
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
    <input
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
  );
}

export function AssumptionsTable({
  parameters,
  overrides,
  onOverride,
  issues,
}: AssumptionsTableProps) {
  const list = Object.values(parameters);
  return (
    <div className="table-scroll">
      <table className="data-table assumptions">
        <caption className="visually-hidden">Model parameters, their values and sources</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Value</th>
            <th scope="col">Unit</th>
            <th scope="col">Where it comes from</th>
            <th scope="col">
              <span className="visually-hidden">Reset</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((p) => {
            const problem = issues.find(
              (i) => i.field === `params.${p.key}` || i.field.startsWith(`params.${p.key}.`),
            );
            return (
              <tr key={p.key} className={p.overridden ? 'is-overridden' : undefined}>
                <th scope="row">{rowLabel(p)}</th>
                <td>
                  <ValueInput param={p} override={overrides[p.key]} onOverride={onOverride} />
                  {problem && <span className="inline-error"> {problem.message}</span>}
                </td>
                <td className="small">{p.unit}</td>
                <td className="small">{p.source}</td>
                <td>
                  {overrides[p.key] !== undefined && (
                    <button type="button" onClick={() => onOverride(p.key, null)}>
                      Reset<span className="visually-hidden"> {rowLabel(p)}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
