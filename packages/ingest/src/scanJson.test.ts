import { describe, expect, it } from 'vitest';
import { scanJson } from './scanJson.ts';

describe('scanJson', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of [
      '{}',
      '[]',
      ' 0 ',
      '-1.5e+3',
      '"\\u00e9\\n"',
      '{"a":[true,false,null,{"b":""}]}',
    ]) {
      expect(JSON.parse(text)).toBeDefined();
      expect(scanJson(text).errorAt).toBeUndefined();
    }
  });

  it('finds the same error offset as V8 where V8 gives one', () => {
    for (const text of [
      '{"a":1',
      '{"a" 1}',
      '[1 2]',
      '[01]',
      '"\\x"',
      '"\\u12G4"',
      '{"a":1,}',
      '["a\n"]',
    ]) {
      const v8 = /position (\d+)/.exec(errorMessage(text))?.[1];
      expect(scanJson(text).errorAt, text).toBe(Number(v8));
    }
  });

  it('finds duplicate keys with the path of their object', () => {
    expect(scanJson('{"entities":[{"id":"a","id":"b"}],"x":1,"x":2}').duplicates).toEqual([
      { path: 'entities[0]', key: 'id', offset: 23 },
      { path: '', key: 'x', offset: 40 },
    ]);
  });
});

function errorMessage(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : '';
  }
}
