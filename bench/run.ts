/**
 * `pnpm bench [section…] [--sizes 1k,10k,100k]`: runs every section (or those named), prints a table, merges the
 * rows into bench/results/latest.json ({ name, unit, value, baseline: { name, value }, ratio, at };
 * rows of sections not run stay) and appends the run to bench/results/history.jsonl (bench/results.ts).
 */
import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSection } from './lib';
import { parseArgs } from './growth';
import { historyLine, mergeLatest, parseLatest, type RunInfo } from './results';
import { sections } from './sections/index';

const here = dirname(fileURLToPath(import.meta.url));
const args = parseArgs(process.argv.slice(2));
const wanted = args.sections;
const rows: BenchRow[] = [];
const sectionsRun: string[] = [];
for (const section of sections as BenchSection[]) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  sectionsRun.push(section.name);
  console.log(`\n# ${section.name}`);
  const result = await section.run({ sizes: args.sizes });
  const got = Array.isArray(result) ? result : result.rows;
  for (const r of got) {
    const ratio = r.ratio === null ? 'ratio —' : `ratio ${r.ratio.toFixed(2)}×`;
    console.log(
      `${r.name.padEnd(58)} ${fmt(r.value).padStart(12)} ${r.unit.padEnd(8)} vs ${r.baseline.name} ${fmt(r.baseline.value)}  → ${ratio}${r.note ? `  (${r.note})` : ''}`,
    );
    if (r.error) console.log(`${''.padEnd(58)} FAILED: ${r.error}`);
  }
  if (!Array.isArray(result) && result.table) console.log(`\n${result.table}`);
  rows.push(...got);
}
const out = join(here, 'results', 'latest.json');
await mkdir(dirname(out), { recursive: true });
const run: RunInfo = {
  at: new Date().toISOString(),
  node: process.version,
  commit: commitOf(),
  backend: process.env['MONGODB_URI']
    ? 'MONGODB_URI'
    : `ferretdb-${process.env['PARLEY_DB_BACKEND'] ?? 'sqlite'}`,
  loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
};
const previous = parseLatest(await readFile(out, 'utf8').catch(() => null));
await writeFile(out, JSON.stringify(mergeLatest(previous, run, rows), null, 2) + '\n');
await appendFile(join(here, 'results', 'history.jsonl'), historyLine(run, sectionsRun, rows) + '\n');
console.log(`\nwrote ${out} (and a line of history.jsonl)`);
const failed = rows.filter((r) => r.error);
if (failed.length > 0)
  console.log(`${failed.length} measurement(s) FAILED: ${failed.map((r) => r.name).join('; ')}`);
process.exit(0);

function commitOf(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function fmt(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return 'failed';
  return v >= 100 ? v.toFixed(0) : v.toFixed(2);
}
