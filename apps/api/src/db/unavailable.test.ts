/**
 * What a client gets when Neo4j is down: the real driver, pointed at a port nothing listens on
 * (connection refused), behind the real Yoga. No mock: the error is the driver's own.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@detour/neo4j-embedded';
import { postJson } from '../../test/inProcess.ts';
import { createSchema } from '../schema.ts';
import { createDetourYoga } from '../yoga.ts';
import { createDatabase } from './database.ts';

const port = await freePort();
// As production configures it (db/connect.ts): no driver retries, a bounded wait to connect.
const driver = neo4j.driver(`bolt://127.0.0.1:${String(port)}`, undefined, {
  maxTransactionRetryTime: 0,
  connectionTimeout: 2_000,
  connectionAcquisitionTimeout: 2_000,
});
const db = createDatabase(driver, 'neo4j', 1_000);

afterAll(async () => {
  await driver.close();
});

describe('Neo4j unavailable', () => {
  it('reads fail with DATABASE_UNAVAILABLE', async () => {
    await expect(db.read('RETURN 1')).rejects.toMatchObject({
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });

  it('a query answers HTTP 503 with code DATABASE_UNAVAILABLE, not a masked error', async () => {
    const yoga = createDetourYoga({ schema: createSchema(), db, production: true });
    const result = await postJson(yoga, { query: '{ search(query: "shenzhen") { score } }' });
    expect(result.status).toBe(503);
    expect(result.errors).toEqual([
      {
        message: 'The database is not available; try again shortly.',
        path: ['search'],
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      },
    ]);
  });
});
