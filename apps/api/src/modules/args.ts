import { badInput } from '../errors.ts';

/** Validates an integer argument against its documented bounds, naming it when it is out of range. */
export function boundedInt(
  name: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(
      name,
      `must be an integer from ${String(min)} to ${String(max)}, got ${String(n)}`,
    );
  }
  return n;
}

export function boundedString(name: string, value: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badInput(
      name,
      `must be ${String(min)}–${String(max)} characters long, got ${String(trimmed.length)}`,
    );
  }
  return trimmed;
}
