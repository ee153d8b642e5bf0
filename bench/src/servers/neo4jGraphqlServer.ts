import { createServer, type Server } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from '../setup/database.ts';

/**
 * The same entities and relationships described for @neo4j/graphql: one node type (every entity
 * carries the Entity label) and a field per relationship type and direction, with the
 * relationship's id and status as relationship properties. Reads only.
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Rel @relationshipProperties {
    id: ID!
    status: String!
  }

  type Entity @node(labels: ["Entity"]) @mutation(operations: []) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    country: String
    description: String
    buysFrom: [Entity!]! @relationship(type: "BUYS_FROM", direction: OUT, properties: "Rel")
    customers: [Entity!]! @relationship(type: "BUYS_FROM", direction: IN, properties: "Rel")
    offers: [Entity!]! @relationship(type: "OFFERS", direction: OUT, properties: "Rel")
    offeredBy: [Entity!]! @relationship(type: "OFFERS", direction: IN, properties: "Rel")
    makes: [Entity!]! @relationship(type: "MAKES", direction: OUT, properties: "Rel")
    madeBy: [Entity!]! @relationship(type: "MAKES", direction: IN, properties: "Rel")
    subsidiaryOf: [Entity!]! @relationship(type: "SUBSIDIARY_OF", direction: OUT, properties: "Rel")
    subsidiaries: [Entity!]! @relationship(type: "SUBSIDIARY_OF", direction: IN, properties: "Rel")
    listedOn: [Entity!]! @relationship(type: "LISTED_ON", direction: OUT, properties: "Rel")
    lists: [Entity!]! @relationship(type: "LISTED_ON", direction: IN, properties: "Rel")
    restricts: [Entity!]! @relationship(type: "RESTRICTS", direction: OUT, properties: "Rel")
    restrictedBy: [Entity!]! @relationship(type: "RESTRICTS", direction: IN, properties: "Rel")
    sameAs: [Entity!]! @relationship(type: "POSSIBLY_SAME_AS", direction: OUT, properties: "Rel")
    sameAsOf: [Entity!]! @relationship(type: "POSSIBLY_SAME_AS", direction: IN, properties: "Rel")
  }
`;

/** The relationship fields of NEO4J_GRAPHQL_TYPE_DEFS, for building the neighbourhood query. */
export const NEO4J_GRAPHQL_RELATIONSHIP_FIELDS = [
  'buysFrom',
  'customers',
  'offers',
  'offeredBy',
  'makes',
  'madeBy',
  'subsidiaryOf',
  'subsidiaries',
  'listedOn',
  'lists',
  'restricts',
  'restrictedBy',
  'sameAs',
  'sameAsOf',
] as const;

/**
 * @neo4j/graphql's generated schema and resolvers on a plain Yoga (no hardening plugins) on
 * node:http, on the same driver, naming the database so no request pays an extra round trip.
 */
export async function createNeo4jGraphqlServer(driver: Driver): Promise<Server> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver });
  const schema = await neoSchema.getSchema();
  await neoSchema.checkNeo4jCompat({ sessionConfig: { database: 'neo4j' } });
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    logging: 'warn',
    context: { sessionConfig: { database: 'neo4j' } },
  });
  return createServer((req, res) => {
    void yoga.handle(req, res);
  });
}
