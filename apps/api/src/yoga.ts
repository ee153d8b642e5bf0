import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import { createContext, type Context } from './context.ts';
import type { Database } from './db/database.ts';

export interface YogaOptions {
  readonly schema: GraphQLSchema;
  readonly db: Database;
  readonly production: boolean;
}

export type DetourYoga = YogaServerInstance<Record<string, unknown>, Context>;

/** GraphQL over HTTP at /graphql. Unexpected errors are masked; coded errors pass through. */
export function createDetourYoga({ schema, db, production }: YogaOptions): DetourYoga {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: () => createContext(db),
    maskedErrors: true,
    graphiql: !production,
    landingPage: false,
    logging: production ? 'warn' : 'info',
  });
}
