/** Styles of the tornado's two ends: an input at its low end, and at its high end. */
import { OKABE_ITO, type SeriesStyle } from '../../charts/palette';

export const TORNADO_STYLE = {
  low: { color: OKABE_ITO.orange, pattern: 'hatch', dash: '', marker: 'square' },
  high: { color: OKABE_ITO.bluishGreen, pattern: 'solid', dash: '', marker: 'circle' },
} as const satisfies Record<string, SeriesStyle>;
