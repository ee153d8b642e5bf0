/**
 * Per-client rate limits on the expensive operations (operationCost.ts): a token bucket per
 * client (clientKey.ts), checked after validation and the query limits, before any resolver runs.
 * A client over its limit gets RATE_LIMITED (HTTP 429) with a Retry-After header; cheap queries
 * (search, entity, the explorer's neighbourhoods) are never limited. The buckets live in this
 * process: behind several instances, limit in the reverse proxy too (docs/scale-out.md).
 */
import { IncomingMessage } from 'node:http';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { ERROR_CODES } from '../errors.ts';
import { clientAddress, clientKey } from './clientKey.ts';
import { executionArgs } from './executionArgs.ts';
import { operationCost } from './operationCost.ts';
import { TokenBuckets } from './tokenBucket.ts';

export interface RateLimitConfig {
  /** Tokens each client gets back per minute; 0 turns rate limiting off. */
  readonly perMinute: number;
  /** The most tokens a client can spend at once. */
  readonly burst: number;
  /** How many reverse proxies in front of Detour append to X-Forwarded-For; 0 ignores it. */
  readonly trustedProxies: number;
}

/** Off: what tests and the bench get unless they ask for a limit. */
export const NO_RATE_LIMIT: RateLimitConfig = { perMinute: 0, burst: 1, trustedProxies: 0 };

/** Buckets kept at most; idle ones go first, so memory stays bounded under an address flood. */
export const MAX_CLIENTS = 10_000;

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return createGraphQLError(
    `Too many expensive requests (path questions, exposure reports, large neighbourhoods, writes) from this client; retry in ${String(retryAfterSeconds)} s.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds,
        http: {
          status: ERROR_CODES.RATE_LIMITED,
          headers: { 'retry-after': String(retryAfterSeconds) },
        },
      },
    },
  );
}

/** The socket address of a request served by node:http; tests with yoga.fetch have none. */
function socketAddress(serverContext: unknown): string | undefined {
  if (typeof serverContext !== 'object' || serverContext === null) return undefined;
  const req: unknown = (serverContext as { req?: unknown }).req;
  return req instanceof IncomingMessage ? req.socket.remoteAddress : undefined;
}

export function rateLimitPlugin(
  config: RateLimitConfig,
  now: () => number = () => performance.now(),
): Plugin<Context> {
  if (config.perMinute === 0) return {};
  const buckets = new TokenBuckets({
    perMinute: config.perMinute,
    burst: config.burst,
    maxClients: MAX_CLIENTS,
    now,
  });
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { schema, document, operationName, variableValues } = executionArgs(args);
      const cost = operationCost(schema, document, operationName, variableValues ?? {});
      if (cost === 0) return;
      const context = args.contextValue;
      const address = clientAddress(
        socketAddress(context),
        context.request.headers.get('x-forwarded-for'),
        config.trustedProxies,
      );
      const taken = buckets.take(clientKey(context.caller, address), cost);
      if (!taken.allowed) {
        setResultAndStopExecution({ errors: [rateLimited(taken.retryAfterSeconds)] });
      }
    },
  };
}
