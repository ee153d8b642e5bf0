/**
 * Where two JSON-like values first differ, as a path and both values ("items[3][1]: 12 ≠ 13"),
 * or null when they are equal: for saying what the API answered differently from the floor.
 */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b)) return null;
  const here = path === '' ? '(whole)' : path;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const found = firstDifference(a[i], b[i], `${path}[${String(i)}]`);
      if (found !== null) return found;
    }
    return a.length === b.length
      ? null
      : `${here}: ${String(a.length)} items ≠ ${String(b.length)} items`;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const found = firstDifference(a[key], b[key], path === '' ? key : `${path}.${key}`);
      if (found !== null) return found;
    }
    return null;
  }
  return `${here}: ${show(a)} ≠ ${show(b)}`;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
