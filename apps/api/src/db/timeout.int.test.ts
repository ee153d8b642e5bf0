/** What a client gets when Neo4j stops a query at DETOUR_QUERY_TIMEOUT_MS: the real server's error. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { ERROR_CODES } from '../errors.ts';
import { createDatabase } from './database.ts';

const database = useTestDatabase();

describe('a query past the timeout', () => {
  it('fails with QUERY_TIMEOUT (HTTP 504), not a masked error', async () => {
    const db = createDatabase(database.driver, 'neo4j', 200);
    // Seconds of work; Neo4j's transaction monitor stops it soon after 200 ms.
    const slow = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';
    const started = Date.now();
    await expect(db.read(slow)).rejects.toMatchObject({
      extensions: { code: 'QUERY_TIMEOUT', http: { status: ERROR_CODES.QUERY_TIMEOUT } },
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(ERROR_CODES.QUERY_TIMEOUT).toBe(504);
  });
});
