import { isPartialDate, type PartialDate } from '@detour/domain';
import { keyPath, type Problem } from '../problems.ts';
import type { FtmRecord } from './ftmLines.ts';

const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const DATE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Typed reads of one FtM record's properties. FtM stores every value as a string, so numbers
 * and dates are parsed here; a bad value is a problem at `file:line: properties.prop[i]`.
 */
export class FtmProps {
  constructor(
    readonly record: FtmRecord,
    private readonly file: string,
    private readonly problems: Problem[],
  ) {}

  values(prop: string): readonly string[] {
    return this.record.properties.get(prop) ?? [];
  }

  first(...props: string[]): string | undefined {
    for (const prop of props) {
      const [value] = this.values(prop);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  path(prop: string, index: number): string {
    return `${keyPath('properties', prop)}[${String(index)}]`;
  }

  problem(path: string, message: string): void {
    this.problems.push({ file: this.file, line: this.record.line, path, message });
  }

  /** The first value as a number from `min` to `max`; a trailing "%" is allowed for shares. */
  number(prop: string, min: number, max: number): number | undefined {
    const [text] = this.values(prop);
    if (text === undefined) return undefined;
    const plain = text.replace(/\s*%$/, '');
    const value = NUMBER.test(plain) ? Number(plain) : NaN;
    if (Number.isNaN(value)) {
      this.problem(this.path(prop, 0), `expected a number, got ${JSON.stringify(text)}`);
    } else if (value < min || value > max) {
      const range = max === Infinity ? `≥ ${String(min)}` : `from ${String(min)} to ${String(max)}`;
      this.problem(this.path(prop, 0), `expected a number ${range}, got ${text}`);
    } else return value;
    return undefined;
  }

  /** The first value of the first property given, as an ISO partial date. */
  date(...props: string[]): PartialDate | undefined {
    const prop = props.find((p) => this.values(p).length > 0);
    if (prop === undefined) return undefined;
    const [text = ''] = this.values(prop);
    const date = DATE.exec(text)?.[1];
    if (date !== undefined && isPartialDate(date)) return date;
    this.problem(
      this.path(prop, 0),
      `expected a date like 2024, 2024-03 or 2024-03-15, got ${JSON.stringify(text)}`,
    );
    return undefined;
  }
}
