/**
 * Who is calling: the bearer token in the Authorization header, checked against the configured
 * digests in constant time. The token itself goes no further than this module.
 */
import { timingSafeEqual } from 'node:crypto';
import { sha256, type Credential, type Role } from './parseTokens.ts';

/** What the API needs to know about tokens, from the configuration. */
export interface AuthConfig {
  readonly credentials: readonly Credential[];
  /** When true, every query needs a reader or editor token too. */
  readonly readsRequireToken: boolean;
}

/** No tokens and public reads: what a fresh checkout runs with. */
export const OPEN_ACCESS: AuthConfig = { credentials: [], readsRequireToken: false };

export type Caller =
  /** No Authorization header. */
  | { readonly kind: 'anonymous' }
  /** A header that is not a known bearer token. */
  | { readonly kind: 'rejected' }
  | { readonly kind: 'member'; readonly actor: string; readonly role: Role };

export const ANONYMOUS: Caller = { kind: 'anonymous' };

const BEARER = /^Bearer +(\S+) *$/i;

/**
 * The credential whose digest equals the token's. Compares against every credential, without
 * stopping at a match, so the time taken says nothing about which one (or whether one) matched.
 */
export function findCredential(
  credentials: readonly Credential[],
  token: string,
): Credential | null {
  const digest = sha256(token);
  let found: Credential | null = null;
  for (const credential of credentials) {
    if (timingSafeEqual(digest, credential.digest) && found === null) found = credential;
  }
  return found;
}

/** The caller, from the value of the Authorization header (null when absent). */
export function identify(auth: AuthConfig, authorization: string | null): Caller {
  if (authorization === null || authorization.trim() === '') return ANONYMOUS;
  const token = BEARER.exec(authorization)?.[1];
  if (token === undefined) return { kind: 'rejected' };
  const credential = findCredential(auth.credentials, token);
  if (credential === null) return { kind: 'rejected' };
  return { kind: 'member', actor: credential.actor, role: credential.role };
}
