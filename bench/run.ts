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
    console.log(
      `${r.name.padEnd(58)} ${fmt(r.value).padStart(12)} ${r.unit.padEnd(8)} vs ${r.baseline.name} ${fmt(r.baseline.value)}  → ratio ${r.ratio.toFixed(2)}×${r.note ? `  (${r.note})` : ''}`,
    );
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
process.exit(0);

function fmt(v: number): string {
  return v >= 100 ? v.toFixed(0) : v.toFixed(2);
}
