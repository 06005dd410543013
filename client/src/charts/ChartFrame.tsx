/**
 * Everything around a chart: title, legend, the chart or its table ('show as table'), a text
 * summary, the caption (need basis, rule, scope, sources, the illustrative flag) and downloads as
 * SVG, PNG and CSV. The chart itself is a render function given the width to lay out to.
 */
import { FormError } from '../components/form/FormMessage';
import { useId, useRef, useState, type ReactNode } from 'react';
import { IllustrativeBadge } from '../components/IllustrativeBadge';
import { toCsv, type ChartMeta } from './csv';
import { ChartTable } from './DataTable';
import { downloadBlob, downloadPng, downloadSvg, fileSlug, type ExportFrame } from './download';
import { Legend } from './Legend';
import type { LegendItem, TableData } from './types';
import { useElementWidth } from './useElementWidth';

export interface ChartFrameProps {
  title: string;
  /** One or two sentences saying what the chart shows, for everyone and for screen readers. */
  summary: string;
  legend: LegendItem[];
  table: TableData;
  meta: ChartMeta;
  /** Controls particular to this chart (e.g. amounts or shares). */
  controls?: ReactNode;
  /** True while a newer result loads: the chart dims. */
  stale?: boolean;
  /** Heading level of the title (default 3). */
  level?: 2 | 3;
  children: (args: { width: number; idPrefix: string }) => ReactNode;
}

/** The caption lines shown under a chart and written into its SVG and PNG. */
export function captionLines(meta: ChartMeta): string[] {
  const lines: string[] = [];
  const measure = [
    meta.needBasis && `Need basis: ${meta.needBasis}.`,
    meta.attribution && `Attribution rule: ${meta.attribution}.`,
  ].filter(Boolean);
  if (measure.length) lines.push(measure.join(' '));
  else lines.push('Need basis and attribution rule: none apply; resources are shown as recorded.');
  lines.push(`Scope: ${meta.scope}.`);
  if (meta.sources.length)
    lines.push(
      `Sources: ${meta.sources
        .map((s) => `${s.name}${s.confidence ? ` (${s.confidence.toLowerCase()})` : ''}`)
        .join('; ')}.`,
    );
  for (const n of meta.notes ?? []) lines.push(n);
  if (meta.illustrative)
    lines.push('Illustrative: rests on generated demo data, not real figures.');
  return lines;
}

/** Today as YYYY-MM-DD, for the footers of downloads. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

export function ChartFrame(props: ChartFrameProps) {
  const { title, summary, legend, table, meta } = props;
  const idPrefix = `chart${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const bodyRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(bodyRef);
  const [asTable, setAsTable] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const Heading = props.level === 2 ? 'h2' : 'h3';
  const caption = captionLines(meta);
  const slug = fileSlug(title);

  const figureRef = useRef<HTMLElement>(null);
  const chartSvg = () => bodyRef.current?.querySelector<SVGSVGElement>('svg.chart-svg') ?? null;
  const exportFrame = (): ExportFrame => ({
    title,
    legend,
    swatches: [...(figureRef.current?.querySelectorAll('.legend li svg') ?? [])].map((el) =>
      new XMLSerializer().serializeToString(el),
    ),
    caption,
    link: meta.link ?? window.location.href,
    date: todayIso(),
  });

  function onSvg() {
    const svg = chartSvg();
    if (svg) downloadSvg(svg, exportFrame(), `${slug}.svg`);
  }
  function onPng() {
    const svg = chartSvg();
    if (!svg) return;
    setProblem(null);
    downloadPng(svg, exportFrame(), `${slug}.png`).catch((err: Error) => setProblem(err.message));
  }
  function onCsv() {
    const csv = toCsv(table, {
      ...meta,
      link: meta.link ?? window.location.href,
      date: todayIso(),
    });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${slug}.csv`);
  }

  return (
    <figure
      ref={figureRef}
      className={`chart-frame${props.stale ? ' is-stale' : ''}`}
      aria-busy={props.stale || undefined}
    >
      <div className="chart-head">
        <Heading className="chart-title">{title}</Heading>
        {meta.illustrative && <IllustrativeBadge />}
      </div>
      <div className="chart-toolbar">
        {props.controls}
        <button
          type="button"
          className="toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          Show as table
        </button>
        <span className="download-group" role="group" aria-label={`Download “${title}”`}>
          <button
            type="button"
            onClick={onSvg}
            disabled={asTable}
            aria-label="Download chart as SVG"
          >
            SVG
          </button>
          <button
            type="button"
            onClick={onPng}
            disabled={asTable}
            aria-label="Download chart as PNG"
          >
            PNG
          </button>
          <button type="button" onClick={onCsv} aria-label="Download data as CSV">
            CSV
          </button>
        </span>
      </div>
      {!asTable && <Legend items={legend} />}
      <div ref={bodyRef} className="chart-body">
        <div hidden={asTable}>{props.children({ width, idPrefix })}</div>
        {asTable && <ChartTable table={table} caption={title} />}
      </div>
      <FormError look="inline">{problem}</FormError>
      <p className="chart-summary">{summary}</p>
      <figcaption className="chart-caption">
        {caption.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </figcaption>
    </figure>
  );
}
