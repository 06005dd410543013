/** Styles of the fan chart's marks, shared by the renderer and the legend. */
import { OKABE_ITO, type SeriesStyle } from '../../charts/palette';

export const FAN_STYLE = {
  band: { color: OKABE_ITO.skyBlue, pattern: 'solid', dash: '', marker: 'square' },
  median: { color: OKABE_ITO.blue, pattern: 'solid', dash: '', marker: 'circle' },
  baseline: { color: OKABE_ITO.black, pattern: 'solid', dash: '6 4', marker: 'diamond' },
} as const satisfies Record<string, SeriesStyle>;
