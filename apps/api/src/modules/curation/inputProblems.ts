/**
 * Problems found by the dataset validator, moved from the one-record dataset the input was placed
 * in (`relationships[0].status`, `sources[2].url`) back to the argument (`input.status`,
 * `input.newSources[0].url`), and the BAD_USER_INPUT error that lists them.
 */
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { formatProblem, type Problem } from '@detour/ingest';
import { ERROR_CODES } from '../../errors.ts';

/** One problem with an input record, as clients see it in `extensions.problems`. */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

/** Where the input sits in the one-record dataset. */
export interface Layout {
  /** The input record: `sources[0]`, `entities[0]` or `relationships[0]`. */
  readonly record: string;
  /** How many of its `sources` are ids from `input.sources`; the rest are `input.newSources`. */
  readonly cited: number;
  /** How many stored sources come first in the dataset's `sources`, before `input.newSources`. */
  readonly storedSources: number;
}

const SOURCE_ITEM = /^sources\[(\d+)\](.*)$/;
const CITED_ITEM = /^\.sources\[(\d+)\](.*)$/;
const FIRST_USED = /\(first used at ([^)]+)\)/;

/** The argument path for a dataset path; null for a problem with stored context records. */
export function argumentPath(path: string | undefined, layout: Layout): string | null {
  if (path === undefined || path === '') return 'input';
  if (path === layout.record || path.startsWith(`${layout.record}.`)) {
    const rest = path.slice(layout.record.length);
    const cited = CITED_ITEM.exec(rest);
    if (cited === null || layout.record.startsWith('sources')) return `input${rest}`;
    const index = Number(cited[1]);
    return index < layout.cited
      ? `input.sources[${String(index)}]${cited[2] ?? ''}`
      : `input.newSources[${String(index - layout.cited)}].id`;
  }
  const source = SOURCE_ITEM.exec(path);
  const index = Number(source?.[1]);
  if (source !== null && index >= layout.storedSources) {
    return `input.newSources[${String(index - layout.storedSources)}]${source[2] ?? ''}`;
  }
  return null;
}

/** The validator's problems in terms of the argument. */
export function toInputProblems(problems: readonly Problem[], layout: Layout): InputProblem[] {
  return problems.map((problem) => {
    const message = problem.message.replace(
      FIRST_USED,
      (whole, at: string) => `(first used at ${argumentPath(at, layout) ?? at})`,
    );
    const path = argumentPath(problem.path, layout);
    if (path !== null) return { path, message };
    return { path: 'input', message: `stored record ${problem.path ?? ''}: ${message}` };
  });
}

/** Every problem with an input record, named by its argument path (`input.status`). */
export function invalidInput(problems: readonly InputProblem[]): GraphQLError {
  const first = problems[0] ?? { path: 'input', message: 'invalid' };
  return badInput(first.path, `${first.path}: ${first.message}`, problems);
}

/** Every problem with a dataset's text, each at its JSON path or line and column. */
export function invalidDataset(problems: readonly Problem[]): GraphQLError {
  const first = problems[0];
  return badInput(
    'dataset',
    first === undefined ? 'dataset: invalid' : formatProblem(first),
    problems,
  );
}

/**
 * One BAD_USER_INPUT error for all the problems: the message names the first, `argument` the
 * argument at fault, and `problems` lists every one.
 */
function badInput(
  argument: string,
  message: string,
  problems: readonly (InputProblem | Problem)[],
): GraphQLError {
  const more = problems.length - 1;
  const suffix = more > 0 ? ` (and ${String(more)} more; see extensions.problems)` : '';
  return createGraphQLError(message + suffix, {
    extensions: {
      code: 'BAD_USER_INPUT',
      argument,
      problems,
      http: { status: ERROR_CODES.BAD_USER_INPUT },
    },
  });
}
