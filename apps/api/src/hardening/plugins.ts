/**
 * The plugins that make /graphql safe to expose, in the order they must run. Read-access checks
 * (auth/) come before them, so a cached introspection answer is never served to a caller who may
 * not read.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { bodyLimitPlugin } from './bodyLimit.ts';
import { introspectionCachePlugin } from './introspectionCache.ts';
import { queryLimitsPlugin } from './queryLimits.ts';
import { NO_RATE_LIMIT, rateLimitPlugin, type RateLimitConfig } from './rateLimit.ts';
import { refusedDocumentsPlugin } from './refusedDocuments.ts';
import { requestIdPlugin } from './requestId.ts';
import { tokenLimitPlugin } from './tokenLimit.ts';
import { uncodedErrorsPlugin } from './uncodedErrors.ts';
import { variableCostPlugin } from './variableCost.ts';

/**
 * The default body limit (DETOUR_MAX_BODY_KB changes it). Queries with their variables stay under
 * 5 kB (GraphiQL's introspection, a whatIf removing 50 ids); the seed dataset sent to
 * importDataset is 86 kB. Yoga answers 413 past the limit, before reading the rest.
 */
export const MAX_REQUEST_BODY_BYTES = 100_000;

/** Yoga's own plugins and Armor's, which is an Envelop plugin. */
type HardeningPlugin = Plugin | Plugin<Context> | ReturnType<typeof queryLimitsPlugin>;

export interface HardeningOptions {
  /** Larger request bodies get 413; MAX_REQUEST_BODY_BYTES when absent. */
  readonly maxRequestBodyBytes?: number;
  /** Per-client limits on expensive operations; none when absent. */
  readonly rateLimit?: RateLimitConfig;
}

export function hardeningPlugins({
  maxRequestBodyBytes = MAX_REQUEST_BODY_BYTES,
  rateLimit = NO_RATE_LIMIT,
}: HardeningOptions = {}): HardeningPlugin[] {
  return [
    requestIdPlugin(),
    // GETs and form-like POSTs (which browsers send cross-site without a preflight) must carry
    // this header; `curl -H 'content-type: application/json'` needs nothing extra.
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
    tokenLimitPlugin(),
    queryLimitsPlugin(),
    variableCostPlugin(),
    // After the limits, so an operation refused as too complex spends no tokens.
    rateLimitPlugin(rateLimit),
    introspectionCachePlugin(),
    refusedDocumentsPlugin(),
    uncodedErrorsPlugin(),
    // Last: it wraps the request parser that Yoga and the plugins above picked.
    bodyLimitPlugin(maxRequestBodyBytes),
  ];
}
