export { startNeo4j, type RunningNeo4j, type StartNeo4jOptions } from './startNeo4j.ts';
export { buildLauncher, LAUNCHER_DIR } from './buildLauncher.ts';
export { freePort } from './freePort.ts';
export { findRunningNeo4j } from './runningFile.ts';
export { APOC_PLUGIN_DIR, ensureApoc } from './apoc.ts';
export {
  beginStoreBuild,
  isNewStore,
  StoreBuildRefused,
  type StoreBuild,
  type StoreBuildRefusal,
} from './storeBuild.ts';
export { LIST_SEPARATOR, type ImportFiles, type ImporterOptions } from './runImporter.ts';
export type { ImporterProgress } from './importerProgress.ts';
