import { describe, expect, it } from 'vitest';
import { at, problemsAfter } from './testing/draft.ts';

describe('sources', () => {
  it('requires id, title, publisher and url', () => {
    expect(problemsAfter((d) => (d.sources = [{ id: 's1' }]))).toEqual([
      'seed.json: sources[0].title: missing required field',
      'seed.json: sources[0].publisher: missing required field',
      'seed.json: sources[0].url: missing required field',
    ]);
  });

  it('requires unique ids', () => {
    expect(problemsAfter((d) => d.sources.push({ ...at(d.sources, 0) }))).toEqual([
      'seed.json: sources[1].id: duplicate id "s1" (first used at sources[0])',
    ]);
  });

  it('requires an http or https URL', () => {
    expect(problemsAfter((d) => (at(d.sources, 0).url = 'example.com/report'))).toEqual([
      'seed.json: sources[0].url: not a valid URL: "example.com/report"',
    ]);
    expect(problemsAfter((d) => (at(d.sources, 0).url = 'ftp://example.com/report'))).toEqual([
      'seed.json: sources[0].url: must be an http or https URL, got "ftp://example.com/report"',
    ]);
    expect(problemsAfter((d) => (at(d.sources, 0).url = 'http://example.com'))).toEqual([]);
  });

  it('takes an optional published date at year, month or day precision', () => {
    for (const date of ['2024', '2024-08', '2024-08-23']) {
      expect(problemsAfter((d) => (at(d.sources, 0).published = date))).toEqual([]);
    }
    expect(problemsAfter((d) => (at(d.sources, 0).published = '2024-13'))).toEqual([
      'seed.json: sources[0].published: expected a date like 2024, 2024-03 or 2024-03-15, got "2024-13"',
    ]);
    expect(problemsAfter((d) => (at(d.sources, 0).published = 2024))).toEqual([
      'seed.json: sources[0].published: expected a string, got number',
    ]);
  });

  it('flags unknown fields and non-object entries', () => {
    expect(problemsAfter((d) => (at(d.sources, 0).publsher = 'AP'))).toEqual([
      'seed.json: sources[0].publsher: unknown field (did you mean "publisher"?)',
    ]);
    expect(problemsAfter((d) => (d.sources as unknown[]).push('s2'))).toEqual([
      'seed.json: sources[1]: expected a source object, got string',
    ]);
  });
});
