/** A parameter's label as people read it, saying which trafficking type it belongs to. */
export function parameterLabel(key: string, label: string): string {
  const [head, tail] = key.split('.');
  const sentence = `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
  if (head === 'labor') return `Labor: ${label}`;
  if (head === 'sex') return `Sex: ${label}`;
  if (head === 'categoryCostPerSurvivor' && tail) {
    return `${tail.charAt(0)}${tail.slice(1).toLowerCase().replace('_', ' ')}: ${label}`;
  }
  return sentence;
}
