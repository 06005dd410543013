/**
 * Need fallbacks shown next to the figure: in the chart caption and CSV notes (chartMeta) and in
 * "What this rests on" (DataBasis), from the API's structured field.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataBasis } from '../../client/src/components/DataBasis';
import { chartMeta } from '../../client/src/format/meta';
import type { NeedUsedFieldsFragment } from '../../client/src/generated/graphql';
import { NO_NAMES } from '../../client/src/format/scope';
import { DEFAULT_VIEW } from '../../client/src/state/viewState';

const REASON =
  'PROSECUTIONS has no figure covering WORLD for LABOR (it has one for SEX), so labor need is taken as 0 (the EXCLUDE rule gives it no part of shared figures).';

const need = (fallbacks: NeedUsedFieldsFragment['fallbacks']): NeedUsedFieldsFragment => ({
  basis: 'PROSECUTIONS',
  geography: 'WORLD',
  vintages: [2020],
  unit: 'persons',
  confidence: 'PRIMARY',
  fallbacks,
  datasets: [
    {
      id: '1',
      name: 'Need',
      source: 'Tests',
      citation: 'Need.',
      url: null,
      vintage: 2020,
      confidence: 'PRIMARY',
      illustrative: false,
    },
  ],
});
const LACKING = need([{ type: 'LABOR', kind: 'NO_FIGURE', reason: REASON }]);
const meta = (n: NeedUsedFieldsFragment, usesNeed = true) =>
  chartMeta({
    title: 't',
    view: DEFAULT_VIEW,
    names: NO_NAMES,
    datasets: [],
    need: n,
    usesNeed,
    illustrative: false,
  });

describe('need fallbacks next to the figure', () => {
  it('chart notes (caption and CSV header) carry each fallback’s reason', () => {
    expect(meta(LACKING).notes).toEqual([`Fallback: ${REASON}`]);
    expect(meta(need([])).notes).toEqual([]);
    // Raw allocations do not rest on need: no fallback note.
    expect(meta(LACKING, false).notes).toEqual([]);
  });

  it('"What this rests on" lists them under the need figures', () => {
    const html = renderToStaticMarkup(
      <DataBasis resources={[]} need={LACKING} sourcesHref="/sources" />,
    );
    expect(html).toContain('<ul class="need-fallbacks small" aria-label="Fallbacks">');
    expect(html).toContain(`<strong>Fallback (labor):</strong> ${REASON}`);
    const none = renderToStaticMarkup(
      <DataBasis resources={[]} need={need([])} sourcesHref="/sources" />,
    );
    expect(none).not.toContain('need-fallbacks');
  });
});
