/**
 * `pnpm bench`: runs every section (or those named on the command line), prints a table and writes
 * bench/results/latest.json as rows of { name, unit, value, baseline: { name, value }, ratio }.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSection } from './lib';
import { sections } from './sections/index';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const section of sections as BenchSection[]) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  console.log(`\n# ${section.name}`);
  const got = await section.run();
  for (const r of got) {
    const ratio = r.ratio === null ? 'ratio —' : `ratio ${r.ratio.toFixed(2)}×`;
    console.log(
      `${r.name.padEnd(58)} ${fmt(r.value).padStart(12)} ${r.unit.padEnd(8)} vs ${r.baseline.name} ${fmt(r.baseline.value)}  → ${ratio}${r.note ? `  (${r.note})` : ''}`,
    );
    if (r.error) console.log(`${''.padEnd(58)} FAILED: ${r.error}`);
  }
  rows.push(...got);
}
const out = join(here, 'results', 'latest.json');
await mkdir(dirname(out), { recursive: true });
await writeFile(
  out,
  JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2) + '\n',
);
console.log(`\nwrote ${out}`);
const failed = rows.filter((r) => r.error);
if (failed.length > 0)
  console.log(`${failed.length} measurement(s) FAILED: ${failed.map((r) => r.name).join('; ')}`);
process.exit(0);

function fmt(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return 'failed';
  return v >= 100 ? v.toFixed(0) : v.toFixed(2);
}
