/**
 * Colours and second encodings. Colours are Okabe & Ito's colour-blind-safe set; every series
 * also differs in a second way that survives greyscale printing and colour-vision deficiency:
 * a fill pattern for areas and bars, a dash pattern and a marker shape for lines and dots.
 */
import type { TraffickingType } from '../generated/graphql';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
export type FillPattern = 'solid' | 'hatch' | 'dots' | 'cross';

export interface SeriesStyle {
  color: string;
  pattern: FillPattern;
  /** SVG stroke-dasharray; '' for a solid line. */
  dash: string;
  marker: MarkerShape;
}

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#6B6B6B',
} as const;

export const TYPE_STYLE: Record<TraffickingType, SeriesStyle> = {
  LABOR: { color: OKABE_ITO.blue, pattern: 'solid', dash: '', marker: 'circle' },
  SEX: { color: OKABE_ITO.vermillion, pattern: 'hatch', dash: '6 3', marker: 'square' },
  BOTH: { color: OKABE_ITO.bluishGreen, pattern: 'dots', dash: '2 3', marker: 'triangle' },
  UNSPECIFIED: { color: OKABE_ITO.grey, pattern: 'cross', dash: '9 3 2 3', marker: 'diamond' },
};

/** Styles for comparing entities (a funder against the field, up to four funders). */
export const COMPARISON_STYLES: readonly SeriesStyle[] = [
  { color: OKABE_ITO.black, pattern: 'solid', dash: '', marker: 'circle' },
  { color: OKABE_ITO.reddishPurple, pattern: 'hatch', dash: '6 3', marker: 'square' },
  { color: OKABE_ITO.skyBlue, pattern: 'dots', dash: '2 3', marker: 'triangle' },
  { color: OKABE_ITO.orange, pattern: 'cross', dash: '9 3 2 3', marker: 'diamond' },
  { color: OKABE_ITO.bluishGreen, pattern: 'solid', dash: '1 2', marker: 'circle' },
];

/** A neutral style for single-series charts (totals, gaps). */
export const NEUTRAL_STYLE: SeriesStyle = {
  color: OKABE_ITO.blue,
  pattern: 'solid',
  dash: '',
  marker: 'circle',
};

/** Ink for axes, gridlines and labels (AA contrast on the page background). */
export const INK = { text: '#1b1f24', muted: '#4a5058', grid: '#d9dce0', axis: '#6b7078' } as const;

/**
 * Labor's equity ratio in seven classes around parity (ColorBrewer PuOr, colour-blind safe):
 * orange below parity, pale at parity (0.8–1.25), purple above. Limits are symmetric on a log scale.
 */
export const RATIO_CLASSES: ReadonlyArray<{
  min: number;
  max: number;
  color: string;
  text: string;
  label: string;
}> = [
  { min: 0, max: 0.25, color: '#b35806', text: '#ffffff', label: 'under 0.25' },
  { min: 0.25, max: 0.5, color: '#f1a340', text: '#1b1f24', label: '0.25–0.5' },
  { min: 0.5, max: 0.8, color: '#fee0b6', text: '#1b1f24', label: '0.5–0.8' },
  { min: 0.8, max: 1.25, color: '#f7f7f7', text: '#1b1f24', label: '0.8–1.25 (near parity)' },
  { min: 1.25, max: 2, color: '#d8daeb', text: '#1b1f24', label: '1.25–2' },
  { min: 2, max: 4, color: '#998ec3', text: '#1b1f24', label: '2–4' },
  { min: 4, max: Infinity, color: '#542788', text: '#ffffff', label: '4 and over' },
];

export const NO_DATA_COLOR = '#e3e5e8';

/** The class of an equity ratio (null: no data). */
export function ratioClass(ratio: number | null): (typeof RATIO_CLASSES)[number] | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  return RATIO_CLASSES.find((c) => ratio >= c.min && ratio < c.max) ?? RATIO_CLASSES[6]!;
}

/** Styles of the fan chart's marks, shared by the renderer and the legend. */
export const FAN_STYLE = {
  band: { color: OKABE_ITO.skyBlue, pattern: 'solid', dash: '', marker: 'square' },
  median: { color: OKABE_ITO.blue, pattern: 'solid', dash: '', marker: 'circle' },
  baseline: { color: OKABE_ITO.black, pattern: 'solid', dash: '6 4', marker: 'diamond' },
} as const satisfies Record<string, SeriesStyle>;

/** Styles of the tornado's two ends: an input at its low end, and at its high end. */
export const TORNADO_STYLE = {
  low: { color: OKABE_ITO.orange, pattern: 'hatch', dash: '', marker: 'square' },
  high: { color: OKABE_ITO.bluishGreen, pattern: 'solid', dash: '', marker: 'circle' },
} as const satisfies Record<string, SeriesStyle>;
