/**
 * The field-and-message block: a label, one control, an optional hint and an optional error,
 * wired together so a screen reader announces all three. The control gets the id the label
 * points at, `aria-describedby` naming the hint and the error, and `aria-invalid` while there is
 * an error; the error itself is an alert so it is read out when it appears.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

/** What a control needs from its field. Spread it onto the input, select or textarea. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * `control`: the compact style of the filter and settings bars (class `field`).
 * `form`: the roomier style of sign-in, account and import forms (class `form-field`).
 * `lever`: a scenario lever, its label holding the value in words (class `lever`).
 */
export type FieldLook = 'control' | 'form' | 'lever';

const LOOK_CLASS: Record<FieldLook, string> = {
  control: 'field',
  form: 'form-field',
  lever: 'lever',
};

export interface FieldProps {
  label: ReactNode;
  /** A fixed id for the control (tests and links use some); otherwise one is made. */
  id?: string;
  hint?: ReactNode;
  /** The problem with this field's value, shown under it; `null`/empty when there is none. */
  error?: ReactNode;
  look?: FieldLook;
  /** Extra classes on the wrapper, e.g. `narrow` or `lever-exact`. */
  className?: string;
  /**
   * For a control a `<label>` cannot point at (a disclosure of checkboxes): the label becomes a
   * text the control is described by, so the control keeps its own name (its current value).
   */
  composite?: boolean;
  /** Renders the control with the props that tie it to the label, hint and error. */
  children: (control: ControlProps) => ReactNode;
}

/** The ids a field's parts carry, worked out once so the control and the texts agree. */
export function fieldIds(
  id: string,
  hasHint: boolean,
  hasError: boolean,
  describedByLabel = false,
): ControlProps {
  const described = [
    describedByLabel ? `${id}-label` : null,
    hasHint ? `${id}-hint` : null,
    hasError ? `${id}-error` : null,
  ].filter((x): x is string => x !== null);
  return {
    id,
    ...(described.length ? { 'aria-describedby': described.join(' ') } : {}),
    ...(hasError ? { 'aria-invalid': true as const } : {}),
  };
}

/** Whether a hint or message has something to show. */
export function isShown(node: ReactNode): boolean {
  return node !== null && node !== undefined && node !== false && node !== '';
}

export function Field({
  label,
  id: fixedId,
  hint,
  error,
  look = 'control',
  className,
  composite = false,
  children,
}: FieldProps) {
  const madeId = useId();
  const id = fixedId ?? madeId;
  const hasHint = isShown(hint);
  const hasError = isShown(error);
  const control = fieldIds(id, hasHint, hasError, composite);
  const classes = [LOOK_CLASS[look], className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      {composite ? (
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
      ) : (
        <label htmlFor={id}>{label}</label>
      )}
      {children(control)}
      {hasHint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {hasError && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

type Shared = Omit<FieldProps, 'children'>;

export interface TextFieldProps
  extends
    Shared,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'> {
  value: string | number;
  /** The raw text of the input (numbers too: parse it where the meaning is known). */
  onValue: (value: string) => void;
}

/** A labelled `<input>` (text, email, password, number, url…). */
export function TextField({
  label,
  id,
  hint,
  error,
  look,
  className,
  value,
  onValue,
  ...input
}: TextFieldProps) {
  return (
    <Field label={label} id={id} hint={hint} error={error} look={look} className={className}>
      {(control) => (
        <input
          type="text"
          {...input}
          {...control}
          value={value}
          onChange={(e) => onValue(e.target.value)}
        />
      )}
    </Field>
  );
}

export interface SelectOption {
  value: string | number;
  label: ReactNode;
}

export interface SelectFieldProps
  extends
    Shared,
    Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'className'> {
  value: string | number;
  onValue: (value: string) => void;
  /** The choices; or pass `<option>`/`<optgroup>` children for grouped lists. */
  options?: readonly SelectOption[];
  children?: ReactNode;
}

/** A labelled `<select>`. */
export function SelectField({
  label,
  id,
  hint,
  error,
  look,
  className,
  value,
  onValue,
  options,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <Field label={label} id={id} hint={hint} error={error} look={look} className={className}>
      {(control) => (
        <select {...select} {...control} value={value} onChange={(e) => onValue(e.target.value)}>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}
