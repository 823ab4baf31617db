// The `pnpm db` contract: one MONGODB_URI line on stdout, a clean stop (exit 0) on SIGTERM, data that
// survives a restart, one process per data directory, and no launcher left behind when the runner
// is killed outright.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLauncher, type ExitStatus, startFerretDB, withDatabaseName } from '../src/index';
import { packageDir, repoRoot } from '../src/paths';

const cliPath = path.join(packageDir, 'src', 'cli.ts');

interface RunningCli {
  child: ChildProcessWithoutNullStreams;
  uri: string;
  stdoutLines: string[];
  stderr: () => string;
  exited: Promise<ExitStatus>;
}

/** Runs cli.ts as `pnpm db` does (through tsx), but without pnpm in between, which drops SIGTERM. */
function spawnCli(dataDir: string): {
  child: ChildProcessWithoutNullStreams;
  stdoutLines: string[];
  stderr: () => string;
  exited: Promise<ExitStatus>;
} {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', cliPath, '--use', 'ferretdb', '--data-dir', dataDir],
    {
      cwd: repoRoot,
      stdio: 'pipe',
    },
  );
  const stdoutLines: string[] = [];
  let stderr = '';
  createInterface({ input: child.stdout }).on('line', (line) => stdoutLines.push(line));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<ExitStatus>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdoutLines, stderr: () => stderr, exited };
}

async function startCli(dataDir: string): Promise<RunningCli> {
  const cli = spawnCli(dataDir);
  const deadline = performance.now() + 120_000;
  while (cli.stdoutLines.length === 0) {
    if (cli.child.exitCode !== null) throw new Error(`cli.ts exited early:\n${cli.stderr()}`);
    if (performance.now() > deadline) throw new Error(`cli.ts printed nothing:\n${cli.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const line = cli.stdoutLines[0] ?? '';
  expect(line).toMatch(/^MONGODB_URI=mongodb:\/\/127\.0\.0\.1:\d+\/$/);
  return { ...cli, uri: line.slice('MONGODB_URI='.length) };
}

async function withClient<T>(uri: string, use: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = await MongoClient.connect(withDatabaseName(uri, 'launcher_test'));
  try {
    return await use(client);
  } finally {
    await client.close();
  }
}

function portAcceptsConnections(uri: string): Promise<boolean> {
  const port = Number(/:(\d+)\/$/.exec(uri)?.[1]);
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('the FerretDB launcher through cli.ts (pnpm db)', () => {
  let dataDir: string;

  beforeAll(async () => {
    // Build (or find cached) before the timed steps; a cold first build takes minutes.
    await buildLauncher();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-cli-'));
  }, 600_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('persists across a SIGTERM stop and a restart on the same data dir', async () => {
    const first = await startCli(dataDir);
    await withClient(first.uri, (client) =>
      client
        .db()
        .collection('notes')
        .insertOne({ _id: 'persisted' as never, text: 'survives restarts' }),
    );

    // A second runner on the same directory is refused, naming the owner.
    const second = spawnCli(dataDir);
    expect((await second.exited).code).toBe(1);
    expect(second.stderr()).toContain(`in use by process ${first.child.pid}`);

    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.stdoutLines).toEqual([`MONGODB_URI=${first.uri}`]);

    const restarted = await startCli(dataDir);
    const doc = await withClient(restarted.uri, (client) => client.db().collection('notes').findOne({}));
    expect(doc).toEqual({ _id: 'persisted', text: 'survives restarts' });

    // Killed outright, the runner cannot stop its launcher; the launcher notices its stdin closing
    // and stops by itself, releasing the port (and the data dir for the next start).
    restarted.child.kill('SIGKILL');
    await restarted.exited;
    const deadline = performance.now() + 15_000;
    while (await portAcceptsConnections(restarted.uri)) {
      expect(performance.now(), 'launcher still listening after its runner was killed').toBeLessThan(
        deadline,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const third = await startCli(dataDir);
    const again = await withClient(third.uri, (client) => client.db().collection('notes').countDocuments());
    expect(again).toBe(1);
    third.child.kill('SIGTERM');
    expect(await third.exited).toEqual({ code: 0, signal: null });
  }, 180_000);

  it('startFerretDB().stop() ends the launcher with exit code 0', async () => {
    const db = await startFerretDB({ dataDir: path.join(dataDir, 'direct') });
    await withClient(db.uri, (client) => client.db().command({ ping: 1 }));
    expect(await db.stop()).toEqual({ code: 0, signal: null });
  });

  it('fails with the launcher’s own words when it cannot start', async () => {
    // PostgreSQL backend pointed at a port where nothing listens.
    await expect(
      startFerretDB({
        backend: 'postgresql',
        postgresqlUrl: 'postgres://postgres@127.0.0.1:1/none',
        log: () => {},
      }),
    ).rejects.toThrow(/exited before it was ready[\s\S]*ferretdb-launcher:/);
  });
});
