/**
 * Fails when the generated GraphQL types are stale: snapshots the generated folders, regenerates them
 * IN PLACE (`pnpm codegen`), and compares byte for byte. When they differ the fresh files are left in
 * the working tree, ready to commit.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const targets = ['packages/server/src/generated', 'packages/admin/src/generated'];

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(root, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

const before = new Map<string, string>();
for (const t of targets) for (const [k, v] of snapshot(join(root, t))) before.set(k, v);

execFileSync('pnpm', ['run', '--silent', 'codegen'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const after = new Map<string, string>();
for (const t of targets) for (const [k, v] of snapshot(join(root, t))) after.set(k, v);

const stale = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
if (stale.length > 0) {
  console.error('Generated GraphQL types were stale (now regenerated; commit them):');
  for (const f of stale) console.error(`  ${f}`);
  process.exit(1);
}
console.log('codegen: generated types are up to date');
