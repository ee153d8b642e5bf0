import { createServer, type Server } from 'node:http';
import { int } from '../../../apps/api/src/db/convert.ts';
import { ENTITY_NAME_INDEX } from '../../../apps/api/src/db/schema.ts';
import { SEARCH_CYPHER } from '../../../apps/api/src/modules/entities/repository.ts';
import { MIN_CANDIDATES } from '../../../apps/api/src/modules/entities/searchNames.ts';
import { luceneQueryFor } from '../../../apps/api/src/modules/entities/searchQuery.ts';
import { neighborhoodCypher } from '../../../apps/api/src/modules/neighborhood/repository.ts';
import { NEIGHBORHOOD_PROJECTION } from '../workloads/w2Shapes.ts';
import { autoCommitRead } from '../setup/autoCommitRead.ts';
import type { Driver } from '../setup/database.ts';

/** The Cypher Detour's repositories run for the three W2 shapes, sent here with no GraphQL. */
export const BARE_CYPHER = {
  entity: ['UNWIND $ids AS id', 'MATCH (n:Entity {id: id})', 'RETURN n'].join('\n'),
  search: SEARCH_CYPHER,
  // What Detour reads for W2's neighborhood selection: the centre and its page in one query.
  neighborhood: neighborhoodCypher(NEIGHBORHOOD_PROJECTION),
} as const;

interface Props {
  readonly properties: Record<string, unknown>;
}

interface Group {
  readonly type: string;
  readonly total: number;
  readonly page: readonly {
    r: Record<string, unknown>;
    m: Record<string, unknown>;
    from: string;
    to: string;
  }[];
}

/**
 * The W2 baseline: node:http and the bare driver answering the same questions as Detour's
 * entity, search and neighborhood fields, as JSON, with no GraphQL, validation or hardening.
 */
export function createBareServer(driver: Driver): Server {
  // Sent as Detour sends them (one auto-commit transaction each), with its default timeout.
  const read = (cypher: string, params: Record<string, unknown>) =>
    autoCommitRead(driver, cypher, params, 10_000);
  const handlers: Record<string, (args: URLSearchParams) => Promise<unknown>> = {
    '/entity': async (args) => {
      const rows = await read(BARE_CYPHER.entity, { ids: [args.get('id') ?? ''] });
      return rows.map((row) => (row['n'] as Props).properties)[0] ?? null;
    },
    '/search': async (args) => {
      // The candidates Detour's search asks the index for; its ranking in TypeScript is not done.
      const query = luceneQueryFor(args.get('q') ?? '');
      if (query === null) return [];
      const rows = await read(BARE_CYPHER.search, {
        index: ENTITY_NAME_INDEX,
        query,
        kinds: null,
        limit: int(MIN_CANDIDATES),
        candidates: int(MIN_CANDIDATES),
      });
      return rows.slice(0, 10).map((row) => ({
        entity: (row['node'] as Props).properties,
        score: row['score'] as number,
      }));
    },
    '/neighborhood': async (args) => {
      // The parameters Detour's neighborhood() sends with no filters, depth 1.
      const [row] = await read(BARE_CYPHER.neighborhood, {
        id: args.get('id') ?? '',
        types: null,
        statuses: null,
        from: null,
        until: null,
        offset: int(0),
        first: int(50),
      });
      if (row === undefined) return null;
      const pages = (row['groups'] as Group[]).map((group) => ({
        type: group.type,
        total: group.total,
        page: group.page.map((item) => ({
          relationship: item.r,
          entity: item.m,
          from: item.from,
          to: item.to,
        })),
      }));
      return { centre: row['centre'], pages };
    },
  };
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    const handler = handlers[url.pathname];
    if (handler === undefined) {
      res.writeHead(404).end();
      return;
    }
    handler(url.searchParams).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      },
    );
  });
}
