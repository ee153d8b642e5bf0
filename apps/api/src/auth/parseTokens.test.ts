import { describe, expect, it } from 'vitest';
import { parseTokens, sha256 } from './parseTokens.ts';

const EDITOR = 'e'.repeat(40);
const READER = 'r0-_.~+/='.repeat(4);

describe('parseTokens', () => {
  it('reads role:token:actor entries, keeping only digests', () => {
    const result = parseTokens(` editor:${EDITOR}:alice , reader:${READER}:bob@example.org `);
    expect(result).toEqual({
      ok: true,
      credentials: [
        { role: 'editor', actor: 'alice', digest: sha256(EDITOR) },
        { role: 'reader', actor: 'bob@example.org', digest: sha256(READER) },
      ],
    });
    expect(JSON.stringify(result)).not.toContain(EDITOR);
  });

  it('means no tokens when empty or absent', () => {
    expect(parseTokens(undefined)).toEqual({ ok: true, credentials: [] });
    expect(parseTokens('  ')).toEqual({ ok: true, credentials: [] });
  });

  it.each([
    [`editor:${EDITOR}`, 'entry 1 of 1: expected role:token:actor'],
    [`editor:${EDITOR}:alice,`, 'entry 2 of 2: expected role:token:actor'],
    [`admin:${EDITOR}:alice`, 'entry 1 of 1: the role must be one of reader, editor'],
    ['editor:short:alice', 'entry 1 of 1: the token has 5 characters; use 32–512'],
    [`editor:${'x'.repeat(31)}é:alice`, 'the token may contain only letters, digits'],
    [`editor:${EDITOR}:al ice`, 'the actor must be 1–64 letters'],
    [`editor:${EDITOR}:alice,reader:${EDITOR}:bob`, 'entry 2 of 2: the same token as entry 1'],
  ])('rejects %j', (raw, problem) => {
    const result = parseTokens(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });

  it('never repeats a token in a problem, even one put where the actor goes', () => {
    const swapped = parseTokens(`editor:alice:${EDITOR}`);
    const extra = parseTokens(`editor:${EDITOR}:alice:${READER}`);
    for (const result of [swapped, extra]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem).not.toMatch(/e{32}|r0-_/);
    }
  });
});
