import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/embedded-db, found from this file so it works from any working directory. */
export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The repository root (two levels above the package). */
export const repoRoot = path.resolve(packageDir, '..', '..');

/** Our Go module: main.go, go.mod, go.sum. */
export const goModuleDir = path.join(packageDir, 'go');

/** Where the built launcher is cached (git-ignored). */
export const launcherBinDir = path.join(packageDir, 'bin');

/** Data of `pnpm db` and `pnpm start`, kept across restarts (git-ignored). */
export const defaultDataDir = path.join(repoRoot, '.data', 'db');
