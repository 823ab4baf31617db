/**
 * Sizes and growth factors: `pnpm bench cases --sizes 1k,10k,100k` measures the hot paths at each
 * number of stored cases and reports how each measurement grows from one size to the next, directly
 * (value at the larger size ÷ value at the smaller). Pure: parsing, arithmetic and the printed table.
 */
import { row, type BenchRow } from './lib';

/** `1k,10k,100k` → [1000, 10000, 100000]: positive integers with an optional k or m, ascending, unique. */
export function parseSizes(text: string): number[] {
  const parts = text.split(',').map((p) => p.trim());
  const sizes = parts.map((part) => {
    const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(part);
    const n = m
      ? Number(m[1]) * (m[2]!.toLowerCase() === 'k' ? 1e3 : m[2]!.toLowerCase() === 'm' ? 1e6 : 1)
      : NaN;
    if (!Number.isSafeInteger(n) || n <= 0)
      throw new Error(`--sizes: "${part}" is not a number of cases (e.g. 1k,10k,100k)`);
    return n;
  });
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** 1000 → "1k", 100000 → "100k", 1500000 → "1.5m", 250 → "250". */
export function sizeLabel(n: number): string {
  if (n >= 1e6 && n % 1e4 === 0) return `${n / 1e6}m`;
  if (n >= 1e3 && n % 10 === 0) return `${n / 1e3}k`;
  return String(n);
}

export interface BenchArgs {
  sections: string[];
  /** From `--sizes a,b,c` (or `--sizes=a,b,c`); null when not given. */
  sizes: number[] | null;
}

/** The command line of `pnpm bench`: section names, and `--sizes`. Unknown flags are refused. */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const sections: string[] = [];
  let sizes: number[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--sizes') {
      const value = argv[++i];
      if (value === undefined) throw new Error('--sizes needs a value, e.g. --sizes 1k,10k,100k');
      sizes = parseSizes(value);
    } else if (arg.startsWith('--sizes=')) sizes = parseSizes(arg.slice('--sizes='.length));
    else if (arg === '--') continue;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg} (known: --sizes)`);
    else sections.push(arg);
  }
  return { sections, sizes };
}

/** One hot measurement at every size (null: failed there). */
export interface Series {
  name: string;
  unit: string;
  lowerIsBetter: boolean;
  /** size → value */
  values: ReadonlyMap<number, number | null>;
}

/** The pairs compared: each size with the one before, and the largest with the smallest (3+ sizes). */
export function growthPairs(sizes: readonly number[]): [number, number][] {
  const sorted = [...sizes].sort((a, b) => a - b);
  const pairs: [number, number][] = [];
  for (let i = 1; i < sorted.length; i++) pairs.push([sorted[i - 1]!, sorted[i]!]);
  if (sorted.length > 2) pairs.push([sorted[0]!, sorted[sorted.length - 1]!]);
  return pairs;
}

/** value at `large` ÷ value at `small`; null when either is missing, failed or not positive. */
export function growthFactor(series: Series, small: number, large: number): number | null {
  const a = series.values.get(small);
  const b = series.values.get(large);
  if (a == null || b == null || !(a > 0) || !(b > 0)) return null;
  return b / a;
}

/**
 * One row per series and pair: value = the growth factor, baseline "flat" = 1, ratio = how it compares
 * with flat (for a latency, 1 ÷ growth): a ratio of 0.5 means twice as slow at the larger size.
 */
export function growthRows(prefix: string, series: readonly Series[], sizes: readonly number[]): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const s of series)
    for (const [small, large] of growthPairs(sizes)) {
      const factor = growthFactor(s, small, large);
      const at = (n: number) => s.values.get(n);
      rows.push(
        row(
          `${prefix}growth of ${s.name}, ${sizeLabel(large)} ÷ ${sizeLabel(small)}`,
          '×',
          factor,
          { name: 'flat (1×)', value: 1 },
          {
            lowerIsBetter: s.lowerIsBetter,
            note: `${fmt(at(small))} → ${fmt(at(large))} ${s.unit}`,
            ...(factor === null
              ? { error: `no figure at ${at(small) == null ? sizeLabel(small) : sizeLabel(large)}` }
              : {}),
          },
        ),
      );
    }
  return rows;
}

/** The table printed after the rows: one line per series, a column per size, then a factor per pair. */
export function growthTable(series: readonly Series[], sizes: readonly number[]): string {
  const sorted = [...sizes].sort((a, b) => a - b);
  const pairs = growthPairs(sorted);
  const head = [
    'measurement (growth = value at the larger size ÷ at the smaller)'.padEnd(64),
    ...sorted.map((n) => sizeLabel(n).padStart(10)),
    ...pairs.map(([a, b]) => `${sizeLabel(b)}/${sizeLabel(a)}`.padStart(11)),
  ].join('');
  const lines = series.map((s) =>
    [
      `${s.name} (${s.unit}${s.lowerIsBetter ? ', lower is better' : ''})`.padEnd(64),
      ...sorted.map((n) => fmt(s.values.get(n)).padStart(10)),
      ...pairs.map(([a, b]) => {
        const f = growthFactor(s, a, b);
        return (f === null ? '—' : `${f.toFixed(2)}×`).padStart(11);
      }),
    ].join(''),
  );
  return [head, ...lines].join('\n');
}

function fmt(v: number | null | undefined): string {
  if (v == null || !Number.isFinite(v)) return 'failed';
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}
