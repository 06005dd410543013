/**
 * A brief as PDF, made on the server from the stored content (pdfkit; charts drawn as vectors by
 * svg-to-pdfkit; no browser). Letter or A4. Every page carries the illustrative flag when any
 * figure rests on demo data, and a footer with the permalink, the date and the app version.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { chartSvg } from './charts';
import { AUDIENCE_LABEL, type BriefContent, type BriefRecommendation } from './types';

export type PaperSize = 'LETTER' | 'A4';

export interface BriefDocument {
  content: BriefContent;
  recommendations: BriefRecommendation[];
  permalink: string;
  createdAt: Date;
  appVersion: string;
  /** A sentence when newer data would change the figures. */
  newerData: string | null;
}

export const ILLUSTRATIVE_FLAG =
  'ILLUSTRATIVE: rests on generated demo data, not real figures. Do not quote as findings.';

const MARGIN = 54;
const INK = '#1b1f24';
const MUTED = '#4a5058';

export function briefPdf(b: BriefDocument, size: PaperSize = 'LETTER'): Promise<Buffer> {
  const doc = new PDFDocument({
    size,
    margins: { top: MARGIN + 18, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: b.content.title, Creator: `Fairshare ${b.appVersion}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const c = b.content;

  const heading = (text: string) => {
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12.5).fillColor(INK).text(text);
    doc.moveDown(0.25).font('Helvetica').fontSize(10);
  };
  const lines = (items: { label: string; value: string }[]) => {
    for (const l of items) {
      doc
        .font('Helvetica-Bold')
        .fontSize(9.5)
        .fillColor(INK)
        .text(`${l.label}: `, { continued: true });
      doc.font('Helvetica').text(l.value);
    }
  };

  doc.font('Helvetica-Bold').fontSize(18).fillColor(INK).text(c.title);
  doc.moveDown(0.4).font('Helvetica').fontSize(11).text(c.finding, { lineGap: 2 });
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(`Reproduce this view: ${b.permalink}`)
    .fillColor(INK);
  if (b.newerData) {
    doc
      .moveDown(0.4)
      .font('Helvetica-Oblique')
      .fontSize(9.5)
      .fillColor('#8a4b00')
      .text(b.newerData);
    doc.fillColor(INK);
  }

  heading('Headline figures');
  lines(c.figures.map((f) => ({ label: f.label, value: f.text })));

  for (const chart of c.charts) {
    const svg = chartSvg(chart, 640);
    const h = Number(/height="(\d+(\.\d+)?)"/.exec(svg)?.[1] ?? 300) * (width / 640);
    if (doc.y + h + 30 > doc.page.height - MARGIN - 10) doc.addPage();
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).fillColor(INK).text(chart.title);
    const top = doc.y + 4;
    // Drawn at its own size (640 wide) and scaled to the text width, so it never overflows.
    doc
      .save()
      .translate(MARGIN, top)
      .scale(width / 640);
    SVGtoPDF(doc, svg, 0, 0, { assumePt: true });
    doc.restore();
    doc.y = top + h + 4;
    doc.x = MARGIN;
  }

  heading('Recommendations');
  for (const r of b.recommendations) {
    doc.font('Helvetica-Bold').fontSize(10).text(AUDIENCE_LABEL[r.audience]);
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(r.text || '(none written)', { lineGap: 1 });
    doc.moveDown(0.3);
  }

  heading('Assumptions');
  lines(c.assumptions);
  heading('Uncertainty');
  lines(c.uncertainty);
  heading('Data vintages');
  lines(c.vintages);
  if (c.notes.length) {
    heading('Notes');
    for (const n of c.notes) doc.font('Helvetica').fontSize(9.5).text(`• ${n}`);
  }
  heading('Sources');
  for (const s of c.citations) {
    const flags = [s.confidence?.toLowerCase(), s.illustrative ? 'illustrative' : null]
      .filter(Boolean)
      .join(', ');
    const parts = [
      s.name,
      s.citation === s.name ? null : s.citation,
      s.vintage ? `Vintage ${s.vintage}` : null,
      s.url,
    ]
      .filter((p): p is string => Boolean(p))
      .map((p) => p.trim().replace(/\.+$/, ''));
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(`${parts.join('. ')}${flags ? ` (${flags})` : ''}.`, { lineGap: 1 });
    doc.moveDown(0.2);
  }

  // Header flag and footer on every page, written once the page count is known.
  const range = doc.bufferedPageRange();
  const date = b.createdAt.toISOString().slice(0, 10);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (c.illustrative) {
      doc.rect(MARGIN, 24, width, 22).fill('#fff4d6');
      doc
        .font('Helvetica-Bold')
        .fontSize(9)
        .fillColor('#6b3d00')
        .text(ILLUSTRATIVE_FLAG, MARGIN + 6, 31, { width: width - 12, lineBreak: false });
    }
    doc
      .font('Helvetica')
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(
        `${b.permalink} · made ${date} · Fairshare ${b.appVersion} · page ${i + 1} of ${range.count}`,
        MARGIN,
        doc.page.height - MARGIN + 14,
        { width, lineBreak: false, ellipsis: true },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
