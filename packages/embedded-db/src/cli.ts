// `pnpm db`: runs Parley's database in the foreground, resolved exactly as `pnpm start` and the
// tests resolve it (see resolve-database.ts). stdout carries one line, `MONGODB_URI=<uri>`, once the
// database accepts connections, so a script can wait for it; everything else goes to stderr.
// SIGTERM or SIGINT stops the database cleanly; the exit code is 0 only if it did.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backendFromEnv, type FerretDBBackend } from './launcher';
import { defaultLogger } from './logger';
import { defaultDataDir } from './paths';
import { describeExit } from './process-utils';
import { type DatabaseChoice, resolveDatabase } from './resolve-database';

const usage = `Usage: pnpm db [--backend sqlite|postgresql] [--data-dir DIR] [--postgresql-url URL] [--use auto|ferretdb|mongod|memory-server]

Runs the database in the foreground and prints MONGODB_URI=<uri> on stdout when it is ready.
Data persists in ${path.relative(process.cwd(), defaultDataDir) || defaultDataDir} unless --data-dir says otherwise.
Resolution: MONGODB_URI env > mongod on PATH > embedded FerretDB (Go) > mongodb-memory-server.`;

const backends: readonly FerretDBBackend[] = ['sqlite', 'postgresql'];
const choices: readonly DatabaseChoice[] = ['auto', 'ferretdb', 'mongod', 'memory-server'];

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`--${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      backend: { type: 'string' },
      'data-dir': { type: 'string' },
      'postgresql-url': { type: 'string' },
      use: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.error(usage);
    return 0;
  }

  const log = defaultLogger;
  const db = await resolveDatabase({
    dataDir: values['data-dir'] ?? defaultDataDir,
    backend: oneOf('backend', values.backend, backends) ?? backendFromEnv(),
    postgresqlUrl: values['postgresql-url'],
    use: oneOf('use', values.use, choices),
    log,
  });

  process.stdout.write(`MONGODB_URI=${db.uri}\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: stopping the database`);
      db.stop().then(
        () => resolve(0),
        (error: unknown) => {
          log(`The database did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    void db.exited.then((status) => {
      if (stopping) return;
      log(`The database exited by itself (${describeExit(status)})`);
      resolve(1);
    });
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    defaultLogger(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
