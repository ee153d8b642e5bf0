import { describe, expect, it } from 'vitest';
import { findCredential, identify, type AuthConfig } from './authenticate.ts';
import { sha256, type Credential } from './parseTokens.ts';

const tokens = { alice: 'a'.repeat(40), bob: 'b'.repeat(64) };
const credentials: Credential[] = [
  { role: 'editor', actor: 'alice', digest: sha256(tokens.alice) },
  { role: 'reader', actor: 'bob', digest: sha256(tokens.bob) },
];
const auth: AuthConfig = { credentials, readsRequireToken: false };

describe('findCredential', () => {
  it('finds the credential whose digest matches, wherever it is in the list', () => {
    expect(findCredential(credentials, tokens.alice)?.actor).toBe('alice');
    expect(findCredential(credentials, tokens.bob)?.actor).toBe('bob');
    expect(findCredential(credentials, tokens.alice.slice(1))).toBeNull();
  });

  it('compares with every credential, even after a match, so timing reveals nothing', () => {
    let compared = 0;
    const counted = credentials.map((credential) => ({
      ...credential,
      get digest() {
        compared += 1;
        return credential.digest;
      },
    }));
    expect(findCredential(counted, tokens.alice)?.actor).toBe('alice');
    expect(compared).toBe(credentials.length);
  });

  it('compares fixed-length digests, so tokens of any length are safely refused', () => {
    expect(findCredential(credentials, '')).toBeNull();
    expect(findCredential(credentials, 'x'.repeat(10_000))).toBeNull();
  });
});

describe('identify', () => {
  it('names the holder of a valid bearer token and their role', () => {
    expect(identify(auth, `Bearer ${tokens.alice}`)).toEqual({
      kind: 'member',
      actor: 'alice',
      role: 'editor',
    });
    expect(identify(auth, `bearer ${tokens.bob}`)).toMatchObject({ actor: 'bob', role: 'reader' });
  });

  it('tells an anonymous caller from one whose header is not a known bearer token', () => {
    expect(identify(auth, null)).toEqual({ kind: 'anonymous' });
    expect(identify(auth, '  ')).toEqual({ kind: 'anonymous' });
    expect(identify(auth, `Bearer ${'c'.repeat(40)}`)).toEqual({ kind: 'rejected' });
    expect(identify(auth, `Basic ${tokens.alice}`)).toEqual({ kind: 'rejected' });
    expect(identify(auth, tokens.alice)).toEqual({ kind: 'rejected' });
  });
});
