/**
 * Integration-test access to the shared embedded Neo4j. Each test file calls useTestDatabase()
 * and gets a clean database: files run one at a time and each starts from nothing.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDatabase, type Database } from '../src/db/database.ts';
import { ensureSchema } from '../src/db/schema.ts';

export interface TestDatabase {
  readonly db: Database;
  readonly driver: Driver;
  /** Deletes every node and relationship. */
  reset(): Promise<void>;
  /** Node and relationship counts (the data version node aside), to prove that a failed write changed nothing. */
  counts(): Promise<{ nodes: number; relationships: number }>;
}

export function useTestDatabase(): TestDatabase {
  const driver = neo4j.driver(inject('neo4jUri'), undefined, { disableLosslessIntegers: true });
  const db = createDatabase(driver, 'neo4j', 30_000);
  const handle: TestDatabase = {
    db,
    driver,
    reset: async () => {
      await db.write('MATCH (n) DETACH DELETE n');
    },
    counts: async () => {
      const rows = await db.read(
        'CALL () { MATCH (n) WHERE NOT n:DataVersion RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      );
      return {
        nodes: Number(rows[0]?.['nodes']),
        relationships: Number(rows[0]?.['relationships']),
      };
    },
  };
  beforeAll(async () => {
    await handle.reset();
    await ensureSchema(db);
  });
  afterAll(async () => {
    await driver.close();
  });
  return handle;
}
