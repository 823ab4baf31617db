import { mkdir } from 'node:fs/promises';

export interface MemoryServerHandle {
  uri: string;
  stop(): Promise<void>;
}

/**
 * The last resort: mongodb-memory-server downloads a MongoDB build on first use, which needs the
 * internet (these machines cannot). Imported lazily so the common paths never load it.
 */
export async function startMemoryServer(dataDir: string): Promise<MemoryServerHandle> {
  await mkdir(dataDir, { recursive: true });
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  const server = await MongoMemoryServer.create({
    // wiredTiger on a directory we own, so `pnpm db` keeps its data across restarts here too.
    instance: { dbPath: dataDir, storageEngine: 'wiredTiger', ip: '127.0.0.1' },
  });
  return {
    uri: server.getUri(),
    stop: async () => {
      // The caller owns dataDir (it may be meant to persist); never let the library delete it.
      await server.stop({ doCleanup: false });
    },
  };
}
