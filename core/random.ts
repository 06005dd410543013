/**
 * Seeded pseudo-random numbers for reproducible simulation (Monte Carlo bands, jittered demo data,
 * property tests). Pure and portable: no Math.random, no crypto, runs in Node and in a Web Worker.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state,
 * passes PractRand to multiple terabytes), seeded through splitmix32 so that nearby seeds
 * (1, 2, 3, ...) give unrelated streams.
 */

/** A stream of uniform numbers in [0, 1). */
export type Rng = () => number;

/** splitmix32 step: a well-mixed 32-bit value from a 32-bit counter. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A seeded uniform generator on [0, 1) with 32 bits of resolution: the same seed gives the same
 * sequence on every platform. The seed is read as a 32-bit integer (`seed >>> 0` after truncation).
 */
export function createRng(seed: number): Rng {
  const s = Math.trunc(Number.isFinite(seed) ? seed : 0) >>> 0;
  let a = splitmix32(s);
  let b = splitmix32(s + 0x6d2b79f5);
  let c = splitmix32(s + 0x2f6b3a1d);
  let d = 1; // the counter; sfc32 guarantees a period of at least 2^32 from it
  const next: Rng = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs, as the sfc32 author recommends, to decorrelate the seed mixing.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Uniform on [low, high). */
export function uniform(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng();
}

/** Standard normal by Box–Muller (one value per call; 1 - u keeps the logarithm finite). */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  const u = 1 - rng();
  const v = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Lognormal: exp(N(mu, sigma)); median exp(mu). */
export function lognormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(normal(rng, mu, sigma));
}

/**
 * Triangular(low, mode, high) by its inverse CDF:
 * F^-1(u) = low + sqrt(u (high-low)(mode-low)) if u < (mode-low)/(high-low),
 * else high - sqrt((1-u)(high-low)(high-mode)). One uniform per draw.
 */
export function triangularFromUniform(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const split = (mode - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}

/** Triangular(low, mode, high) drawn from `rng`. */
export function triangular(rng: Rng, low: number, mode: number, high: number): number {
  return triangularFromUniform(rng(), low, mode, high);
}
