declare module 'svg-to-pdfkit' {
  import type PDFDocument from 'pdfkit';
  function SVGtoPDF(
    doc: InstanceType<typeof PDFDocument>,
    svg: string,
    x: number,
    y: number,
    options?: { width?: number; height?: number; assumePt?: boolean; preserveAspectRatio?: string },
  ): void;
  export default SVGtoPDF;
}
