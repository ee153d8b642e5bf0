/**
 * GraphiQL's page for Yoga's `renderGraphiQL`: every script, style and worker comes from this
 * server (see assets.ts), the options travel as inert JSON, and the example operations open as
 * tabs. A browser asking GET /graphql for HTML gets this page; every other request gets GraphQL.
 */
import type { GraphQLSchema } from 'graphql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { graphiqlAssets } from './assets.ts';
import { exampleTabs } from './examples.ts';

const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 20'%3E%3Cpath d='M3 15 Q3 5 10 5 T17 15' fill='none' stroke='%231D4ED8' stroke-width='3' stroke-linecap='round'/%3E%3C/svg%3E";

/** Detour's mark in place of Yoga's (GraphiQL inserts it as markup). */
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" width="28" height="28" aria-hidden="true"><path d="M3 15 Q3 5 10 5 T17 15" fill="none" stroke="#1D4ED8" stroke-width="3" stroke-linecap="round"/></svg>';

/** GraphiQL's options: Detour's title, the endpoint, and the examples as default tabs. */
export function graphiqlOptions(schema: GraphQLSchema): GraphiQLOptions {
  return {
    title: 'Detour GraphQL',
    logo: LOGO,
    endpoint: '/graphql',
    defaultTabs: exampleTabs(schema).map((tab) => ({ query: tab.query })),
    shouldPersistHeaders: false,
  };
}

/** JSON that is safe inside <script>: no "</script>", no HTML comment openers. */
function inertJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

export async function renderGraphiqlPage(options: GraphiQLOptions): Promise<string> {
  const { urls } = await graphiqlAssets();
  const url = (name: string): string => escapeHtml(urls[name] ?? '');
  const config = {
    options,
    workers: {
      editorWorkerService: urls['editor.worker.js'],
      json: urls['json.worker.js'],
      graphql: urls['graphql.worker.js'],
    },
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${ICON}" />
    <link rel="stylesheet" href="${url('graphiql.css')}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript. Without it, POST queries to /graphql as JSON.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-config">${inertJson(config)}</script>
    <script src="${url('graphiql.js')}"></script>
    <script src="${url('start.js')}"></script>
  </body>
</html>
`;
}
