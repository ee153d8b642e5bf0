import { optional } from '../optional.ts';
import type { Problem } from '../problems.ts';

/** Where each generated record came from, to turn a dataset path back into file:line. */
export interface Origin {
  readonly file: string;
  readonly lines: number[];
  /** Dataset field → the column it was read from. */
  readonly fields: Readonly<Record<string, string>>;
}

/** `relationships[3].to: unknown entity "x"` → `edges.csv:5: target: unknown entity "x"`. */
export function locate(problem: Problem, origins: Readonly<Record<string, Origin>>): Problem {
  const match = /^(entities|relationships)\[(\d+)\](?:\.(\w+))?(.*)$/.exec(problem.path ?? '');
  const origin = origins[match?.[1] ?? ''];
  const line = origin?.lines[Number(match?.[2])];
  if (match === null || origin === undefined || line === undefined) return problem;
  const field = match[3];
  const column = field === undefined ? undefined : (origin.fields[field] ?? field);
  const path = column === undefined ? undefined : `${column}${match[4] ?? ''}`;
  const message = problem.message.replace(
    /\(first used at (entities|relationships)\[(\d+)\]\)/,
    (_, list: string, i: string) =>
      `(first on line ${String(origins[list]?.lines[Number(i)] ?? '?')})`,
  );
  return { file: origin.file, line, ...optional('path', path), message };
}
