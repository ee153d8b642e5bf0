import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j under .detour/ and port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toMatchObject({
      mode: 'embedded',
      heapMiB: 512,
      pageCacheMiB: 256,
      importMemoryMiB: 1024,
    });
    expect(
      config.neo4j.mode === 'embedded' && config.neo4j.dataDir.endsWith('/.detour/neo4j'),
    ).toBe(true);
  });

  it("sizes the batch importer's memory for a new store", () => {
    const config = loadConfig({ DETOUR_IMPORT_MEMORY_MB: '4096' });
    expect(config.neo4j).toMatchObject({ mode: 'embedded', importMemoryMiB: 4096 });
    expect(() => loadConfig({ DETOUR_IMPORT_MEMORY_MB: '1G' })).toThrow(
      /DETOUR_IMPORT_MEMORY_MB: expected an integer from 64 to 1048576, got "1G"/,
    );
  });

  it('connects to an external server when NEO4J_URI is set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'detour',
    });
    expect(config.neo4j).toEqual({
      mode: 'external',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 'pw',
      database: 'detour',
    });
  });

  it('bounds the analyses, and lets an operator turn reuse and the warm start off', () => {
    expect(loadConfig({}).analysis).toEqual({ maxSteps: 200_000_000, cacheMiB: 512, warm: true });
    expect(
      loadConfig({
        DETOUR_ANALYSIS_MAX_STEPS: '5000000',
        DETOUR_ANALYSIS_CACHE_MB: '0',
        DETOUR_ANALYSIS_WARM: 'off',
      }).analysis,
    ).toEqual({ maxSteps: 5_000_000, cacheMiB: 0, warm: false });
    expect(() => loadConfig({ DETOUR_ANALYSIS_MAX_STEPS: 'lots' })).toThrow(
      /DETOUR_ANALYSIS_MAX_STEPS: expected an integer/,
    );
  });

  it('maps stack traces to TypeScript except in production, unless told otherwise', () => {
    expect(loadConfig({}).sourceMaps).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).sourceMaps).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DETOUR_SOURCE_MAPS: 'on' }).sourceMaps).toBe(true);
    expect(loadConfig({ DETOUR_SOURCE_MAPS: 'off' }).sourceMaps).toBe(false);
    expect(() => loadConfig({ DETOUR_SOURCE_MAPS: 'maybe' })).toThrow(
      'DETOUR_SOURCE_MAPS: expected on or off, got "maybe"',
    );
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      'PORT: expected an integer from 0 to 65535, got "eighty"',
    );
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(
      /NEO4J_URI: scheme "http:"/,
    );
    expect(() => loadConfig({ NEO4J_URI: 'not a uri' })).toThrow(
      /NEO4J_URI: "not a uri" is not a URI/,
    );
    expect(() => loadConfig({ NEO4J_URI: 'bolt://x:7687', NEO4J_USER: 'neo4j' })).toThrow(
      /NEO4J_USER and NEO4J_PASSWORD/,
    );
    expect(() => loadConfig({ DETOUR_NEO4J_HEAP_MB: '1' })).toThrow(/DETOUR_NEO4J_HEAP_MB/);
  });
});

describe('loadConfig: tokens', () => {
  const token = 'f'.repeat(48);

  it('has no tokens and public reads by default', () => {
    expect(loadConfig({}).auth).toEqual({ credentials: [], readsRequireToken: false });
  });

  it('reads DETOUR_TOKENS and DETOUR_READS_REQUIRE_TOKEN', () => {
    const { auth } = loadConfig({
      DETOUR_TOKENS: `editor:${token}:alice`,
      DETOUR_READS_REQUIRE_TOKEN: 'true',
    });
    expect(auth.readsRequireToken).toBe(true);
    expect(auth.credentials).toMatchObject([{ role: 'editor', actor: 'alice' }]);
  });

  it('names the variable at fault and never repeats a token', () => {
    expect(() => loadConfig({ DETOUR_TOKENS: `editor:${token}` })).toThrow(
      /^DETOUR_TOKENS: entry 1 of 1: expected role:token:actor/,
    );
    expect(() => loadConfig({ DETOUR_TOKENS: `editor:${token}` })).not.toThrow(token);
    expect(() => loadConfig({ DETOUR_TOKENS: 'editor:tooshort:alice' })).toThrow(
      /DETOUR_TOKENS: .*at least|DETOUR_TOKENS: .*32/,
    );
    expect(() => loadConfig({ DETOUR_READS_REQUIRE_TOKEN: 'yes' })).toThrow(
      'DETOUR_READS_REQUIRE_TOKEN: expected true or false, got "yes"',
    );
    expect(() => loadConfig({ DETOUR_READS_REQUIRE_TOKEN: 'true' })).toThrow(
      /DETOUR_READS_REQUIRE_TOKEN: true needs at least one token in DETOUR_TOKENS/,
    );
  });
});

describe('loadConfig: the public HTTP surface', () => {
  it('defaults to same-origin only, GraphiQL on and a 100 kB body limit', () => {
    const config = loadConfig({});
    expect(config.corsOrigins).toEqual([]);
    expect(config.graphiql).toBe(true);
    expect(config.maxRequestBodyBytes).toBe(100_000);
  });

  it('reads DETOUR_CORS_ORIGINS, DETOUR_GRAPHIQL and DETOUR_MAX_BODY_KB', () => {
    const config = loadConfig({
      DETOUR_CORS_ORIGINS: 'https://detour.example.org, http://localhost:5173',
      DETOUR_GRAPHIQL: 'off',
      DETOUR_MAX_BODY_KB: '2000',
    });
    expect(config.corsOrigins).toEqual(['https://detour.example.org', 'http://localhost:5173']);
    expect(config.graphiql).toBe(false);
    expect(config.maxRequestBodyBytes).toBe(2_000_000);
  });

  it('maps stack traces to TypeScript except in production, unless told otherwise', () => {
    expect(loadConfig({}).sourceMaps).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).sourceMaps).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DETOUR_SOURCE_MAPS: 'on' }).sourceMaps).toBe(true);
    expect(loadConfig({ DETOUR_SOURCE_MAPS: 'off' }).sourceMaps).toBe(false);
    expect(() => loadConfig({ DETOUR_SOURCE_MAPS: 'maybe' })).toThrow(
      'DETOUR_SOURCE_MAPS: expected on or off, got "maybe"',
    );
  });

  it('names the variable at fault', () => {
    for (const origin of [
      '*',
      'detour.example.org',
      'https://detour.example.org/',
      'ftp://x.org',
    ]) {
      expect(() => loadConfig({ DETOUR_CORS_ORIGINS: origin })).toThrow(
        `DETOUR_CORS_ORIGINS: "${origin}" is not an origin`,
      );
    }
    expect(() => loadConfig({ DETOUR_GRAPHIQL: 'maybe' })).toThrow(
      'DETOUR_GRAPHIQL: expected on or off, got "maybe"',
    );
    expect(() => loadConfig({ DETOUR_MAX_BODY_KB: '0' })).toThrow(/DETOUR_MAX_BODY_KB/);
  });
});
