/**
 * The admin SPA as `pnpm start` and the e2e tests serve it: built once per source state into
 * `.cache/admin/<hash of its sources>/`, and served from that directory only — the built files and a
 * `/graphql` proxy, nothing else (no `/@fs/`, no dotfiles, no sources: the dev server serves any file it
 * may read, and the repository holds `.data/`, whose database keeps the signing secrets).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type Plugin, type PreviewServer } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const adminDir = path.join(repoRoot, 'packages', 'admin');
export const adminConfigFile = path.join(adminDir, 'vite.config.ts');
const buildCacheDir = path.join(repoRoot, '.cache', 'admin');

/**
 * Serves the build in `outDir` on `host:port` (0: a free port) with `/graphql` (HTTP and WebSocket)
 * proxied to `apiOrigin`. Paths of the dev server's internals and dotfiles answer 404.
 */
export function serveAdmin(
  outDir: string,
  apiOrigin: string,
  listen: { host?: string; port?: number } = {},
): Promise<PreviewServer> {
  return preview({
    configFile: adminConfigFile,
    logLevel: 'warn',
    build: { outDir },
    plugins: [builtFilesOnly()],
    preview: {
      host: listen.host ?? '127.0.0.1',
      port: listen.port ?? 0,
      strictPort: true,
      open: false,
      proxy: { '/graphql': { target: apiOrigin, changeOrigin: true, ws: true } },
    },
  });
}

/** 404 for `/@fs/…`, `/@id/…`, `/node_modules/…`, `/src/…` and any path with a dot segment (`/.env`). */
function builtFilesOnly(): Plugin {
  return {
    name: 'parley-built-files-only',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch {
          pathname = '/@invalid';
        }
        if (/^\/(@|node_modules\/|src\/)|\/\./.test(pathname)) {
          res.statusCode = 404;
          res.setHeader('content-type', 'text/plain; charset=utf-8');
          res.end('Not found');
          return;
        }
        next();
      });
    },
  };
}

/**
 * Builds the admin into `.cache/admin/<hash of its sources>/` unless that build exists, and returns the
 * directory. Built in a temporary directory and renamed into place, so concurrent runs never serve a
 * half-written build.
 */
export async function buildAdmin(): Promise<string> {
  const hash = await adminSourceHash();
  const outDir = path.join(buildCacheDir, hash);
  if (existsSync(path.join(outDir, 'index.html'))) return outDir;

  const tmpDir = path.join(buildCacheDir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  // Vitest runs workers with NODE_ENV=test, which would make Vite produce a development bundle.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: adminConfigFile,
      logLevel: 'warn',
      build: { outDir: tmpDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  try {
    await rename(tmpDir, outDir);
  } catch (err) {
    // Another run finished the same build first: use theirs.
    await rm(tmpDir, { recursive: true, force: true });
    if (!existsSync(path.join(outDir, 'index.html'))) throw err;
  }
  await pruneOldBuilds(hash);
  return outDir;
}

/** Builds of other source states, older than an hour (a concurrent run may still be serving a newer one). */
async function pruneOldBuilds(keep: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of await readdir(buildCacheDir)) {
    if (name === keep || name.startsWith('tmp-')) continue;
    const dir = path.join(buildCacheDir, name);
    if ((await stat(dir)).mtimeMs < hourAgo) await rm(dir, { recursive: true, force: true });
  }
}

/** Everything the admin build depends on: its sources, its config and the lockfile. */
async function adminSourceHash(): Promise<string> {
  const files = [
    ...(await listFiles(path.join(adminDir, 'src'))),
    path.join(adminDir, 'index.html'),
    path.join(adminDir, 'package.json'),
    adminConfigFile,
    path.join(repoRoot, 'pnpm-lock.yaml'),
  ];
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash
      .update(path.relative(repoRoot, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  await mkdir(buildCacheDir, { recursive: true });
  return hash.digest('hex').slice(0, 16);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
