import { useState } from 'react';
import type { TemplateDocs as Docs } from './api';
import { TemplateDocs } from './TemplateDocs';

/** The templates alone, for those who cannot import yet. */
export function TemplateBrowser({ docs }: { docs: Docs }) {
  const [kind, setKind] = useState(docs.kinds[0]?.kind ?? 'grants');
  const template = docs.kinds.find((k) => k.kind === kind) ?? docs.kinds[0]!;
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">Templates</h2>
      <div className="form-field narrow">
        <label htmlFor="template-kind">Kind of data</label>
        <select id="template-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {docs.kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.title}
            </option>
          ))}
        </select>
      </div>
      <TemplateDocs template={template} />
    </section>
  );
}
