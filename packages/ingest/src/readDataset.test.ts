import { readFileSync } from 'node:fs';
import { DATASET_FORMAT, type Dataset } from '@detour/domain';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems.ts';
import { readDataset } from './readDataset.ts';
import { at, minimalDraft, problemsAfter } from './testing/draft.ts';

function read(text: string): Dataset {
  const result = readDataset(text, 'seed.json');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

describe('readDataset', () => {
  it('reads a valid minimal dataset into domain records, defaulting aliases to []', () => {
    const dataset = read(JSON.stringify(minimalDraft()));
    expect(dataset.format).toBe(DATASET_FORMAT);
    expect(dataset.dataset).toEqual({ id: 'test', title: 'Test data', licence: 'CC0-1.0' });
    expect(dataset.entities.map((e) => e.id)).toEqual(['szu', 'yunda', 'aws', 'h100']);
    expect(dataset.entities[0]).toEqual({
      id: 'szu',
      kind: 'EndUser',
      name: 'Shenzhen University',
      aliases: [],
      sources: ['s1'],
    });
    expect(dataset.relationships[2]).toEqual({
      id: 'r2',
      type: 'OFFERS',
      from: 'aws',
      to: 'h100',
      status: 'confirmed',
      sources: ['s1'],
    });
  });

  it('leaves absent optional fields out rather than setting them to undefined', () => {
    const dataset = read(JSON.stringify(minimalDraft()));
    const records = [
      dataset.dataset,
      ...dataset.sources,
      ...dataset.entities,
      ...dataset.relationships,
    ];
    for (const record of records) expect(Object.values(record)).not.toContain(undefined);
    expect('covers' in (dataset.relationships[0] ?? {})).toBe(false);
    expect('description' in dataset.dataset).toBe(false);
  });

  it('keeps every optional field it is given, exactly', () => {
    const draft = minimalDraft();
    for (const entity of draft.entities) entity.aliases = [];
    draft.dataset.description = 'For tests.';
    at(draft.sources, 0).published = '2024-08-23';
    Object.assign(at(draft.entities, 0), {
      aliases: ['深圳大学', 'SZU'],
      country: 'CN',
      description: 'A university.',
    });
    draft.entities.push({
      id: 'rule',
      kind: 'Regulation',
      name: 'AI diffusion rule',
      citation: '90 FR 4544',
      effective: '2025-01-13',
      aliases: [],
      sources: ['s1'],
    });
    Object.assign(at(draft.relationships, 0), {
      start: '2024-03',
      end: '2024',
      amount: { value: 200000, currency: 'CNY' },
      quantity: { value: 8, unit: 'GPUs' },
      note: 'Per a tender document.',
      covers: ['h100'],
    });
    at(draft.relationships, 2).service = 'Amazon EC2 P5';
    const original = JSON.parse(JSON.stringify(draft)) as unknown;
    const dataset = read(JSON.stringify(draft));
    expect(dataset).toEqual(original);
  });

  it('reads the example in docs/dataset-format.md', () => {
    const doc = readFileSync(new URL('../../../docs/dataset-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const dataset = read(example);
    expect(dataset.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual([
      'shenzhen-university BUYS_FROM yunda-technology',
      'yunda-technology BUYS_FROM aws',
      'aws OFFERS nvidia-h100',
    ]);
  });

  it('accepts a byte order mark and a $schema pointer', () => {
    const draft = { $schema: './detour.dataset.v1.schema.json', ...minimalDraft() };
    expect(read(`\uFEFF${JSON.stringify(draft)}`).entities).toHaveLength(4);
  });

  it('reports every problem in the file, not just the first', () => {
    const problems = problemsAfter((d) => {
      at(d.entities, 0).kind = 'University';
      at(d.entities, 2).aliases = 3;
      at(d.relationships, 1).to = 'nobody';
      at(d.sources, 0).url = 'not a url';
    });
    expect(problems).toEqual([
      'seed.json: sources[0].url: not a valid URL: "not a url"',
      'seed.json: entities[0].kind: unknown kind "University"; expected one of EndUser, Intermediary, CloudProvider, Vendor, Chip, Model, Person, ControlList, Regulation',
      'seed.json: entities[2].aliases: expected an array of strings, got number',
      'seed.json: relationships[1].to: unknown entity "nobody"',
    ]);
  });

  it('stops listing after 200 problems and says how many more there were', () => {
    const problems = problemsAfter((d) => {
      d.entities = Array.from({ length: 250 }, (_, i) => ({
        id: `e${i}`,
        kind: 'EndUser',
        name: 'x',
      }));
      d.relationships = [];
    });
    expect(problems).toHaveLength(201);
    expect(problems[199]).toBe('seed.json: entities[199].sources: missing required field');
    expect(problems[200]).toBe('seed.json: … and 50 more problems');
  });

  it('reports a syntax error with its line and column', () => {
    const text = JSON.stringify(minimalDraft(), null, 2).replace(
      '"name": "Nvidia H100",',
      '"name": ,',
    );
    const result = readDataset(text, 'seed.json');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      "seed.json:44:15: Unexpected token ',' in JSON",
    ]);
    expect(text.split('\n')[43]?.slice(14, 15)).toBe(',');
  });

  it('reports a key given twice along with the other problems', () => {
    const text = JSON.stringify(minimalDraft(), null, 2).replace(
      '"name": "Nvidia H100",',
      '"name": "Nvidia H100", "name": "H100",',
    );
    const result = readDataset(text, 'seed.json');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'seed.json:44:30: entities[3].name: given twice in the same object; only the last value would be kept',
    ]);
  });
});
