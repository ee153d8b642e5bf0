// The one module that reads the build environment (import.meta.env). Everything else imports `config`.

/** Where the GraphQL API answers; same origin by default (the API serves this app in production). */
function readGraphqlEndpoint(): string {
  const value = import.meta.env.VITE_DETOUR_GRAPHQL_ENDPOINT ?? '/graphql';
  if (!/^(\/|https?:\/\/)/.test(value)) {
    throw new Error(
      `VITE_DETOUR_GRAPHQL_ENDPOINT must be a path starting with "/" or an http(s) URL, got "${value}".`,
    );
  }
  return value;
}

export const config = {
  graphqlEndpoint: readGraphqlEndpoint(),
  /** Expose `window.cy` and `window.__detour` so browser tests can assert on the graph. */
  exposeTestHooks: import.meta.env.VITE_DETOUR_TEST_HOOKS !== 'off',
} as const;
