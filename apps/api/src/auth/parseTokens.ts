/**
 * The token list from the environment: `role:token:actor` entries separated by commas, e.g.
 * `editor:3f9a…:alice,reader:77c1…:bob`. Only SHA-256 digests of the tokens are kept, and no
 * problem message ever repeats a token (or anything that might be one put in the wrong place).
 */
import { createHash } from 'node:crypto';

export const ROLES = ['reader', 'editor'] as const;

export type Role = (typeof ROLES)[number];

/** One configured token: who holds it, what it allows, and its digest (never the token). */
export interface Credential {
  readonly role: Role;
  readonly actor: string;
  readonly digest: Buffer;
}

export const MIN_TOKEN_LENGTH = 32;
const MAX_TOKEN_LENGTH = 512;
/** Hex, base64 and base64url all fit; `:` and `,` are the separators. */
const TOKEN_CHARS = /^[A-Za-z0-9._~+/=-]+$/;
const ACTOR = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export type ParseResult =
  | { readonly ok: true; readonly credentials: readonly Credential[] }
  | { readonly ok: false; readonly problem: string };

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Parses the token list; an empty or absent value means no tokens. */
export function parseTokens(raw: string | undefined): ParseResult {
  const text = raw?.trim() ?? '';
  if (text === '') return { ok: true, credentials: [] };
  const entries = text.split(',');
  const credentials: Credential[] = [];
  const seen = new Map<string, number>();
  for (const [index, entry] of entries.entries()) {
    const where = `entry ${String(index + 1)} of ${String(entries.length)}`;
    const parts = entry.split(':').map((part) => part.trim());
    const [role, token, actor] = parts;
    if (parts.length !== 3 || role === undefined || token === undefined || actor === undefined) {
      return fail(`${where}: expected role:token:actor, e.g. editor:<token>:alice`);
    }
    if (!isRole(role)) {
      return fail(`${where}: the role must be one of ${ROLES.join(', ')}`);
    }
    if (token.length < MIN_TOKEN_LENGTH || token.length > MAX_TOKEN_LENGTH) {
      return fail(
        `${where}: the token has ${String(token.length)} characters; use ${String(MIN_TOKEN_LENGTH)}–${String(MAX_TOKEN_LENGTH)} (e.g. from openssl rand -hex 32)`,
      );
    }
    if (!TOKEN_CHARS.test(token)) {
      return fail(`${where}: the token may contain only letters, digits and . _ ~ + / = -`);
    }
    if (!ACTOR.test(actor)) {
      return fail(`${where}: the actor must be 1–64 letters, digits or . _ @ -`);
    }
    const digest = sha256(token);
    const key = digest.toString('hex');
    const first = seen.get(key);
    if (first !== undefined) {
      return fail(`${where}: the same token as entry ${String(first)}; give each its own`);
    }
    seen.set(key, index + 1);
    credentials.push({ role, actor, digest });
  }
  return { ok: true, credentials };
}

function fail(problem: string): ParseResult {
  return { ok: false, problem };
}
