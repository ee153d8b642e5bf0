/**
 * `{ [key]: value }`, or `{}` when the value is undefined: how records leave optional fields out
 * entirely (exactOptionalPropertyTypes) instead of setting them to undefined.
 */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  const result: Partial<Record<K, V>> = {};
  if (value !== undefined) result[key] = value;
  return result;
}
