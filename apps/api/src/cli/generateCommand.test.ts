import { describe, expect, it } from 'vitest';
import { CliError } from './cliError.ts';
import { generateOptions } from './generateCommand.ts';

describe('generate options', () => {
  it('reads named and custom sizes and the seed, defaulting to S and 42', () => {
    expect(generateOptions()).toEqual({ size: 'S', seed: 42 });
    expect(generateOptions('m', '1')).toEqual({ size: 'M', seed: 1 });
    expect(generateOptions('1000x10000', '7')).toEqual({
      size: { entities: 1000, relationships: 10000 },
      seed: 7,
    });
  });

  it('names the option that is wrong', () => {
    expect(() => generateOptions('XL')).toThrow(CliError);
    expect(() => generateOptions('XL')).toThrow(/--size/);
    expect(() => generateOptions('S', '-3')).toThrow(/--seed/);
  });
});
