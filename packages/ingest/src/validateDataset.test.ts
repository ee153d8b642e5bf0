import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems.ts';
import { readDataset } from './readDataset.ts';
import { problemsAfter, type Json } from './testing/draft.ts';

describe('the top level and the dataset record', () => {
  it('requires a JSON object', () => {
    const result = readDataset('[]', 'seed.json');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'seed.json: expected a JSON object with "format", "dataset", "sources", "entities" and "relationships", got array',
    ]);
  });

  it('requires the format name, exactly', () => {
    expect(problemsAfter((d) => (d.format = 'detour.dataset/v2'))).toEqual([
      'seed.json: format: expected "detour.dataset/v1", got "detour.dataset/v2"',
    ]);
    expect(problemsAfter((d) => delete d.format)).toEqual([
      'seed.json: format: missing required field; expected "detour.dataset/v1"',
    ]);
  });

  it('flags unknown top-level fields and suggests the likely one', () => {
    expect(
      problemsAfter((d) => {
        const top: Json = d;
        top.relationship = top.relationships;
        delete top.relationships;
      }),
    ).toEqual([
      'seed.json: relationship: unknown field (did you mean "relationships"?)',
      'seed.json: relationships: missing required field',
    ]);
  });

  it('requires the lists to be arrays', () => {
    expect(problemsAfter((d: Json) => (d.sources = {}))).toContain(
      'seed.json: sources: expected an array of sources, got object',
    );
  });

  it('requires id, title and licence on the dataset, and nothing unknown', () => {
    expect(
      problemsAfter((d) => {
        d.dataset = { id: '', title: 7, license: 'MIT' };
      }),
    ).toEqual([
      'seed.json: dataset.license: unknown field (did you mean "licence"?)',
      'seed.json: dataset.id: must not be empty',
      'seed.json: dataset.title: expected a string, got number',
      'seed.json: dataset.licence: missing required field',
    ]);
    expect(problemsAfter((d: Json) => (d.dataset = 'test'))).toEqual([
      'seed.json: dataset: expected an object with "id", "title" and "licence", got string',
    ]);
  });

  it('accepts an optional description', () => {
    expect(problemsAfter((d) => (d.dataset.description = 'About.'))).toEqual([]);
    expect(problemsAfter((d) => (d.dataset.description = ['About.']))).toEqual([
      'seed.json: dataset.description: expected a string, got array',
    ]);
  });
});
