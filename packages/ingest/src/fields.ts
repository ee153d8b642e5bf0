import { isPartialDate, type PartialDate } from '@detour/domain';
import { indexPath, keyPath, type Report } from './problems.ts';
import { didYouMean } from './suggest.ts';

export type JsonObject = Readonly<Record<string, unknown>>;

/** The longest id we accept: ids are keys, not prose. */
export const MAX_ID_LENGTH = 200;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type of a value, as a user would name it: "number", "array", "null" … */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** A value quoted for a message, cut short if long. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
}

/** "A", "A or B", "A, B or C". */
export function orList(words: readonly string[]): string {
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

/**
 * One JSON object being read as a record: typed getters that report what is wrong at the field's
 * path and return `undefined` for anything missing or invalid.
 */
export class Fields {
  private constructor(
    readonly report: Report,
    readonly path: string,
    private readonly object: JsonObject,
  ) {}

  /** Opens a value as a record with the given fields, reporting a non-object or unknown field. */
  static open(
    report: Report,
    path: string,
    value: unknown,
    known: readonly string[],
    what: string,
  ): Fields | undefined {
    if (!isObject(value)) {
      report.add(path, `expected ${what}, got ${jsonType(value)}`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        report.add(keyPath(path, key), `unknown field${didYouMean(key, known)}`);
      }
    }
    return new Fields(report, path, value);
  }

  at(key: string): string {
    return keyPath(this.path, key);
  }

  problem(key: string, message: string): void {
    this.report.add(this.at(key), message);
  }

  has(key: string): boolean {
    return Object.hasOwn(this.object, key);
  }

  get(key: string): unknown {
    return this.object[key];
  }

  /** Reports a missing field and returns false, so callers can `if (!f.required(k)) return`. */
  required(key: string): boolean {
    if (this.has(key)) return true;
    this.problem(key, 'missing required field');
    return false;
  }

  /** A required string with something in it. */
  text(key: string): string | undefined {
    return this.required(key) ? this.optionalText(key) : undefined;
  }

  optionalText(key: string): string | undefined {
    if (!this.has(key)) return undefined;
    return this.nonBlank(this.at(key), this.get(key));
  }

  /** An id: non-empty, no surrounding spaces, not too long, and not already in `seen`. */
  id(key: string, seen: Map<string, string>): string | undefined {
    const id = this.text(key);
    if (id === undefined) return undefined;
    if (id.trim() !== id) {
      this.problem(key, `must not start or end with spaces: ${quote(id)}`);
    } else if (id.length > MAX_ID_LENGTH) {
      this.problem(key, `must be at most ${MAX_ID_LENGTH} characters`);
    } else if (seen.has(id)) {
      this.problem(key, `duplicate id ${quote(id)} (first used at ${seen.get(id) ?? ''})`);
    } else {
      seen.set(id, this.path);
      return id;
    }
    return undefined;
  }

  /** A required value from a fixed list, such as an entity kind. */
  choice<T extends string>(key: string, allowed: readonly T[], noun: string): T | undefined {
    if (!this.required(key)) return undefined;
    const value = this.get(key);
    const found = allowed.find((option) => option === value);
    if (found !== undefined) return found;
    const list = allowed.join(', ');
    if (typeof value === 'string') {
      const hint = didYouMean(value, allowed);
      this.problem(key, `unknown ${noun} ${quote(value)}${hint}; expected one of ${list}`);
    } else {
      this.problem(key, `expected one of ${list}, got ${jsonType(value)}`);
    }
    return undefined;
  }

  /** An optional partial date: "2024", "2024-03" or "2024-03-15". */
  date(key: string): PartialDate | undefined {
    const value = this.optionalText(key);
    if (value === undefined || isPartialDate(value)) return value;
    this.problem(key, `expected a date like 2024, 2024-03 or 2024-03-15, got ${quote(value)}`);
    return undefined;
  }

  /** A string matching a pattern, e.g. a country code; optional unless `required`. */
  matching(key: string, pattern: RegExp, expected: string, required = false): string | undefined {
    const value = required ? this.text(key) : this.optionalText(key);
    if (value === undefined || pattern.test(value)) return value;
    this.problem(key, `expected ${expected}, got ${quote(value)}`);
    return undefined;
  }

  /** A finite number within bounds; required or optional. */
  number(key: string, min: number, max: number, required: boolean): number | undefined {
    if (required ? !this.required(key) : !this.has(key)) return undefined;
    const value = this.get(key);
    const range = max === Infinity ? `a number ≥ ${min}` : `a number from ${min} to ${max}`;
    if (typeof value !== 'number') this.problem(key, `expected ${range}, got ${jsonType(value)}`);
    else if (!Number.isFinite(value) || value < min || value > max) {
      this.problem(key, `expected ${range}, got ${value}`);
    } else return value;
    return undefined;
  }

  /** A required list of records to read one by one; empty when missing or not a list. */
  list(key: string, what: string): readonly unknown[] {
    if (!this.required(key)) return [];
    const value = this.get(key);
    if (Array.isArray(value)) return value;
    this.problem(key, `expected ${what}, got ${jsonType(value)}`);
    return [];
  }

  /** A list of non-blank strings; `undefined` if absent or invalid. */
  texts(key: string): string[] | undefined {
    if (!this.has(key)) return undefined;
    const value = this.get(key);
    if (!Array.isArray(value)) {
      this.problem(key, `expected an array of strings, got ${jsonType(value)}`);
      return undefined;
    }
    const items = value.map((item, i) => this.nonBlank(indexPath(this.at(key), i), item));
    return items.every((item) => item !== undefined) ? items : undefined;
  }

  /** A required, non-empty list of ids that must each be in `known`. */
  references(key: string, known: ReadonlySet<string>, noun: string): string[] | undefined {
    if (!this.required(key)) return undefined;
    const ids = this.texts(key);
    if (ids === undefined) return undefined;
    if (ids.length === 0) this.problem(key, `must list at least one ${noun}`);
    const unknown = ids.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id));
    for (const { id, i } of unknown) {
      this.report.add(indexPath(this.at(key), i), `unknown ${noun} ${quote(id)}`);
    }
    return ids.length > 0 && unknown.length === 0 ? ids : undefined;
  }

  private nonBlank(path: string, value: unknown): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    const message =
      typeof value === 'string' ? 'must not be empty' : `expected a string, got ${jsonType(value)}`;
    this.report.add(path, message);
    return undefined;
  }
}
