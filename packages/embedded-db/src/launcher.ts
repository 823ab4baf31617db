import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { isAlive } from './data-dir-lock';
import { defaultLogger, type Logger } from './logger';
import { goModuleDir, launcherBinDir } from './paths';
import {
  describeExit,
  type ExitStatus,
  findExecutable,
  sleep,
  TailBuffer,
  terminate,
  waitForExit,
} from './process-utils';

export type FerretDBBackend = 'sqlite' | 'postgresql';

/** Used when neither the caller nor PARLEY_POSTGRESQL_URL names a PostgreSQL server. */
export const DEFAULT_POSTGRESQL_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

const LAUNCHER_NAME = 'ferretdb-launcher';
const URI_LINE_PREFIX = 'MONGODB_URI=';
/** Besides every `*.go` file, the files whose contents decide whether the cached binary is still current. */
const MODULE_FILES = ['go.mod', 'go.sum'] as const;
/** Where Go usually lives when it is installed but not on PATH (e.g. a non-login shell). */
const GO_FALLBACK_DIRS = ['/usr/local/go/bin', '/usr/lib/go/bin'];

export class GoNotFoundError extends Error {
  constructor() {
    super(
      'Go was not found on PATH or in /usr/local/go/bin. The embedded FerretDB launcher is built from ' +
        `${goModuleDir} with Go >= 1.24; install Go or set MONGODB_URI to a running MongoDB.`,
    );
    this.name = 'GoNotFoundError';
  }
}

export async function findGo(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const goroot = env.GOROOT ? [path.join(env.GOROOT, 'bin')] : [];
  return findExecutable('go', [...goroot, ...GO_FALLBACK_DIRS], env);
}

export interface BuildLauncherOptions {
  log?: Logger;
  /** Path of the `go` binary; found on PATH (then /usr/local/go/bin) when omitted. */
  go?: string;
  /** Where the binary and its stamp are kept; default packages/embedded-db/bin. */
  outDir?: string;
}

export interface BuiltLauncher {
  /** Absolute path of the launcher binary. */
  path: string;
  /** False when the cached binary was current. */
  built: boolean;
  /** Time spent building (0 when cached). */
  durationMs: number;
}

/**
 * Builds the FerretDB launcher once and caches it; rebuilds only when a `.go` file, go.mod, go.sum or the
 * Go version change (a hash stamp next to the binary records what it was built from). A first build
 * with a cold module cache downloads FerretDB and its dependencies and compiles them: minutes, not
 * seconds. Concurrent callers (two test projects, `pnpm db` next to a test run) share one build
 * through a lock directory.
 */
export async function buildLauncher(options: BuildLauncherOptions = {}): Promise<BuiltLauncher> {
  const log = options.log ?? defaultLogger;
  const go = options.go ?? (await findGo());
  if (!go) throw new GoNotFoundError();

  const outDir = options.outDir ?? launcherBinDir;
  const binary = path.join(outDir, LAUNCHER_NAME);
  const stampFile = `${binary}.stamp`;
  const hash = await sourceHash(go);

  if (await stampMatches(stampFile, hash)) return { path: binary, built: false, durationMs: 0 };

  await mkdir(outDir, { recursive: true });
  const release = await acquireLock(path.join(outDir, '.build.lock'), log);
  try {
    // Another process may have finished the same build while we waited for the lock.
    if (await stampMatches(stampFile, hash)) return { path: binary, built: false, durationMs: 0 };

    log(
      `Building the FerretDB launcher from ${goModuleDir} (a first build downloads and compiles FerretDB: minutes)`,
    );
    const started = Date.now();
    // Build to a temporary name and rename, so a reader never runs a half-written binary.
    const temporary = `${binary}.${process.pid}.tmp`;
    await runGoBuild(go, temporary);
    await rename(temporary, binary);
    await writeFile(stampFile, `${hash}\n`);
    const durationMs = Date.now() - started;
    log(`Built ${binary} in ${(durationMs / 1000).toFixed(1)} s`);
    return { path: binary, built: true, durationMs };
  } finally {
    await release();
  }
}

async function sourceHash(go: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${await goVersion(go)}\0${process.platform}\0${process.arch}\0`);
  const goFiles = (await readdir(goModuleDir)).filter((file) => file.endsWith('.go')).sort();
  for (const file of [...goFiles, ...MODULE_FILES]) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(goModuleDir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

async function stampMatches(stampFile: string, hash: string): Promise<boolean> {
  try {
    const [stamp] = await Promise.all([
      readFile(stampFile, 'utf8'),
      readFile(stampFile.replace(/\.stamp$/, '')),
    ]);
    return stamp.trim() === hash;
  } catch {
    return false;
  }
}

function goVersion(go: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(go, ['env', 'GOVERSION'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`${go} env GOVERSION failed (${String(code)})`)),
    );
  });
}

function runGoBuild(go: string, output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // CGO_ENABLED=0: FerretDB's SQLite driver is pure Go, so no C toolchain is needed.
    // -buildvcs=false: the module sits inside Parley's git tree; stamping it buys nothing.
    const child = spawn(go, ['build', '-buildvcs=false', '-trimpath', '-o', output, '.'], {
      cwd: goModuleDir,
      env: { ...process.env, CGO_ENABLED: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail = new TailBuffer(60);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => tail.push(line));
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else {
        void rm(output, { force: true });
        reject(
          new Error(
            `go build of the FerretDB launcher failed (${describeExit({ code, signal })}):\n${tail.toString()}`,
          ),
        );
      }
    });
  });
}

/** A directory as a lock: mkdir is atomic. A lock whose owner process is gone is taken over. */
async function acquireLock(
  lockDir: string,
  log: Logger,
  timeoutMs = 20 * 60_000,
): Promise<() => Promise<void>> {
  const ownerFile = path.join(lockDir, 'pid');
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(ownerFile, String(process.pid));
      return () => rm(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await readFile(ownerFile, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && !isAlive(owner)) {
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the build lock ${lockDir}`);
    if (!announced) {
      log(`Waiting for another process (pid ${String(owner)}) to finish building the launcher`);
      announced = true;
    }
    // An owner that has created the directory but not yet written its pid reads as NaN: just wait.
    await sleep(500);
  }
}

