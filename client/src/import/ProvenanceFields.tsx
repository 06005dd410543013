/** Where the figures come from: source, citation, license and web address (all optional). */
export const PROVENANCE = [
  {
    name: 'source',
    label: 'Source',
    hint: 'Who produced the figures, e.g. “Example Fund grants database”.',
  },
  {
    name: 'citation',
    label: 'Citation',
    hint: 'How to cite them in a report.',
  },
  { name: 'license', label: 'License', hint: 'Terms of use, e.g. “Internal use only”.' },
  { name: 'url', label: 'Web address', hint: 'Where the figures can be found, if anywhere.' },
] as const;
export type ProvenanceName = (typeof PROVENANCE)[number]['name'];

export type Provenance = Record<ProvenanceName, string>;

export const NO_PROVENANCE: Provenance = { source: '', citation: '', license: '', url: '' };

export function ProvenanceFields({
  value,
  onChange,
  disabled,
}: {
  value: Provenance;
  onChange: (update: (p: Provenance) => Provenance) => void;
  disabled: boolean;
}) {
  return (
    <fieldset className="provenance">
      <legend>Where the figures come from (optional, shown with every figure)</legend>
      <div className="provenance-grid">
        {PROVENANCE.map((f) => (
          <div className="form-field" key={f.name}>
            <label htmlFor={`import-${f.name}`}>{f.label}</label>
            <input
              id={`import-${f.name}`}
              type={f.name === 'url' ? 'url' : 'text'}
              aria-describedby={`import-${f.name}-hint`}
              value={value[f.name]}
              disabled={disabled}
              onChange={(e) => onChange((p) => ({ ...p, [f.name]: e.target.value }))}
            />
            <span id={`import-${f.name}-hint`} className="hint">
              {f.hint}
            </span>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
