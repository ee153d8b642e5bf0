import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.ts';

describe('bench options', () => {
  it('runs every W3 loader unless told which', () => {
    expect([...parseOptions([]).w3Loaders]).toEqual(['fresh', 'incremental', 'unwind']);
    expect([...parseOptions(['--', '--w3-loaders', 'Fresh, unwind']).w3Loaders]).toEqual([
      'fresh',
      'unwind',
    ]);
  });

  it('names the flag and the bad value', () => {
    expect(() => parseOptions(['--w3-loaders', 'fresh,bulk'])).toThrow(
      /--w3-loaders: expected some of fresh, incremental, unwind, got "fresh,bulk"/,
    );
    expect(() => parseOptions(['--w3-loaders', ','])).toThrow(/--w3-loaders/);
  });

  it('takes W6 runs per question as a whole number of at least one', () => {
    expect(parseOptions([]).w6Runs).toBeNull();
    expect(parseOptions(['--w6-runs', '1']).w6Runs).toBe(1);
    expect(() => parseOptions(['--w6-runs', '0'])).toThrow(
      '--w6-runs: expected a whole number ≥ 1, got "0"',
    );
  });

  it('sorts sizes smallest first, so W3 and W5 run on the largest', () => {
    expect(parseOptions(['--sizes', 'L,s']).sizes).toEqual(['S', 'L']);
  });
});
