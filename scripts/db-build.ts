/**
 * `pnpm db:build`: builds the embedded FerretDB launcher (Go) into its cache, so that the first test or
 * start does not pay for it. A no-op when the cached binary is up to date.
 */
import { buildLauncher } from '../packages/embedded-db/src/index';

const { path, built, durationMs } = await buildLauncher({ log: (msg: string) => console.error(msg) });
console.log(built ? `built ${path} in ${(durationMs / 1000).toFixed(1)} s` : `up to date: ${path}`);
