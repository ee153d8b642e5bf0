import { describe, expect, it } from 'vitest';
import { duration, eta, progressLine } from './progress.ts';

describe('progress lines', () => {
  it('says how long is left at the rate so far', () => {
    expect(eta(250, 1000, 5)).toBe(15);
    expect(eta(0, 1000, 5)).toBeNull();
    expect(eta(1000, 1000, 5)).toBeNull();
    expect(duration(4.4)).toBe('4 s');
    expect(duration(125)).toBe('2 min 5 s');
    expect(duration(120)).toBe('2 min');
  });

  it('prints the first report, at most one a second, and the last', () => {
    const lines: string[] = [];
    let clock = 0;
    const report = progressLine(
      'm',
      'records',
      (line) => lines.push(line),
      () => clock,
    );
    clock = 2_000;
    report(100, 1_000);
    clock = 2_500;
    report(200, 1_000);
    clock = 4_000;
    report(400, 1_000);
    clock = 4_100;
    report(1_000, 1_000);
    expect(lines).toEqual([
      '  m: 100/1000 records (10 %), about 18 s left',
      '  m: 400/1000 records (40 %), about 6 s left',
      '  m: 1000/1000 records (100 %)',
    ]);
  });
});
