import { describe, expect, it } from 'vitest';
import { at, problemsAfter } from './testing/draft.ts';

describe('entities', () => {
  it('requires a known kind and lists the allowed ones', () => {
    expect(problemsAfter((d) => (at(d.entities, 0).kind = 'University'))).toEqual([
      'seed.json: entities[0].kind: unknown kind "University"; expected one of EndUser, Intermediary, CloudProvider, Vendor, Chip, Model, Person, ControlList, Regulation',
    ]);
  });

  it('suggests the right spelling of a kind', () => {
    expect(problemsAfter((d) => (at(d.entities, 0).kind = 'END_USER'))[0]).toMatch(
      /^seed\.json: entities\[0\]\.kind: unknown kind "END_USER" \(did you mean "EndUser"\?\)/,
    );
  });

  it('requires ids that are unique, trimmed and at most 200 characters', () => {
    expect(problemsAfter((d) => (at(d.entities, 1).id = 'szu'))).toContain(
      'seed.json: entities[1].id: duplicate id "szu" (first used at entities[0])',
    );
    expect(problemsAfter((d) => (at(d.entities, 3).id = ' h100'))).toContain(
      'seed.json: entities[3].id: must not start or end with spaces: " h100"',
    );
    expect(problemsAfter((d) => (at(d.entities, 3).id = 'x'.repeat(201)))).toContain(
      'seed.json: entities[3].id: must be at most 200 characters',
    );
    expect(problemsAfter((d) => (at(d.entities, 3).id = ''))).toContain(
      'seed.json: entities[3].id: must not be empty',
    );
  });

  it('requires a name', () => {
    expect(problemsAfter((d) => (at(d.entities, 0).name = '  '))).toEqual([
      'seed.json: entities[0].name: must not be empty',
    ]);
  });

  it('takes aliases as an array of non-empty strings', () => {
    expect(problemsAfter((d) => (at(d.entities, 2).aliases = 5))).toEqual([
      'seed.json: entities[2].aliases: expected an array of strings, got number',
    ]);
    expect(problemsAfter((d) => (at(d.entities, 2).aliases = ['AWS', 5, '']))).toEqual([
      'seed.json: entities[2].aliases[1]: expected a string, got number',
      'seed.json: entities[2].aliases[2]: must not be empty',
    ]);
  });

  it('takes a two-letter country code in capitals', () => {
    expect(problemsAfter((d) => (at(d.entities, 0).country = 'CN'))).toEqual([]);
    expect(problemsAfter((d) => (at(d.entities, 0).country = 'China'))).toEqual([
      'seed.json: entities[0].country: expected a two-letter country code like "CN", got "China"',
    ]);
  });

  it('takes an optional description, citation and effective date', () => {
    expect(
      problemsAfter((d) => {
        Object.assign(at(d.entities, 0), {
          description: 'x',
          citation: '90 FR 4544',
          effective: '2025-01',
        });
      }),
    ).toEqual([]);
    expect(problemsAfter((d) => (at(d.entities, 0).effective = '2025-02-30'))).toEqual([
      'seed.json: entities[0].effective: expected a date like 2024, 2024-03 or 2024-03-15, got "2025-02-30"',
    ]);
    expect(problemsAfter((d) => (at(d.entities, 0).citation = 42))).toEqual([
      'seed.json: entities[0].citation: expected a string, got number',
    ]);
  });

  it('requires at least one source, each one in the file', () => {
    expect(problemsAfter((d) => (at(d.entities, 2).sources = ['s1', 's9']))).toEqual([
      'seed.json: entities[2].sources[1]: unknown source "s9"',
    ]);
    expect(problemsAfter((d) => (at(d.entities, 2).sources = []))).toEqual([
      'seed.json: entities[2].sources: must list at least one source',
    ]);
    expect(problemsAfter((d) => delete at(d.entities, 2).sources)).toEqual([
      'seed.json: entities[2].sources: missing required field',
    ]);
  });

  it('flags unknown fields so a typo does not drop data', () => {
    expect(
      problemsAfter((d) => {
        const entity = at(d.entities, 0);
        entity.knd = entity.kind;
        delete entity.kind;
      }),
    ).toEqual([
      'seed.json: entities[0].knd: unknown field (did you mean "kind"?)',
      'seed.json: entities[0].kind: missing required field',
    ]);
  });

  it('does not cascade: relationships to an entity with a broken kind are not also reported', () => {
    expect(problemsAfter((d) => (at(d.entities, 1).kind = 'Reseller'))).toHaveLength(1);
  });
});
