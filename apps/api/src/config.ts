/**
 * The one place that reads the environment. Everything else receives a validated Config.
 * Fails fast with a message naming the variable and what it expected.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuthConfig } from './auth/authenticate.ts';
import { parseTokens } from './auth/parseTokens.ts';
import type { RateLimitConfig } from './hardening/rateLimit.ts';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export type Neo4jConfig =
  | {
      readonly mode: 'embedded';
      readonly dataDir: string;
      readonly port?: number;
      readonly heapMiB: number;
      readonly pageCacheMiB: number;
      /**
       * Off-heap memory of Neo4j's batch importer when it builds a new store (Neo4j is not
       * running then), in MiB (DETOUR_IMPORT_MEMORY_MB). M wants about 1 GiB; less is slower.
       */
      readonly importMemoryMiB: number;
      readonly database: 'neo4j';
    }
  | {
      readonly mode: 'external';
      readonly uri: string;
      readonly user?: string;
      readonly password?: string;
      readonly database: string;
    };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly neo4j: Neo4jConfig;
  /** Built web app served at `/` (apps/web/dist), if present. */
  readonly webDist: string;
  /** Dataset files loaded into an empty database at start. */
  readonly seedDir: string;
  /** Per-query timeout sent to Neo4j. */
  readonly queryTimeoutMs: number;
  /**
   * How long a request waits for a connection to Neo4j before it fails with DATABASE_UNAVAILABLE
   * (DETOUR_DB_WAIT_MS): connection timeout and pool acquisition timeout, with no driver retries.
   */
  readonly databaseWaitMs: number;
  /** After SIGTERM/SIGINT, how long in-flight requests may take before their sockets are closed. */
  readonly shutdownGraceMs: number;
  /**
   * Test-only (the soak): append the heap after a forced GC (node --expose-gc) to this file as JSON
   * lines every intervalMs. Off unless DETOUR_HEAP_SAMPLE_FILE is set.
   */
  readonly heapSamples: { readonly file: string; readonly intervalMs: number } | null;
  /** The directory relative file arguments are resolved against. */
  readonly invocationDir: string;
  /** Bearer tokens (as digests) with their roles, and whether reads need one. */
  readonly auth: AuthConfig;
  /** Origins whose pages may call /graphql from the browser (CORS); empty: same origin only. */
  readonly corsOrigins: readonly string[];
  /** Serve GraphiQL at GET /graphql to browsers (DETOUR_GRAPHIQL=off turns it off). */
  readonly graphiql: boolean;
  /** The largest request body /graphql reads; larger ones get 413. */
  readonly maxRequestBodyBytes: number;
  /** Per-client token buckets for expensive operations (hardening/rateLimit.ts). */
  readonly rateLimit: RateLimitConfig;
  /** Bounds of the whole-graph analyses (modules/analyses/accessIndex.ts). */
  readonly analysis: AnalysisConfig;
  /**
   * Map stack traces to TypeScript lines (DETOUR_SOURCE_MAPS; off in production). tsx turns this
   * on, and neo4j-driver reads a stack trace for every query: with it on, 8% of an entity
   * request's CPU went to mapping frames that nobody looks at.
   */
  readonly sourceMaps: boolean;
}

export interface AnalysisConfig {
  /**
   * Steps one analysis may take over the access graph before it is refused with
   * ANALYSIS_TOO_LARGE (DETOUR_ANALYSIS_MAX_STEPS). A step is one relationship looked at; the
   * unscoped chokepoints on M take about 19 million.
   */
  readonly maxSteps: number;
  /**
   * Memory for analyses kept for reuse, in MiB (DETOUR_ANALYSIS_CACHE_MB); 0 keeps none, so
   * every question is worked out again (the access graph itself is always kept).
   */
  readonly cacheMiB: number;
  /** Read the access graph at start, so the first analysis does not wait for it. */
  readonly warm: boolean;
}

/** The analysis bounds when nothing is set (also what tests and the bench get). */
export const DEFAULT_ANALYSIS: AnalysisConfig = {
  maxSteps: 200_000_000,
  cacheMiB: 512,
  warm: true,
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `${name}: expected an integer from ${String(min)} to ${String(max)}, got "${raw}"`,
    );
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name}: expected true or false, got "${raw}"`);
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['on', 'true', '1'].includes(raw)) return true;
  if (['off', 'false', '0'].includes(raw)) return false;
  throw new ConfigError(`${name}: expected on or off, got "${raw}"`);
}

/** DETOUR_CORS_ORIGINS="https://a.example,http://localhost:5173": exact origins, no wildcard. */
function corsOrigins(env: Env): string[] {
  const raw = env['DETOUR_CORS_ORIGINS'] ?? '';
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (
      parsed === null ||
      !['http:', 'https:'].includes(parsed.protocol) ||
      parsed.origin !== origin
    ) {
      throw new ConfigError(
        `DETOUR_CORS_ORIGINS: "${origin}" is not an origin; expected scheme, host and optional port, e.g. https://detour.example.org`,
      );
    }
  }
  return origins;
}

/** Where the user ran the command: pnpm runs package scripts elsewhere but keeps it in INIT_CWD. */
function invocationDir(env: Env): string {
  return env['INIT_CWD'] ?? process.cwd();
}

function path(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  return isAbsolute(raw) ? raw : resolve(invocationDir(env), raw);
}

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

