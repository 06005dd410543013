/**
 * Whole numbers in words meant for people, without Intl: a page's first Intl call builds ICU's
 * number formatter, a long task on a phone while the Scenario studio first renders.
 */

/** n rounded to a whole number (half away from zero) with comma thousands separators: 1234567.5 -> "1,234,568". */
export function groupedWhole(n: number): string {
  const rounded = Math.sign(n) * Math.round(Math.abs(n));
  const sign = rounded < 0 ? '-' : '';
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
