import { describe, expect, it } from 'vitest';
import { clientAddress, clientKey } from './clientKey.ts';

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless proxies are trusted: anyone can send it', () => {
    expect(clientAddress('10.0.0.9', '203.0.113.7', 0)).toBe('10.0.0.9');
  });

  it('takes the address the trusted proxies saw, not what the client wrote in front of it', () => {
    // The client forged "1.1.1.1"; the one trusted proxy appended the client's real address.
    expect(clientAddress('10.0.0.9', '1.1.1.1, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.9', '1.1.1.1, 203.0.113.7, 10.0.0.8', 2)).toBe('203.0.113.7');
  });

  it('falls back to the leftmost address when the chain is shorter than the proxies trusted', () => {
    expect(clientAddress('10.0.0.9', null, 1)).toBe('10.0.0.9');
    expect(clientAddress('10.0.0.9', ' , ', 2)).toBe('10.0.0.9');
    expect(clientAddress(undefined, null, 0)).toBe('unknown');
  });
});

describe('clientKey', () => {
  it('keys a token holder by name, anyone else by address', () => {
    expect(clientKey({ kind: 'member', actor: 'alice', role: 'editor' }, '10.0.0.1')).toBe(
      'token:alice',
    );
    expect(clientKey({ kind: 'anonymous' }, '10.0.0.1')).toBe('address:10.0.0.1');
    expect(clientKey({ kind: 'rejected' }, '10.0.0.1')).toBe('address:10.0.0.1');
  });
});
