import { describe, expect, it } from 'vitest';
import { at, minimalDraft, problemsAfter, problemsIn } from './testing/draft.ts';

describe('relationships', () => {
  it('requires a known type and status', () => {
    expect(
      problemsAfter((d) =>
        Object.assign(at(d.relationships, 0), { type: 'buys_from', status: 'rumoured' }),
      ),
    ).toEqual([
      'seed.json: relationships[0].type: unknown relationship type "buys_from" (did you mean "BUYS_FROM"?); expected one of BUYS_FROM, OFFERS, MAKES, SUBSIDIARY_OF, LISTED_ON, RESTRICTS, POSSIBLY_SAME_AS',
      'seed.json: relationships[0].status: unknown status "rumoured"; expected one of confirmed, reported, alleged, planned, unverified',
    ]);
  });

  it('requires from and to to name entities in the file', () => {
    expect(problemsAfter((d) => (at(d.relationships, 0).to = 'yunda-tech'))).toEqual([
      'seed.json: relationships[0].to: unknown entity "yunda-tech"',
    ]);
    expect(problemsAfter((d) => delete at(d.relationships, 0).from)).toEqual([
      'seed.json: relationships[0].from: missing required field',
    ]);
  });

  it('requires the kinds at each end to be ones the type allows', () => {
    expect(problemsAfter((d) => (at(d.relationships, 2).to = 'szu'))).toEqual([
      'seed.json: relationships[2].to: OFFERS must point to Chip or Model, not EndUser "szu"',
    ]);
    expect(problemsAfter((d) => (at(d.relationships, 2).from = 'yunda'))).toEqual([
      'seed.json: relationships[2].from: OFFERS must start from CloudProvider, not Intermediary "yunda"',
    ]);
    expect(problemsAfter((d) => (at(d.relationships, 0).to = 'h100'))).toEqual([
      'seed.json: relationships[0].to: BUYS_FROM must point to EndUser, Intermediary, CloudProvider, Vendor or Person, not Chip "h100"',
    ]);
  });

  it('does not allow a relationship from an entity to itself', () => {
    expect(problemsAfter((d) => (at(d.relationships, 0).to = 'szu'))).toEqual([
      'seed.json: relationships[0].to: a relationship cannot point from "szu" to itself',
    ]);
  });

  it('requires unique ids', () => {
    expect(problemsAfter((d) => (at(d.relationships, 2).id = 'r0'))).toEqual([
      'seed.json: relationships[2].id: duplicate id "r0" (first used at relationships[0])',
    ]);
  });

  it('requires start to come no later than end, comparing whole periods', () => {
    const dated = (start: string, end: string): string[] =>
      problemsAfter((d) => Object.assign(at(d.relationships, 0), { start, end }));
    expect(dated('2024-03', '2024-03')).toEqual([]);
    expect(dated('2024-03', '2024')).toEqual([]);
    expect(dated('2024-03-15', '2024-03')).toEqual([]);
    expect(dated('2024-04', '2024-03-31')).toEqual([
      'seed.json: relationships[0].end: "2024-03-31" is before the start "2024-04"',
    ]);
    expect(dated('2024', '2023')).toEqual([
      'seed.json: relationships[0].end: "2023" is before the start "2024"',
    ]);
    expect(dated('2024-3', '2024')).toEqual([
      'seed.json: relationships[0].start: expected a date like 2024, 2024-03 or 2024-03-15, got "2024-3"',
    ]);
  });

  it('takes an amount of money as a value ≥ 0 and an ISO currency', () => {
    const amount = (value: unknown): string[] =>
      problemsAfter((d) => (at(d.relationships, 0).amount = value));
    expect(amount({ value: 200000, currency: 'CNY' })).toEqual([]);
    expect(amount({ value: -5, currency: 'cny' })).toEqual([
      'seed.json: relationships[0].amount.value: expected a number ≥ 0, got -5',
      'seed.json: relationships[0].amount.currency: expected a three-letter currency code like "USD", got "cny"',
    ]);
    expect(amount({ value: '200000', unit: 'CNY' })).toEqual([
      'seed.json: relationships[0].amount.unit: unknown field',
      'seed.json: relationships[0].amount.value: expected a number ≥ 0, got string',
      'seed.json: relationships[0].amount.currency: missing required field',
    ]);
    expect(amount(200000)).toEqual([
      'seed.json: relationships[0].amount: expected an object with "value" and "currency", got number',
    ]);
  });

  it('rejects numbers too large to be finite', () => {
    const draft = minimalDraft();
    at(draft.relationships, 0).amount = { value: 0, currency: 'USD' };
    const text = JSON.stringify(draft).replace('"value":0', '"value":1e400');
    expect(problemsIn(text)).toEqual([
      'seed.json: relationships[0].amount.value: expected a number ≥ 0, got Infinity',
    ]);
  });

  it('takes a quantity as a value ≥ 0 and a unit', () => {
    const quantity = (value: unknown): string[] =>
      problemsAfter((d) => (at(d.relationships, 0).quantity = value));
    expect(quantity({ value: 2000, unit: 'GPUs' })).toEqual([]);
    expect(quantity({ value: 2000 })).toEqual([
      'seed.json: relationships[0].quantity.unit: missing required field',
    ]);
  });

  it('takes a note as a string', () => {
    expect(problemsAfter((d) => (at(d.relationships, 0).note = { text: 'x' }))).toEqual([
      'seed.json: relationships[0].note: expected a string, got object',
    ]);
  });

  it('requires at least one known source', () => {
    expect(problemsAfter((d) => (at(d.relationships, 1).sources = ['s2']))).toEqual([
      'seed.json: relationships[1].sources[0]: unknown source "s2"',
    ]);
    expect(problemsAfter((d) => (at(d.relationships, 1).sources = 's1'))).toEqual([
      'seed.json: relationships[1].sources: expected an array of strings, got string',
    ]);
  });

  it('flags unknown fields', () => {
    expect(problemsAfter((d) => (at(d.relationships, 0).sorces = ['s1']))).toEqual([
      'seed.json: relationships[0].sorces: unknown field (did you mean "sources"?)',
    ]);
  });
});
