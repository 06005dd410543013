/** The columns of one import template, as a table a non-engineer can fill a spreadsheet from. */
import { ScrollRegion } from '../account/ScrollRegion';
import type { TemplateKind } from './api';

export function TemplateDocs({ template }: { template: TemplateKind }) {
  return (
    <div className="template-docs">
      <p>{template.description}</p>
      <p>
        <a href={`/api/import/templates/${template.kind}.csv`} download>
          Download the {template.title.toLowerCase()} template (CSV)
        </a>{' '}
        <span className="small muted">
          — its first line holds the column names and the second an example row to replace.
          {template.extraColumns === 'ignored'
            ? ' Other columns in your file are ignored.'
            : ' Columns not listed here are refused: remove them before importing.'}
        </span>
      </p>
      <details open>
        <summary>Columns of the {template.title.toLowerCase()} template</summary>
        <ScrollRegion label={`Columns of the ${template.title.toLowerCase()} template`}>
          <table className="data-table template-table">
            <caption className="visually-hidden">
              Columns of the {template.title.toLowerCase()} template
            </caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Required</th>
                <th scope="col">Kind of value</th>
                <th scope="col">Example</th>
                <th scope="col">What it holds</th>
              </tr>
            </thead>
            <tbody>
              {template.columns.map((c) => (
                <tr key={c.name}>
                  <th scope="row">
                    <code>{c.name}</code>
                    {c.aliases?.length ? (
                      <div className="small muted">also: {c.aliases.join(', ')}</div>
                    ) : null}
                  </th>
                  <td>{c.required ? 'Required' : 'Optional'}</td>
                  <td>
                    {c.type}
                    {c.unit ? ` (${c.unit})` : ''}
                    {c.allowed?.length ? (
                      <div className="small">One of: {c.allowed.join(', ')}</div>
                    ) : null}
                  </td>
                  <td>
                    <code>{c.example}</code>
                  </td>
                  <td>{c.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </div>
  );
}
