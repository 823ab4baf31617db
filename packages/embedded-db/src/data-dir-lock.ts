import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const LOCK_FILE = 'parley-db.lock';

interface LockRecord {
  pid: number;
  uri?: string;
  kind?: string;
}

export interface DataDirLock {
  /** Adds what runs on the directory, so a second starter can say where it is. */
  describe(uri: string, kind: string): Promise<void>;
  release(): Promise<void>;
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, owner: LockRecord) {
    super(
      `The data directory ${dataDir} is in use by process ${owner.pid}` +
        (owner.uri ? ` (${owner.kind ?? 'database'} at ${owner.uri})` : '') +
        `. Stop it (kill ${owner.pid}) or use another data directory.`,
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * One database process per data directory. Two FerretDB launchers on one SQLite directory (or two
 * mongods on one dbpath) would at best fail confusingly; and `pnpm run` does not pass SIGTERM on to
 * its script's children, so an orphaned `pnpm db` can still be holding the directory. A lock file
 * with the owner's pid turns that into a clear error; a lock whose owner is gone is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(JSON.stringify({ pid: process.pid } satisfies LockRecord));
      } finally {
        await handle.close();
      }
      return {
        describe: (uri, kind) =>
          writeFile(file, JSON.stringify({ pid: process.pid, uri, kind } satisfies LockRecord)),
        release: () => rm(file, { force: true }),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A lock created a moment ago may not have its content yet: look twice before calling it stale.
    const owner = (await readOwner(file)) ?? (await sleep(200).then(() => readOwner(file)));
    if (owner && isAlive(owner.pid)) throw new DataDirInUseError(dataDir, owner);
    await rm(file, { force: true });
  }
}

async function readOwner(file: string): Promise<LockRecord | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'pid' in parsed && typeof parsed.pid === 'number') {
      return parsed as LockRecord;
    }
  } catch {
    // unreadable or half-written: treated as stale
  }
  return undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
