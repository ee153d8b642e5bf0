/**
 * A digest of every node and relationship (audit entries and the data version aside: every
 * accepted write changes those), element by element, to prove
 * that a request changed no stored data: not a count that an update would leave equal, but each
 * element's labels or type, ends and properties.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../src/db/database.ts';

/** JSON with object keys sorted, so equal values always give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : typeof v === 'bigint'
        ? v.toString()
        : v,
  );
}

/** elementId → a digest of that element. */
export async function elementDigests(db: Database): Promise<Map<string, string>> {
  const nodes = await db.read(
    [
      'MATCH (n)',
      'WHERE NOT n:AuditEntry AND NOT n:DataVersion',
      'RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
    ].join('\n'),
  );
  const relationships = await db.read(
    [
      'MATCH (a)-[r]->(b)',
      'WHERE NOT a:AuditEntry AND NOT b:AuditEntry',
      'RETURN elementId(r) AS id, [type(r), elementId(a), elementId(b)] AS labels, properties(r) AS props',
    ].join('\n'),
  );
  const digests = new Map<string, string>();
  for (const row of [...nodes, ...relationships]) {
    const digest = createHash('sha256')
      .update(canonical([row['labels'], row['props']]))
      .digest('hex');
    digests.set(String(row['id']), digest);
  }
  return digests;
}

/** One digest of all stored data. */
export async function dataChecksum(db: Database): Promise<string> {
  const digests = await elementDigests(db);
  const all = [...digests].sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(canonical(all)).digest('hex');
}
