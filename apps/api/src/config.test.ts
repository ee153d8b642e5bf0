import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j under .detour/ and port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toMatchObject({ mode: 'embedded', heapMiB: 512, pageCacheMiB: 256 });
    expect(
      config.neo4j.mode === 'embedded' && config.neo4j.dataDir.endsWith('/.detour/neo4j'),
    ).toBe(true);
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
