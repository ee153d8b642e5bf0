/** One thing wrong with a file, located as precisely as we can. */
export interface Problem {
  readonly file: string;
  /** Where in the document, as a JSON path such as `entities[4].kind`. */
  readonly path?: string;
  /** 1-based position in the text, for syntax and encoding problems. */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** What every reader returns: the value, or every problem found (never just the first). */
export type ReadResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** More than this and the rest are summarised in one final problem. */
export const MAX_PROBLEMS = 200;

/**
 * One line for a terminal or log: `seed.json: relationships[3].to: unknown entity "yunda"`, or
 * `seed.json:12:5: Unexpected token '}' in JSON` when the problem has a position.
 */
export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}`;
  if (p.line !== undefined && p.column !== undefined) where += `:${p.column}`;
  return p.path === undefined ? `${where}: ${p.message}` : `${where}: ${p.path}: ${p.message}`;
}

/** Keeps the first MAX_PROBLEMS and says how many more there were. */
export function limitProblems(problems: readonly Problem[], file: string): readonly Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  const more = `… and ${rest} more ${rest === 1 ? 'problem' : 'problems'}`;
  return [...problems.slice(0, MAX_PROBLEMS), { file, message: more }];
}

/** Collects problems for one file while a validator walks it. */
export class Report {
  readonly problems: Problem[] = [];

  constructor(readonly file: string) {}

  /** A problem at a JSON path; the empty path means the document as a whole. */
  add(path: string, message: string): void {
    this.problems.push(
      path === '' ? { file: this.file, message } : { file: this.file, path, message },
    );
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `entities[0]` + `kind` → `entities[0].kind`; odd keys are quoted: `entities[0]["my key"]`. */
export function keyPath(parent: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}
