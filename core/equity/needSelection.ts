/**
 * Which need figure a scope uses (docs/methodology.md, "Equity metrics"): the vintage nearest each resource year and
 * the most specific geography that contains the scope and has figures. The caller returns both
 * choices with the result, so a reader sees which figure the answer rests on.
 */

/**
 * The available year nearest `year`; a tie goes to the EARLIER year, because that figure existed
 * at the time the resources were spent (the later one is hindsight). Null when none is available.
 */
export function nearestNeedYear(available: readonly number[], year: number): number | null {
  let best: number | null = null;
  for (const candidate of available) {
    if (!Number.isFinite(candidate)) continue;
    const distance = Math.abs(candidate - year);
    const bestDistance = best === null ? Infinity : Math.abs(best - year);
    if (
      distance < bestDistance ||
      (distance === bestDistance && best !== null && candidate < best)
    ) {
      best = candidate;
    }
  }
  return best;
}

/** The geographic part of a scope: US postal codes ('CA', or 'US-CA') and ISO countries ('US'). */
export interface GeographyScope {
  usStates?: readonly string[];
  countries?: readonly string[];
}

/**
 * The most specific geography that contains the whole scope and is in `available`:
 * 1. the state 'US-XX' when the scope is exactly one US state (and no country other than US);
 * 2. else the scope's country, when the scope lies in one country: its only country, 'US' when it
 *    names US states and no other country, or 'US' when it names no geography at all (the product's
 *    home country is considered first);
 * 3. else 'WORLD' (a scope over several countries, or 'WORLD' named as a country, lands here);
 * 4. else null: no figure contains the scope.
 */
export function chooseGeography(
  scope: GeographyScope,
  available: readonly string[],
): string | null {
  const has = new Set(available.map((code) => code.toUpperCase()));
  const states = new Set((scope.usStates ?? []).map((s) => s.toUpperCase().replace(/^US-/, '')));
  const countries = new Set((scope.countries ?? []).map((c) => c.toUpperCase()));
  if (states.size > 0) countries.add('US');
  if (countries.size === 0) countries.add('US');

  const onlyCountry = countries.size === 1 ? [...countries][0] : undefined;
  const onlyState = states.size === 1 ? [...states][0] : undefined;
  if (onlyCountry === 'US' && onlyState !== undefined && has.has(`US-${onlyState}`)) {
    return `US-${onlyState}`;
  }
  if (onlyCountry !== undefined && onlyCountry !== 'WORLD' && has.has(onlyCountry)) {
    return onlyCountry;
  }
  return has.has('WORLD') ? 'WORLD' : null;
}
