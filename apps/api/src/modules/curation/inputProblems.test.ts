import { describe, expect, it } from 'vitest';
import { argumentPath, invalidDataset, invalidInput, toInputProblems } from './inputProblems.ts';

const relationship = { record: 'relationships[0]', cited: 2, storedSources: 3 };

describe('argumentPath', () => {
  it('moves the input record back to the argument', () => {
    expect(argumentPath('relationships[0].status', relationship)).toBe('input.status');
    expect(argumentPath('relationships[0].amount.currency', relationship)).toBe(
      'input.amount.currency',
    );
    expect(
      argumentPath('sources[0].url', { record: 'sources[0]', cited: 0, storedSources: 0 }),
    ).toBe('input.url');
    expect(argumentPath(undefined, relationship)).toBe('input');
  });

  it('splits the cited sources into stored ids and new sources', () => {
    expect(argumentPath('relationships[0].sources', relationship)).toBe('input.sources');
    expect(argumentPath('relationships[0].sources[1]', relationship)).toBe('input.sources[1]');
    expect(argumentPath('relationships[0].sources[2]', relationship)).toBe(
      'input.newSources[0].id',
    );
    expect(argumentPath('sources[4].url', relationship)).toBe('input.newSources[1].url');
  });

  it('has no argument path for the stored records placed beside the input', () => {
    expect(argumentPath('sources[2].url', relationship)).toBeNull();
    expect(argumentPath('entities[0].kind', relationship)).toBeNull();
  });
});

describe('the BAD_USER_INPUT error', () => {
  it('names the first problem and lists every one, paths in messages moved too', () => {
    const problems = toInputProblems(
      [
        {
          file: 'input',
          path: 'sources[4].id',
          message: 'duplicate id "s" (first used at sources[3])',
        },
        { file: 'input', path: 'relationships[0].start', message: 'expected a date' },
      ],
      relationship,
    );
    const error = invalidInput(problems);
    expect(error.message).toBe(
      'input.newSources[1].id: duplicate id "s" (first used at input.newSources[0]) (and 1 more; see extensions.problems)',
    );
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.newSources[1].id',
      problems: [
        { path: 'input.newSources[1].id' },
        { path: 'input.start', message: 'expected a date' },
      ],
    });
  });

  it('reports a dataset’s problems at their JSON paths, or line and column', () => {
    const error = invalidDataset([
      { file: 'dataset', line: 3, column: 5, message: 'Unexpected token' },
    ]);
    expect(error.message).toBe('dataset:3:5: Unexpected token');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'dataset' });
  });
});
