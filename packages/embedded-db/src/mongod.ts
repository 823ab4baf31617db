import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { MongoClient } from 'mongodb';
import { defaultLogger, type Logger } from './logger';
import {
  describeExit,
  type ExitStatus,
  freePort,
  sleep,
  TailBuffer,
  terminate,
  waitForExit,
} from './process-utils';

export interface StartMongodOptions {
  /** Path of the mongod binary. */
  mongod: string;
  /** Used as --dbpath (created if missing). */
  dataDir: string;
  log?: Logger;
  startTimeoutMs?: number;
}

export interface MongodHandle {
  uri: string;
  pid: number;
  exited: Promise<ExitStatus>;
  /** SIGTERM (mongod shuts down cleanly on it) and wait for the exit. Idempotent. */
  stop(): Promise<ExitStatus>;
}

/** Runs a local mongod on a free port and resolves once it answers a ping. */
export async function startMongod(options: StartMongodOptions): Promise<MongodHandle> {
  const log = options.log ?? defaultLogger;
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  await mkdir(options.dataDir, { recursive: true });
  // mongod cannot report a port it picked itself, so we pick one; the tiny race with another
  // process taking it in between ends in a clear "exited before it was ready" error.
  const port = await freePort();
  const uri = `mongodb://127.0.0.1:${port}/`;

  const child = spawn(
    options.mongod,
    ['--port', String(port), '--bind_ip', '127.0.0.1', '--dbpath', options.dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = waitForExit(child);
  // mongod writes its (JSON) log to stdout; keep it for error messages only.
  const tail = new TailBuffer();
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => tail.push(line));
  }
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (spawnError) throw new Error(`mongod could not be started (${options.mongod}): ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `mongod exited before it was ready (${describeExit(await exited)}):\n${tail.toString()}`,
      );
    }
    if (await answersPing(uri)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`mongod did not answer within ${startTimeoutMs} ms:\n${tail.toString()}`);
    }
    await sleep(250);
  }

  let stopping: Promise<ExitStatus> | undefined;
  void exited.then((status) => {
    if (!stopping) log(`mongod (pid ${String(child.pid)}) exited unexpectedly: ${describeExit(status)}`);
  });
  return { uri, pid: child.pid ?? -1, exited, stop: () => (stopping ??= terminate(child, exited)) };
}

async function answersPing(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
  try {
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}
