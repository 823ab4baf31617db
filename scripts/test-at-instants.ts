/**
 * `pnpm test:time`: runs the time-sensitive test files once per fixed instant, each run with
 * PARLEY_TEST_NOW=<instant> so that every test file's wall clock starts there (test-support/fixed-now.setup.ts).
 * The suite must pass on any date and at any hour; these are the instants where date arithmetic breaks
 * first. One Vitest process per instant (a test file's module runs once per process, so one process
 * cannot run it at two instants); one database server for all of them, started here.
 *
 *   pnpm test:time                                   every instant
 *   pnpm test:time --only sunday,new-year-eve        some of them (by key)
 *   pnpm test:time -- packages/server/test/sla.integration.test.ts   other files (same instants)
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, resolveDatabase } from '../packages/embedded-db/src/index';

export interface FixedInstant {
  key: string;
  at: string;
  why: string;
}

export const INSTANTS: readonly FixedInstant[] = [
  {
    key: 'sunday',
    at: '2026-12-06T10:00:00+08:00',
    why: 'a Sunday (working-day deadlines end on a local midnight)',
  },
  {
    key: 'spring-festival-eve',
    at: '2027-02-05T15:00:00+08:00',
    why: '除夕, the eve of the Spring Festival',
  },
  {
    key: 'friday-235959',
    at: '2026-12-11T23:59:59+08:00',
    why: '23:59:59 Asia/Shanghai on a Friday (the weekend starts mid-run)',
  },
  {
    key: 'monday-midnight',
    at: '2026-12-14T00:00:00+08:00',
    why: '00:00:00 Asia/Shanghai on a Monday (the UTC date is still Sunday)',
  },
  {
    key: 'new-year-eve',
    at: '2026-12-31T23:59:59+08:00',
    why: '31 December, one second before the year turns in Shanghai',
  },
  {
    key: 'unmaintained-year',
    at: '2031-06-15T10:00:00+08:00',
    why: 'a day in a year no shipped calendar covers',
  },
];

/** The suites that depend on the date or hour: engine time, SLA, complaint clock, contact guard, timers, date of receipt, inbox SLA states, extension requests. */
export const TIME_SENSITIVE_FILES: readonly string[] = [
  'test-support/shifted-clock.test.ts',
  'packages/engine/test/time',
  'packages/engine/test/finance/contact-guard.test.ts',
  'packages/engine/test/interpreter/contact-consent.test.ts',
  'packages/server/src/features/cases/timers/case-sla.test.ts',
  'packages/server/test/sla.integration.test.ts',
  'packages/server/test/contact.integration.test.ts',
  'packages/server/test/timers.integration.test.ts',
  'packages/server/test/case-timers.integration.test.ts',
  'packages/server/test/case-received-at.integration.test.ts',
  'packages/server/test/inbox.integration.test.ts',
  'packages/server/test/workspace-approvals.integration.test.ts',
];

function parseArgs(argv: string[]): { only: Set<string> | null; files: string[] } {
  let only: Set<string> | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--only') only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else files.push(arg);
  }
  const unknown = [...(only ?? [])].filter((k) => !INSTANTS.some((i) => i.key === k));
  if (unknown.length > 0) {
    throw new Error(
      `unknown instant(s): ${unknown.join(', ')}; known: ${INSTANTS.map((i) => i.key).join(', ')}`,
    );
  }
  return { only, files };
}

async function main(): Promise<number> {
  const { only, files } = parseArgs(process.argv.slice(2));
  const instants = INSTANTS.filter((i) => !only || only.has(i.key));
  const targets = files.length > 0 ? files : [...TIME_SENSITIVE_FILES];
  // Vitest drops a filter that matches no file without a word: a moved file would silently go untested.
  const missing = targets.filter((file) => !existsSync(path.join(repoRoot, file)));
  if (missing.length > 0) {
    console.error(`test:time: no such test file: ${missing.join(', ')}`);
    return 1;
  }
  // One database server for every run (each test file still takes a database of its own on it).
  const dataDir = path.join(repoRoot, '.data', `test-${process.pid}-${randomBytes(3).toString('hex')}`);
  const db = await resolveDatabase({ dataDir, ephemeral: true });
  const results: { instant: FixedInstant; status: number }[] = [];
  try {
    for (const instant of instants) {
      console.log(`\n==> PARLEY_TEST_NOW=${instant.at}  [${instant.key}] ${instant.why}`);
      const run = spawnSync(
        'pnpm',
        ['exec', 'vitest', 'run', '--project', 'unit', '--project', 'integration', ...targets],
        {
          cwd: repoRoot,
          stdio: 'inherit',
          env: { ...process.env, PARLEY_TEST_NOW: instant.at, MONGODB_URI: db.uri },
        },
      );
      results.push({ instant, status: run.status ?? 1 });
    }
  } finally {
    await db.stop();
  }
  console.log('\n==> time-sensitive suites at fixed instants');
  for (const { instant, status } of results) {
    console.log(`${status === 0 ? 'passed' : 'FAILED'}  ${instant.at}  [${instant.key}]`);
  }
  return results.every((r) => r.status === 0) ? 0 : 1;
}

process.exitCode = await main();