export interface StartFerretDBOptions {
  /** Default: env PARLEY_DB_BACKEND, else sqlite. */
  backend?: FerretDBBackend;
  /** SQLite data directory (created if missing). Required for the sqlite backend. */
  dataDir?: string;
  /** Default: env PARLEY_POSTGRESQL_URL, else {@link DEFAULT_POSTGRESQL_URL}. */
  postgresqlUrl?: string;
  /** TCP address; default 127.0.0.1:0 (a free port). */
  listen?: string;
  /**
   * SQLite only: add the `_id` expression index FerretDB's `_id` lookups need (docs/database.md).
   * Default true; false only to measure or show the difference.
   */
  sqliteIdIndex?: boolean;
  /**
   * PostgreSQL only: mirror each declared index as the GIN expression index FerretDB's equality
   * filters need (docs/database.md). Default true; false only to measure or show the difference.
   */
  postgresqlGinIndex?: boolean;
  /** The launcher binary; built (or taken from the cache) with {@link buildLauncher} when omitted. */
  binary?: string;
  log?: Logger;
  startTimeoutMs?: number;
}

export interface FerretDBHandle {
  uri: string;
  kind: 'ferretdb-sqlite' | 'ferretdb-postgresql';
  backend: FerretDBBackend;
  pid: number;
  /** Settles when the launcher exits, for whatever reason. */
  exited: Promise<ExitStatus>;
  /** Sends SIGTERM and resolves with the exit status (code 0 on a clean stop). Idempotent. */
  stop(): Promise<ExitStatus>;
}

export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): FerretDBBackend {
  const value = env.PARLEY_DB_BACKEND;
  if (value === undefined || value === '' || value === 'sqlite') return 'sqlite';
  if (value === 'postgresql') return 'postgresql';
  throw new Error(`PARLEY_DB_BACKEND must be sqlite or postgresql, got ${JSON.stringify(value)}`);
}

/**
 * Starts the FerretDB launcher and resolves once it prints its `MONGODB_URI=` line. Its stderr is
 * passed to `log`; if it exits or stays silent before that line, the promise rejects with the last
 * lines it wrote.
 */
export async function startFerretDB(options: StartFerretDBOptions = {}): Promise<FerretDBHandle> {
  const log = options.log ?? defaultLogger;
  const backend = options.backend ?? backendFromEnv();
  const binary = options.binary ?? (await buildLauncher({ log })).path;
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;

  // --stop-on-stdin-close: stdin is a pipe from us, so if this Node process dies without calling
  // stop(), the launcher sees end-of-file and shuts down instead of lingering.
  const args = ['--listen', options.listen ?? '127.0.0.1:0', '--backend', backend, '--stop-on-stdin-close'];
  if (backend === 'sqlite') {
    if (!options.dataDir) throw new Error('startFerretDB: dataDir is required for the sqlite backend');
    args.push('--data-dir', path.resolve(options.dataDir));
    if (options.sqliteIdIndex === false) args.push('--sqlite-id-index=false');
  } else {
    args.push(
      '--postgresql-url',
      options.postgresqlUrl ?? process.env.PARLEY_POSTGRESQL_URL ?? DEFAULT_POSTGRESQL_URL,
    );
    if (options.postgresqlGinIndex === false) args.push('--postgresql-gin-index=false');
  }

  // detached: its own process group, so a Ctrl-C in the terminal reaches only us and we stop it
  // with one SIGTERM (a second signal makes the launcher give up on a clean shutdown).
  const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const exited = waitForExit(child);
  const stderrTail = new TailBuffer();
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    log(`[ferretdb] ${line}`);
  });

  const uri = await new Promise<string>((resolve, reject) => {
    const fail = (reason: string): void => {
      clearTimeout(timer);
      reject(new Error(`FerretDB launcher ${reason}. Its last output:\n${stderrTail.toString()}`));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`printed no MONGODB_URI line within ${startTimeoutMs} ms`);
    }, startTimeoutMs);
    child.once('error', (error) => fail(`could not be started (${binary}): ${error.message}`));
    void exited.then((status) => fail(`exited before it was ready (${describeExit(status)})`));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith(URI_LINE_PREFIX)) {
        clearTimeout(timer);
        resolve(line.slice(URI_LINE_PREFIX.length));
      } else {
        log(`[ferretdb stdout] ${line}`);
      }
    });
  });

  let stopping: Promise<ExitStatus> | undefined;
  void exited.then((status) => {
    if (!stopping)
      log(`FerretDB launcher (pid ${String(child.pid)}) exited unexpectedly: ${describeExit(status)}`);
  });

  return {
    uri,
    kind: backend === 'sqlite' ? 'ferretdb-sqlite' : 'ferretdb-postgresql',
    backend,
    pid: child.pid ?? -1,
    exited,
    stop: () => (stopping ??= terminate(child, exited)),
  };
}
