import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './formats.ts';

const fixtures = new URL('../../../../packages/ingest/fixtures/', import.meta.url);
const text = (path: string): string => readFileSync(new URL(path, fixtures), 'utf8');

describe('detectFormat', () => {
  it('recognises each fixture by its content', () => {
    expect(detectFormat('el.csv', text('csl/el.csv'))).toBe('csl-legacy-csv');
    expect(detectFormat('x.json', text('csl/el_expected_results.json'))).toBe('csl-json');
    expect(detectFormat('x.ijson', text('ftm/donations.ijson'))).toBe('ftm');
  });

  it('tells the JSON and CSV layouts apart by their first bytes', () => {
    expect(detectFormat('a.json', '{\n  "format": "detour.dataset/v1"')).toBe('detour');
    expect(detectFormat('a.json', '{"total": 1, "results": [')).toBe('csl-json');
    expect(detectFormat('a.json', '{"entities": []}')).toBe('detour');
    expect(detectFormat('a.txt', '{"entities": []}')).toBeNull();
    expect(detectFormat('a.csv', '\uFEFF_id,source,entity_number,type,programs,name\r\n')).toBe(
      'csl-csv',
    );
    expect(detectFormat('a.csv', 'Id,Label,Kind\n')).toBe('csv-tables');
    expect(detectFormat('a.csv', 'source,target,interaction\n')).toBe('csv-tables');
    expect(detectFormat('a.csv', 'name,address\n')).toBeNull();
  });
});
