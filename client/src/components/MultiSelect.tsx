/**
 * A labelled multiple choice built from native elements: a disclosure holding a search box and
 * checkboxes. Keyboard and screen-reader friendly without ARIA tricks.
 */
import { useId, useState } from 'react';
import { Field } from './form/Field';

export interface Option {
  value: string;
  label: string;
}

export interface MultiSelectProps {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
  /** Text shown when nothing is selected, e.g. "All funders". */
  allLabel: string;
  /** Shown instead of the options (e.g. "Loading…"). */
  note?: string;
}

export function MultiSelect({
  label,
  options,
  selected,
  onChange,
  allLabel,
  note,
}: MultiSelectProps) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const chosen = new Set(selected);
  const visible = filter
    ? options.filter((o) => o.label.toLowerCase().includes(filter.toLowerCase()))
    : options;
  const summary =
    selected.length === 0
      ? allLabel
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? '1 selected')
        : `${selected.length} selected`;
  return (
    <Field label={label} id={id} composite className="multiselect">
      {(control) => (
        <details>
          <summary {...control}>{summary}</summary>
          <div className="multiselect-panel">
            {note ? (
              <p className="muted">{note}</p>
            ) : (
              <>
                {options.length > 8 && (
                  <>
                    <label className="visually-hidden" htmlFor={`${id}-search`}>
                      Search {label.toLowerCase()}
                    </label>
                    <input
                      id={`${id}-search`}
                      type="search"
                      placeholder={`Search ${label.toLowerCase()}`}
                      value={filter}
                      onChange={(e) => setFilter(e.target.value)}
                    />
                  </>
                )}
                <fieldset>
                  <legend className="visually-hidden">{label}</legend>
                  <ul>
                    {visible.map((o) => (
                      <li key={o.value}>
                        <label>
                          <input
                            type="checkbox"
                            checked={chosen.has(o.value)}
                            onChange={(e) =>
                              onChange(
                                e.target.checked
                                  ? [...selected, o.value]
                                  : selected.filter((v) => v !== o.value),
                              )
                            }
                          />
                          {o.label}
                        </label>
                      </li>
                    ))}
                    {!visible.length && <li className="muted">Nothing matches “{filter}”.</li>}
                  </ul>
                </fieldset>
                {selected.length > 0 && (
                  <button type="button" className="link-button" onClick={() => onChange([])}>
                    Clear {label.toLowerCase()}
                  </button>
                )}
              </>
            )}
          </div>
        </details>
      )}
    </Field>
  );
}
