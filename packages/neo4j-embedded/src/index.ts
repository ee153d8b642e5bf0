export { startNeo4j, type RunningNeo4j, type StartNeo4jOptions } from './startNeo4j.ts';
export { buildLauncher, LAUNCHER_DIR } from './buildLauncher.ts';
export { freePort } from './freePort.ts';
export { findRunningNeo4j } from './runningFile.ts';
export { APOC_PLUGIN_DIR, ensureApoc } from './apoc.ts';
