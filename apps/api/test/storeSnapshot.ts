/**
 * What a user could tell apart between two stores: the `pnpm detour export` of all data, the
 * Dataset nodes, counts per label and type, the Cypher type of every stored property, the
 * constraints and indexes, and answers to the analyses through GraphQL.
 */
import { startNeo4j } from '@detour/neo4j-embedded';
import neo4j from 'neo4j-driver';
import { createDatabase, type Database } from '../src/db/database.ts';
import { exportDataset } from '../src/modules/datasets/exportRepository.ts';
import { OPEN_ACCESS } from '../src/auth/authenticate.ts';
import { graphqlClient } from './graphqlClient.ts';

/** An embedded Neo4j of its own on a data directory (a store built by the batch importer). */
export async function openStore(
  dataDir: string,
): Promise<{ db: Database; close(): Promise<void> }> {
  const running = await startNeo4j({
    dataDir,
    heapMiB: 512,
    pageCacheMiB: 64,
    log: () => undefined,
  });
  const driver = neo4j.driver(running.uri, undefined, { disableLosslessIntegers: true });
  const db = createDatabase(driver, 'neo4j', 60_000);
  return {
    db,
    close: async () => {
      await driver.close();
      await running.stop();
    },
  };
}

const rows = (db: Database, cypher: string) => db.read(cypher);

/** Everything stored, in forms that do not depend on internal ids or insertion order. */
export async function storeSnapshot(db: Database) {
  return {
    export: await exportDataset(db, { id: 'compare', title: 'compare', licence: 'n/a' }),
    datasets: await rows(db, 'MATCH (d:Dataset) RETURN properties(d) AS d ORDER BY d.id'),
    unfinished: await rows(db, 'MATCH (i:Import) RETURN count(i) AS n'),
    dataVersions: await rows(
      db,
      'MATCH (v:DataVersion) RETURN v.id AS id, valueType(v.token) AS token',
    ),
    labels: await rows(
      db,
      'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
    ),
    types: await rows(db, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
    nodeProperties: await rows(
      db,
      [
        'MATCH (n) WHERE NOT n:DataVersion',
        'UNWIND keys(n) AS key',
        'WITH n.kind AS kind, [l IN labels(n) WHERE l <> "Entity"] AS labels, key, valueType(n[key]) AS type',
        'RETURN labels, kind, key, type, count(*) AS n ORDER BY kind, key, type, n',
      ].join('\n'),
    ),
    relationshipProperties: await rows(
      db,
      [
        'MATCH ()-[r]->()',
        'UNWIND keys(r) AS key',
        'RETURN type(r) AS rel, key, valueType(r[key]) AS type, count(*) AS n',
        'ORDER BY rel, key, type',
      ].join('\n'),
    ),
    constraints: await rows(
      db,
      'SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN * ORDER BY name',
    ),
    indexes: await rows(
      db,
      'SHOW INDEXES YIELD name, type, state, entityType, labelsOrTypes, properties, options RETURN name, type, state, entityType, labelsOrTypes, properties, options.indexConfig AS config ORDER BY name',
    ),
  };
}

/** Answers of the analyses and lookups an analyst runs first, through GraphQL. */
export async function analysisAnswers(db: Database, endUser: string, capability: string) {
  const ask = graphqlClient(db, OPEN_ACCESS);
  const query = `query ($endUser: ID!, $capability: ID!) {
    stats { entities relationships sources datasets incomplete
            entitiesByKind { kind count } relationshipsByType { type count } relationshipsByStatus { status count } }
    chokepoints(first: 20) { totalCount endUsersWithAccess complete
      items { entity { id name } endUsersThrough endUsersDependent dependentEndUsers(first: 20) } }
    accessPaths(from: $endUser, maxHops: 6, indirectOnly: false, first: 50) { endUsers truncated
      paths { entities relationships provider capability hops weakestStatus validFrom validTo } }
    toCapability: accessPaths(to: $capability, first: 50) { endUsers paths { entities } }
    search(query: "univ", first: 20) { entity { id name } }
    entity(id: $endUser) { id name kind aliases country sources { id title url } }
  }`;
  const answer = await ask(query, { endUser, capability });
  return { data: answer.data, errors: answer.errors };
}
