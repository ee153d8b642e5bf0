import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { codedError, ERROR_CODES } from '../errors.ts';
import type { Caller } from './authenticate.ts';
import type { Role } from './parseTokens.ts';

/** What each role may do: an editor may also read. */
const GRANTS: Readonly<Record<Role, readonly Role[]>> = {
  reader: ['reader'],
  editor: ['reader', 'editor'],
};

const ARTICLE: Readonly<Record<Role, string>> = { reader: 'a', editor: 'an' };

export type Access =
  | { readonly granted: true; readonly actor: string }
  | { readonly granted: false; readonly error: GraphQLError };

/** 401 with the challenge RFC 6750 asks for, so clients know to send a bearer token. */
function unauthenticated(message: string): Access {
  const error = createGraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: {
        status: ERROR_CODES.UNAUTHENTICATED,
        headers: { 'WWW-Authenticate': 'Bearer realm="detour"' },
      },
    },
  });
  return { granted: false, error };
}

/**
 * Whether the caller may do what needs `role`. If not, UNAUTHENTICATED without a valid token and
 * FORBIDDEN with the token of a smaller role.
 */
export function access(caller: Caller, role: Role): Access {
  switch (caller.kind) {
    case 'anonymous':
      return unauthenticated(
        `This needs ${ARTICLE[role]} ${role} token: send the header Authorization: Bearer <token>.`,
      );
    case 'rejected':
      return unauthenticated('The bearer token is not valid.');
    case 'member':
      if (GRANTS[caller.role].includes(role)) return { granted: true, actor: caller.actor };
      return {
        granted: false,
        error: codedError(
          'FORBIDDEN',
          `This needs the ${role} role; the token has ${caller.role}.`,
        ),
      };
  }
}

/** The caller's actor name, or the error that refuses them. */
export function requireRole(caller: Caller, role: Role): string {
  const result = access(caller, role);
  if (!result.granted) throw result.error;
  return result.actor;
}
