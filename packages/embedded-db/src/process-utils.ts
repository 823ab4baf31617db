import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

/** How a child process ended. */
export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function isCleanExit(status: ExitStatus): boolean {
  return status.code === 0;
}

export function describeExit(status: ExitStatus): string {
  return status.signal ? `signal ${status.signal}` : `exit code ${String(status.code)}`;
}

/** The first executable called `name` on PATH, then in `extraDirs`; undefined when there is none. */
export async function findExecutable(
  name: string,
  extraDirs: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const dirs = [...(env.PATH ?? '').split(path.delimiter).filter((dir) => dir !== ''), ...extraDirs];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

/** A TCP port on 127.0.0.1 that was free a moment ago (for servers that cannot bind port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not determine a free port'));
      });
    });
  });
}

/**
 * Resolves when the child has exited (immediately if it already has), or could not be started at all
 * (then with code and signal null: no 'exit' event ever comes, and stop() must not wait for one).
 */
export function waitForExit(child: ChildProcess): Promise<ExitStatus> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => {
      if (child.pid === undefined) resolve({ code: null, signal: null });
    });
  });
}

/**
 * Sends SIGTERM and waits for the exit; SIGKILL after `killAfterMs` so a wedged process cannot hang a
 * test run's teardown forever.
 */
export async function terminate(
  child: ChildProcess,
  exited: Promise<ExitStatus>,
  killAfterMs = 20_000,
): Promise<ExitStatus> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const killer = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, killAfterMs);
    timer.unref();
  });
  try {
    await Promise.race([exited, killer]);
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Keeps the last lines a process wrote, to explain a failure. */
export class TailBuffer {
  private readonly lines: string[] = [];

  constructor(private readonly limit = 40) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.limit) this.lines.shift();
  }

  toString(): string {
    return this.lines.length === 0 ? '(no output)' : this.lines.join('\n');
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
