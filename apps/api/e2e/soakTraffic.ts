/**
 * The soak's mixed traffic: what the explorer asks most (entity, search, neighborhood, access
 * paths, stats), over the seed data's own ids and names, so every request is one a user sends.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphqlRequest } from './requestStream.ts';

const SEED = fileURLToPath(new URL('../../../seed-data/detour-seed.json', import.meta.url));

interface SeedEntity {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
}

const ENTITY_FIELDS = 'id kind name aliases country';

export interface SoakTraffic {
  /** The n-th request of a client: the shapes in turn, each over the ids and names in turn. */
  next(client: number, n: number): GraphqlRequest;
  readonly shapes: readonly string[];
}

export function soakTraffic(): SoakTraffic {
  const seed = JSON.parse(readFileSync(SEED, 'utf8')) as { entities: SeedEntity[] };
  const entities = seed.entities;
  const endUsers = entities.filter((entity) => entity.kind === 'EndUser');
  const words = entities.map((entity) => entity.name.split(/\s+/)[0] ?? entity.name);
  const pick = <T>(list: readonly T[], n: number): T => {
    const item = list[n % list.length];
    if (item === undefined) throw new Error('The seed data has no entities to soak with');
    return item;
  };
  const shapes: readonly ((n: number) => GraphqlRequest)[] = [
    (n) => ({
      label: 'entity',
      query: `query ($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} description sources { id url } } }`,
      variables: { id: pick(entities, n).id },
    }),
    (n) => ({
      label: 'search',
      query: `query ($q: String!) { search(query: $q, first: 10) { score entity { ${ENTITY_FIELDS} } } }`,
      variables: { q: pick(words, n) },
    }),
    (n) => ({
      label: 'neighborhood',
      query: `query ($id: ID!) { neighborhood(id: $id, depth: 2, first: 100) { truncated entities { ${ENTITY_FIELDS} } relationships { id type from to status } } }`,
      variables: { id: pick(entities, n).id },
    }),
    (n) => ({
      label: 'accessPaths',
      query: `query ($from: ID!) { accessPaths(from: $from, first: 20) { truncated paths { endUser provider capability hops weakestStatus } } }`,
      variables: { from: pick(endUsers, n).id },
    }),
    () => ({
      label: 'stats',
      query: `{ stats { entities relationships sources entitiesByKind { kind count } relationshipsByType { type count } } }`,
    }),
  ];
  return {
    shapes: ['entity', 'search', 'neighborhood', 'accessPaths', 'stats'],
    next: (client, n) => {
      const turn = client + n;
      const shape = shapes[turn % shapes.length];
      if (shape === undefined) throw new Error('no request shapes');
      return shape(Math.floor(turn / shapes.length) + client * 7);
    },
  };
}
