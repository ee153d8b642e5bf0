import { isObject, jsonType } from '../fields.ts';
import { parseJsonText } from '../jsonText.ts';
import { keyPath, limitProblems, type Problem, type ReadResult } from '../problems.ts';

/** One FollowTheMoney entity: `{"id", "schema", "properties": {prop: [values]}}` on one line. */
export interface FtmRecord {
  readonly line: number;
  readonly id: string;
  readonly schema: string;
  readonly properties: ReadonlyMap<string, readonly string[]>;
}

/** One line's properties: every value a list of strings (text, dates, numbers or entity ids). */
function readProperties(
  value: unknown,
  at: (path: string, message: string) => void,
): Map<string, string[]> {
  const properties = new Map<string, string[]>();
  if (value === undefined) return properties;
  if (!isObject(value)) {
    at('properties', `expected an object of property lists, got ${jsonType(value)}`);
    return properties;
  }
  for (const [prop, values] of Object.entries(value)) {
    const path = keyPath('properties', prop);
    if (!Array.isArray(values)) {
      at(path, `expected an array of strings, got ${jsonType(values)}`);
      continue;
    }
    const strings = values.filter((item): item is string => typeof item === 'string');
    if (strings.length !== values.length) {
      const bad: unknown = values.find((item: unknown) => typeof item !== 'string');
      at(`${path}[${String(values.indexOf(bad))}]`, `expected a string, got ${jsonType(bad)}`);
      continue;
    }
    properties.set(
      prop,
      strings.map((item) => item.trim()).filter((item) => item !== ''),
    );
  }
  return properties;
}

/** What is wrong with an `id` or `schema` value, if anything. */
function textProblem(value: unknown): string | undefined {
  if (value === undefined) return 'missing required field';
  if (typeof value !== 'string') return `expected a string, got ${jsonType(value)}`;
  if (value.trim() === '') return 'must not be empty';
  return value.trim() === value
    ? undefined
    : `must not start or end with spaces: ${JSON.stringify(value)}`;
}

/**
 * FollowTheMoney JSON lines → records, one per non-blank line, or every problem: JSON syntax with
 * its line and column, a line that is not an entity, a duplicate id (fragments of one entity
 * must be aggregated first, e.g. with `ftm aggregate`).
 */
export function ftmLines(text: string, file: string): ReadResult<FtmRecord[]> {
  const problems: Problem[] = [];
  const records: FtmRecord[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, index) => {
    const line = index + 1;
    if (lineText.trim() === '') return;
    const at = (path: string, message: string): void => {
      problems.push({ file, line, path, message });
    };
    const parsed = parseJsonText(lineText, file);
    if (!parsed.ok) {
      for (const p of parsed.problems) problems.push({ ...p, line });
      return;
    }
    const json = parsed.value;
    if (!isObject(json)) {
      problems.push({ file, line, message: `expected an entity object, got ${jsonType(json)}` });
      return;
    }
    const { id, schema } = json;
    const idProblem = textProblem(id);
    if (idProblem !== undefined) at('id', idProblem);
    const schemaProblem = textProblem(schema);
    if (schemaProblem !== undefined) at('schema', schemaProblem);
    const properties = readProperties(json['properties'], at);
    if (typeof id !== 'string' || typeof schema !== 'string') return;
    if (idProblem !== undefined || schemaProblem !== undefined) return;
    const first = seen.get(id);
    if (first !== undefined) {
      at('id', `duplicate id ${JSON.stringify(id)} (first on line ${String(first)})`);
      return;
    }
    seen.set(id, line);
    records.push({ line, id, schema, properties });
  });
  if (problems.length > 0) return { ok: false, problems: limitProblems(problems, file) };
  return { ok: true, value: records };
}
