import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseJsonText } from './jsonText.ts';
import { formatProblem, type ReadResult } from './problems.ts';

function problems<T>(result: ReadResult<T>): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('{"name":"深圳大学"}'),
    ]);
    expect(decodeUtf8(bytes, 'seed.json')).toEqual({ ok: true, value: '{"name":"深圳大学"}' });
  });

  it('rejects invalid bytes, saying where the first one is', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('{\n  "name": "Caf'),
      0xe9,
      0x22,
      0x7d,
    ]);
    expect(problems(decodeUtf8(latin1, 'seed.json'))).toEqual([
      'seed.json:2:15: not valid UTF-8 text: byte 0xE9 at offset 16 does not start a valid UTF-8 sequence; save the file as UTF-8',
    ]);
  });

  it('rejects a sequence cut off at the end and an overlong encoding', () => {
    const cut = new Uint8Array([0x22, 0xe6, 0xb7]);
    expect(problems(decodeUtf8(cut, 'a.json'))[0]).toContain('byte 0xE6 at offset 1');
    const overlong = new Uint8Array([0x22, 0xc0, 0xaf, 0x22]);
    expect(problems(decodeUtf8(overlong, 'a.json'))[0]).toContain('byte 0xC0 at offset 1');
  });

  it('counts columns in characters after multi-byte text', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('"深圳'), 0xff]);
    expect(problems(decodeUtf8(bytes, 'a.json'))[0]).toMatch(/^a\.json:1:4: /);
  });
});

describe('parseJsonText', () => {
  it('parses JSON after a byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a": 1}', 'a.json')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('rejects text with replacement characters or NUL, which a bad decode leaves behind', () => {
    expect(problems(parseJsonText('{\n "name": "Caf\uFFFD"}', 'a.json'))).toEqual([
      'a.json:2:14: not valid UTF-8 text: contains U+FFFD replacement characters',
    ]);
    expect(problems(parseJsonText('{"a":\u00001}', 'a.json'))).toEqual([
      'a.json:1:6: not valid UTF-8 text: contains a NUL byte',
    ]);
  });

  it('points truncated JSON at the end of the last line', () => {
    expect(
      problems(parseJsonText('{\n  "format": "detour.dataset/v1",\n  "sources": [\n\n', 'a.json')),
    ).toEqual(['a.json:3:15: Unexpected end of JSON input']);
    expect(problems(parseJsonText('', 'a.json'))).toEqual([
      'a.json:1:1: Unexpected end of JSON input',
    ]);
  });

  it('gives line and column for errors with and without a position in the message', () => {
    expect(problems(parseJsonText('{\n  "a": 1\n  "b": 2\n}', 'a.json'))).toEqual([
      "a.json:3:3: Expected ',' or '}' after property value in JSON",
    ]);
    expect(problems(parseJsonText('{\n  "a": [1,]\n}', 'a.json'))).toEqual([
      "a.json:2:11: Unexpected token ']' in JSON",
    ]);
    expect(problems(parseJsonText('{\n  "a": tru\n}', 'a.json'))).toEqual([
      'a.json:2:11: Unexpected token "\\n" in JSON',
    ]);
    expect(problems(parseJsonText('{"a": 1} x', 'a.json'))).toEqual([
      'a.json:1:10: Unexpected non-whitespace character after JSON',
    ]);
  });
});