function neo4jConfig(env: Env): Neo4jConfig {
  const uri = env['NEO4J_URI'];
  if (uri === undefined || uri === '') {
    const port = env['DETOUR_NEO4J_PORT'];
    return {
      mode: 'embedded',
      dataDir: path(env, 'DETOUR_DATA_DIR', join(REPO_ROOT, '.detour', 'neo4j')),
      ...(port === undefined || port === ''
        ? {}
        : { port: integer(env, 'DETOUR_NEO4J_PORT', 7687, 1, 65535) }),
      heapMiB: integer(env, 'DETOUR_NEO4J_HEAP_MB', 512, 128, 65536),
      pageCacheMiB: integer(env, 'DETOUR_NEO4J_PAGECACHE_MB', 256, 16, 65536),
      importMemoryMiB: integer(env, 'DETOUR_IMPORT_MEMORY_MB', 1024, 64, 1_048_576),
      database: 'neo4j',
    };
  }
  let scheme: string;
  try {
    scheme = new URL(uri).protocol;
  } catch {
    throw new ConfigError(
      `NEO4J_URI: "${uri}" is not a URI; expected e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io`,
    );
  }
  if (!NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      `NEO4J_URI: scheme "${scheme}" is not one of ${NEO4J_SCHEMES.join(', ')} (got "${uri}")`,
    );
  }
  const user = env['NEO4J_USER'];
  const password = env['NEO4J_PASSWORD'];
  if ((user === undefined) !== (password === undefined)) {
    throw new ConfigError('NEO4J_USER and NEO4J_PASSWORD: set both or neither');
  }
  return {
    mode: 'external',
    uri,
    ...(user === undefined ? {} : { user }),
    ...(password === undefined ? {} : { password }),
    database: env['NEO4J_DATABASE'] ?? 'neo4j',
  };
}

/** DETOUR_TOKENS="editor:<token>:alice,reader:<token>:bob"; messages never repeat a token. */
function authConfig(env: Env): AuthConfig {
  const parsed = parseTokens(env['DETOUR_TOKENS']);
  if (!parsed.ok) throw new ConfigError(`DETOUR_TOKENS: ${parsed.problem}`);
  const readsRequireToken = boolean(env, 'DETOUR_READS_REQUIRE_TOKEN', false);
  if (readsRequireToken && parsed.credentials.length === 0) {
    throw new ConfigError(
      'DETOUR_READS_REQUIRE_TOKEN: true needs at least one token in DETOUR_TOKENS; with none, nobody could read',
    );
  }
  return { credentials: parsed.credentials, readsRequireToken };
}

/**
 * DETOUR_RATE_LIMIT_PER_MINUTE (0 turns it off), DETOUR_RATE_LIMIT_BURST, and
 * DETOUR_TRUSTED_PROXIES: how many reverse proxies in front append to X-Forwarded-For.
 */
function rateLimitConfig(env: Env): RateLimitConfig {
  return {
    perMinute: integer(env, 'DETOUR_RATE_LIMIT_PER_MINUTE', 60, 0, 1_000_000),
    burst: integer(env, 'DETOUR_RATE_LIMIT_BURST', 60, 1, 1_000_000),
    trustedProxies: integer(env, 'DETOUR_TRUSTED_PROXIES', 0, 0, 10),
  };
}

function heapSamples(env: Env): Config['heapSamples'] {
  const file = env['DETOUR_HEAP_SAMPLE_FILE'];
  if (file === undefined || file === '') return null;
  return {
    file: path(env, 'DETOUR_HEAP_SAMPLE_FILE', file),
    intervalMs: integer(env, 'DETOUR_HEAP_SAMPLE_MS', 5_000, 100, 3_600_000),
  };
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: Env = process.env): Config {
  const production = env['NODE_ENV'] === 'production';
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env['HOST'] ?? '0.0.0.0',
    production,
    neo4j: neo4jConfig(env),
    webDist: path(env, 'DETOUR_WEB_DIST', join(REPO_ROOT, 'apps', 'web', 'dist')),
    seedDir: path(env, 'DETOUR_SEED_DIR', join(REPO_ROOT, 'seed-data')),
    queryTimeoutMs: integer(env, 'DETOUR_QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
    databaseWaitMs: integer(env, 'DETOUR_DB_WAIT_MS', 2_000, 100, 60_000),
    shutdownGraceMs: integer(env, 'DETOUR_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    heapSamples: heapSamples(env),
    invocationDir: invocationDir(env),
    auth: authConfig(env),
    corsOrigins: corsOrigins(env),
    graphiql: onOff(env, 'DETOUR_GRAPHIQL', true),
    maxRequestBodyBytes: 1000 * integer(env, 'DETOUR_MAX_BODY_KB', 100, 1, 100_000),
    rateLimit: rateLimitConfig(env),
    analysis: {
      maxSteps: integer(
        env,
        'DETOUR_ANALYSIS_MAX_STEPS',
        DEFAULT_ANALYSIS.maxSteps,
        1_000,
        100_000_000_000,
      ),
      cacheMiB: integer(env, 'DETOUR_ANALYSIS_CACHE_MB', DEFAULT_ANALYSIS.cacheMiB, 0, 1_000_000),
      warm: onOff(env, 'DETOUR_ANALYSIS_WARM', DEFAULT_ANALYSIS.warm),
    },
    sourceMaps: onOff(env, 'DETOUR_SOURCE_MAPS', !production),
  };
}
