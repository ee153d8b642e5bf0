/** The benchmark sizes of research/performance-anchors.md: entities and relationships. */
export const NETWORK_SIZES = {
  S: { entities: 10_000, relationships: 100_000 },
  M: { entities: 100_000, relationships: 1_000_000 },
  L: { entities: 1_000_000, relationships: 10_000_000 },
} as const;

export type NamedSize = keyof typeof NETWORK_SIZES;

export interface CustomSize {
  readonly entities: number;
  readonly relationships: number;
}

/** A named size, or explicit targets (tests use small ones such as 1,000 / 10,000). */
export type NetworkSize = NamedSize | CustomSize;

export interface NetworkOptions {
  readonly size: NetworkSize;
  /** Any 32-bit unsigned integer; same seed and size → byte-identical output. */
  readonly seed: number;
}

/** Below this the fixed catalogue (providers, vendors, chips …) would crowd out the network. */
export const MIN_ENTITIES = 500;

export function isNamedSize(value: string): value is NamedSize {
  return Object.hasOwn(NETWORK_SIZES, value);
}

export function sizeTargets(size: NetworkSize): CustomSize {
  return typeof size === 'string' ? NETWORK_SIZES[size] : size;
}

/** "s", "m", "l" or "1000x10000": used in the dataset id and every record id. */
export function sizeLabel(size: NetworkSize): string {
  return typeof size === 'string'
    ? size.toLowerCase()
    : `${String(size.entities)}x${String(size.relationships)}`;
}

/** Checks that the targets are whole numbers the generator can reach. */
export function checkOptions({ size, seed }: NetworkOptions): void {
  const { entities, relationships } = sizeTargets(size);
  if (!Number.isSafeInteger(entities) || entities < MIN_ENTITIES) {
    throw new RangeError(
      `entities: expected a whole number of at least ${String(MIN_ENTITIES)}, got ${String(entities)}`,
    );
  }
  if (!Number.isSafeInteger(relationships) || relationships < 3 * entities) {
    throw new RangeError(
      `relationships: expected a whole number of at least 3 × entities (${String(3 * entities)}), got ${String(relationships)}`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed: expected an integer from 0 to 4294967295, got ${String(seed)}`);
  }
}
