/**
 * The data bundle beside a brief (zip): every chart's data as CSV, a README with the finding,
 * sources and definitions, and the view's and scenario's parameters as JSON. Made from the stored
 * content, so it holds what the brief shows and nothing more (disclosure applied when it was made).
 */
import { strToU8, zipSync } from 'fflate';
import { toCsv } from '../import/csvExport';
import type { BriefDocument } from './pdf';
import { AUDIENCE_LABEL, type BriefView } from './types';

const DEFINITIONS = [
  'Resource share: labor trafficking’s resources over labor’s plus sex trafficking’s.',
  'Need share: labor trafficking’s need (by the chosen measure) over labor’s plus sex trafficking’s.',
  'Equity ratio: resource share over need share; 1 is proportional, 0.25 a quarter of a fair share.',
  'Parity gap: resources to move to labor, the total unchanged, for the equity ratio to reach 1.',
  'Range: the lowest and highest equity ratio over every need basis in scope and every attribution rule.',
  'Attribution rule: how resources and need that serve both forms (or do not say) are split.',
  'Survivors served (scenarios): min(staff capacity, need) per year, summed over the horizon.',
];

export function briefBundle(b: BriefDocument, view: BriefView, parameters: unknown): Uint8Array {
  const c = b.content;
  const date = b.createdAt.toISOString().slice(0, 10);
  const meta = [
    `Fairshare brief: ${c.title}`,
    c.illustrative
      ? 'Illustrative: YES. Rests on generated demo data; do not quote as findings.'
      : 'Illustrative: no.',
    `View: ${b.permalink}`,
    `Made: ${date}; Fairshare ${b.appVersion}`,
  ];
  const files: Record<string, Uint8Array> = {};
  c.charts.forEach((chart, i) => {
    const rows = chart.categories.map((cat, j) => [
      cat,
      ...chart.series.map((s) =>
        s.values[j] === null ? null : Number(s.values[j]!.toPrecision(6)),
      ),
    ]);
    const columns = [
      { key: 0, header: 'Category' },
      ...chart.series.map((s, k) => ({ key: k + 1, header: `${s.name} (${chart.unit})` })),
    ];
    files[`charts/${i + 1}-${chart.key}.csv`] = strToU8(
      toCsv(rows, columns, { metadata: [chart.title, ...meta] }),
    );
  });
  const readme = [
    `# ${c.title}`,
    '',
    c.illustrative ? '**ILLUSTRATIVE: rests on generated demo data, not real figures.**\n' : '',
    c.finding,
    '',
    `Reproduce: ${b.permalink}  `,
    `Made ${date} with Fairshare ${b.appVersion}.`,
    b.newerData ? `\n${b.newerData}` : '',
    '',
    '## Headline figures',
    ...c.figures.map((f) => `- ${f.label}: ${f.text}`),
    '',
    '## Recommendations',
    ...b.recommendations.map((r) => `- **${AUDIENCE_LABEL[r.audience]}**: ${r.text}`),
    '',
    '## Assumptions',
    ...c.assumptions.map((l) => `- ${l.label}: ${l.value}`),
    '',
    '## Uncertainty',
    ...c.uncertainty.map((l) => `- ${l.label}: ${l.value}`),
    '',
    '## Data vintages',
    ...c.vintages.map((l) => `- ${l.label}: ${l.value}`),
    '',
    '## Sources',
    ...c.citations.map(
      (s) =>
        `- ${[
          s.name,
          s.citation,
          s.vintage ? `vintage ${s.vintage}` : null,
          s.url,
          s.confidence?.toLowerCase(),
          s.illustrative ? 'illustrative' : null,
        ]
          .filter(Boolean)
          .join('. ')}`,
    ),
    '',
    '## Definitions',
    ...DEFINITIONS.map((d) => `- ${d}`),
    '',
    '## Files',
    ...c.charts.map(
      (chart, i) => `- charts/${i + 1}-${chart.key}.csv: ${chart.title} (${chart.unit})`,
    ),
    '- parameters.json: the view and, for scenarios, every lever and overridden default.',
    '',
  ].join('\n');
  files['README.md'] = strToU8(readme);
  files['parameters.json'] = strToU8(`${JSON.stringify({ view, parameters }, null, 2)}\n`);
  return zipSync(files, { level: 6, mtime: b.createdAt });
}
