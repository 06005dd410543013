/**
 * The cell key method (docs/methodology.md, "Disclosure control"): every record carries a
 * permanent random key, an integer in [0, KEY_MODULUS); a cell's key is the sum of its records'
 * keys modulo KEY_MODULUS, computed in the SQL that sums the cell. The noise a cell gets is a fixed
 * function of its key and its value (the perturbation table), so the same records always get the
 * same noise, whichever query asks: repeating or averaging a question never converges on the
 * truth, and differencing two cells leaves the noise of both.
 *
 * Counts (survivors served) get additive noise in -D..D; cells whose perturbed value falls below
 * the threshold are not published. Magnitudes (dollars, participant-hours, studies) from datasets
 * a caller sees only pooled get noise proportional to the cell's largest contribution, so no
 * single record can be read back to within 10% of its value.
 */

/** Record keys are integers in [0, KEY_MODULUS); cell keys add them modulo it. */
export const KEY_MODULUS = 2 ** 32;

/** D: the largest noise added to a count. */
export const COUNT_MAX_NOISE = 4;

/** Magnitude noise is ±(MIN..MAX) times the cell's largest contribution. */
export const MAGNITUDE_NOISE_MIN = 0.1;
export const MAGNITUDE_NOISE_MAX = 0.3;

/** The parameters a reader of "Sources & methods" is told. */
export interface CellKeyParameters {
  threshold: number;
  countMaxNoise: number;
  /** Variance of the noise on a count of D or more: D(D+1)/3. */
  countNoiseVariance: number;
  magnitudeNoiseMin: number;
  magnitudeNoiseMax: number;
}

export function cellKeyParameters(threshold: number): CellKeyParameters {
  return {
    threshold,
    countMaxNoise: COUNT_MAX_NOISE,
    countNoiseVariance: (COUNT_MAX_NOISE * (COUNT_MAX_NOISE + 1)) / 3,
    magnitudeNoiseMin: MAGNITUDE_NOISE_MIN,
    magnitudeNoiseMax: MAGNITUDE_NOISE_MAX,
  };
}

/** murmur3's 32-bit finalizer: spreads every bit of the input over the output. */
function fmix32(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The perturbation table's column for a cell: a uniform number in [0, 1) from the cell key and a
 * salt. Mixing breaks the linearity of key sums (key(A + x) - key(A) = key(x) for every A), so the
 * noises of two cells that differ by one record are unrelated.
 */
export function keyUniform(cellKey: number, salt: number): number {
  const key = ((Math.trunc(cellKey) % KEY_MODULUS) + KEY_MODULUS) % KEY_MODULUS;
  const lo = key >>> 0;
  const hi = Math.floor(key / 2 ** 16) >>> 0;
  const h = fmix32(fmix32(lo ^ Math.imul(salt | 0, 0x9e3779b9)) + hi + 0x7f4a7c15);
  return h / 2 ** 32;
}

/**
 * Noise for a count `value` with cell key `cellKey`: uniform over -m..m with m = min(D, value),
 * so the mean is 0, the variance m(m+1)/3 (20/3 for D = 4) and the result is never negative.
 * A count of 0 gets no noise.
 */
export function countNoise(cellKey: number, value: number, maxNoise = COUNT_MAX_NOISE): number {
  const v = Math.max(0, Math.round(value));
  const m = Math.min(maxNoise, v);
  if (m === 0) return 0;
  const column = Math.floor(keyUniform(cellKey, v) * (2 * m + 1));
  return column - m;
}

/** A figure as published: null when it may not be shown. */
export interface Published {
  value: number | null;
  /** True when noise was added or the figure was withheld. */
  protected: boolean;
}

/**
 * A count as published to someone who may not see it exact: value + countNoise, withheld when that
 * is 1..threshold-1 or when a non-zero count was perturbed to 0 (a 0 is shown only when true).
 */
export function publishCount(cellKey: number, value: number, threshold: number): Published {
  if (value === 0) return { value: 0, protected: true };
  const perturbed = Math.round(value) + countNoise(cellKey, value);
  if (perturbed < threshold) return { value: null, protected: true };
  return { value: perturbed, protected: true };
}

/**
 * Multiplier δ of a magnitude cell's largest contribution: ±(MIN + (MAX - MIN)·w), the sign and w
 * from the cell key; symmetric, so the mean is 0, and |δ| ≥ MIN always.
 */
export function magnitudeFactor(cellKey: number): number {
  const u = keyUniform(cellKey, 0x6d61676e);
  const sign = u < 0.5 ? -1 : 1;
  const w = (u * 2) % 1;
  return sign * (MAGNITUDE_NOISE_MIN + (MAGNITUDE_NOISE_MAX - MAGNITUDE_NOISE_MIN) * w);
}

/**
 * A sum of magnitudes as published: sum + δ·largest (δ from magnitudeFactor), rounded to cents.
 * Since largest ≤ sum and |δ| ≤ 0.3, the result stays positive.
 */
export function publishMagnitude(cellKey: number, sum: number, largest: number): number {
  if (sum === 0) return 0;
  return Math.round((sum + magnitudeFactor(cellKey) * largest) * 100) / 100;
}
