/** The build-time variables Detour's web app reads (in src/config.ts only). */
interface ImportMetaEnv {
  readonly VITE_DETOUR_GRAPHQL_ENDPOINT?: string;
  /** "off" hides window.cy and window.__detour. */
  readonly VITE_DETOUR_TEST_HOOKS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
