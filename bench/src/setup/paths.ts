import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever directory the bench was started from. */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Loaded stores and scratch stores live here (git-ignored with the rest of .detour/). */
export const BENCH_DATA_DIR = join(REPO_ROOT, '.detour', 'bench');

export const API_DIR = join(REPO_ROOT, 'apps', 'api');
