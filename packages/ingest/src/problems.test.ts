import { describe, expect, it } from 'vitest';
import { formatProblem, keyPath, limitProblems, MAX_PROBLEMS } from './problems.ts';

describe('problems', () => {
  it('prints a path problem and a positioned problem the way editors and terminals expect', () => {
    expect(
      formatProblem({
        file: 'seed.json',
        path: 'relationships[3].to',
        message: 'unknown entity "yunda"',
      }),
    ).toBe('seed.json: relationships[3].to: unknown entity "yunda"');
    expect(
      formatProblem({
        file: 'seed.json',
        line: 12,
        column: 5,
        message: "Unexpected token '}' in JSON",
      }),
    ).toBe("seed.json:12:5: Unexpected token '}' in JSON");
    expect(formatProblem({ file: 'seed.json', message: 'not valid UTF-8 text' })).toBe(
      'seed.json: not valid UTF-8 text',
    );
  });

  it('summarises problems past the limit in one line', () => {
    const many = Array.from({ length: MAX_PROBLEMS + 1 }, (_, i) => ({
      file: 'a.json',
      message: `p${i}`,
    }));
    const limited = limitProblems(many, 'a.json');
    expect(limited).toHaveLength(MAX_PROBLEMS + 1);
    expect(limited.at(-1)?.message).toBe('… and 1 more problem');
    expect(limitProblems(many.slice(1), 'a.json')).toHaveLength(MAX_PROBLEMS);
  });

  it('quotes keys that are not plain names', () => {
    expect(keyPath('entities[0]', 'my key')).toBe('entities[0]["my key"]');
    expect(keyPath('', 'format')).toBe('format');
  });
});
