/**
 * `pnpm demo:load --cases N [--months M] [--seed S] [--uri mongodb://…]`: writes N cases of realistic
 * history across the seed flows (docs/demo-data.md). Connects as `pnpm start` does — the embedded
 * database under .data/ by default, MONGODB_URI or --uri otherwise — makes sure the seeds are there
 * (the start-up seeding), then writes through the server's command path with the case clock moving
 * over the months, printing progress and a summary. Running it again adds more history.
 */
import { parseArgs } from 'node:util';
import { resolveDatabase } from '../packages/embedded-db/src/index';
import {
  connectDatabase,
  createLogger,
  demoUserLines,
  loadConfig,
  prepareDatabase,
  startServer,
} from '../packages/server/src/index';
import { loadDemo, summaryLines } from './demo/index';

const { values } = parseArgs({
  options: {
    cases: { type: 'string' },
    months: { type: 'string', default: '6' },
    seed: { type: 'string', default: '1' },
    uri: { type: 'string' },
    'reset-demo': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(
    'usage: pnpm demo:load --cases N [--months M (default 6)] [--seed S (default 1)] [--uri mongodb://…]',
  );
  process.exit(problem ? 2 : 0);
}

if (values.help) usage();
if (values['reset-demo'])
  usage(
    '--reset-demo is not offered: case logs are append-only and anchored in the daily audit chain, so demo ' +
      'cases cannot be removed without breaking verifyAudit. Load into a fresh database instead ' +
      '(docs/demo-data.md "Starting over").',
  );
const cases = Number(values.cases);
const months = Number(values.months);
const seed = Number(values.seed);
if (!Number.isInteger(cases) || cases < 1 || cases > 1_000_000)
  usage('--cases must be a whole number from 1 to 1,000,000');
if (!(months > 0 && months <= 60)) usage('--months must be more than 0 and at most 60');
if (!Number.isInteger(seed)) usage('--seed must be a whole number');

const config = loadConfig({ ...process.env, PORT: '0', PARLEY_WORKERS: 'off' });
if (config.NODE_ENV === 'production') usage('demo data is not for production databases');
const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
const database = await resolveDatabase({
  log: (msg: string) => console.log(msg),
  ...(values.uri ? { env: { ...process.env, MONGODB_URI: values.uri } } : {}),
});
const db = await connectDatabase(database.uri, config.PARLEY_DB_NAME);
try {
  const { createdDemoUsers } = await prepareDatabase(db, config, logger, { seed: true });
  for (const line of demoUserLines(createdDemoUsers)) console.log(line);
  // The server's start-up (data keys, file store, PDF font) without serving anything but a free port.
  const server = await startServer({ config, db, logger });
  try {
    console.log(
      `Loading ${cases} demo cases over ${months} months (seed ${seed}) into ${database.description} …`,
    );
    const summary = await loadDemo({
      models: db.models,
      logger,
      cases,
      months,
      seed,
      onProgress: (p) =>
        console.log(
          `  ${String(p.opened).padStart(6)}/${p.cases} cases opened, ${p.steps} steps, case clock ${p.clock.toISOString().slice(0, 10)}, ${(p.opened / (p.elapsedMs / 1000)).toFixed(1)} cases/s`,
        ),
    });
    console.log(summaryLines(summary).join('\n'));
    if (summary.failures.length > 0) process.exitCode = 1;
  } finally {
    await server.stop();
  }
} finally {
  await db.close();
  await database.stop();
}
// The agreement renderer's worker thread and pooled sockets would keep the process alive.
process.exit(process.exitCode ?? 0);
