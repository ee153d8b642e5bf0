import type { Driver } from './database.ts';

/** What a record is to the baselines: the driver's own values, not converted. */
export type RawRow = Record<string, unknown>;

/**
 * One read sent the way Detour's db.read sends it (apps/api/src/db/database.ts): an auto-commit
 * transaction on a READ session of database "neo4j", with the driver's bookmark manager and a
 * timeout, so RUN and PULL go out together and one round trip answers them. The raw-Cypher and
 * bare-driver baselines use it, so they differ from Detour only by what Detour adds.
 */
export async function autoCommitRead(
  driver: Driver,
  cypher: string,
  params: Readonly<Record<string, unknown>>,
  timeoutMs: number,
): Promise<RawRow[]> {
  const session = driver.session({
    database: 'neo4j',
    defaultAccessMode: 'READ',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    const result = await session.run(cypher, params, { timeout: timeoutMs });
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}
