/**
 * CORS for an allow-list of origins (DETOUR_CORS_ORIGINS). A listed origin gets its own origin
 * echoed back; any other origin, and every request when the list is empty, gets no CORS headers
 * at all, so browsers keep the API same-origin. (Yoga's own list handling would answer an
 * unlisted origin with `Access-Control-Allow-Origin: null`, which sandboxed pages match.)
 */
import type { YogaServerOptions } from 'graphql-yoga';

type CorsOption = YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors'];

export function corsPolicy(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      exposedHeaders: ['x-request-id'],
      credentials: false,
      maxAge: 600,
    };
  };
}
