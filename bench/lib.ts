/**
 * Shared benchmark plumbing. Every figure is reported side by side with a baseline measured in the
 * same run, as a ratio: these machines are shared and noisy, absolute numbers mean little.
 */
export interface BenchRow {
  /** What was measured, e.g. "engine: Minsheng 7-step instances". */
  name: string;
  /** Unit of `value`, e.g. "ops/s", "ms", "req/s". */
  unit: string;
  /** The measurement; null when it failed (see `error`). */
  value: number | null;
  /** The baseline measured in the same run (value null when it failed). */
  baseline: { name: string; value: number | null };
  /**
   * value / baseline.value (for "higher is better" units) — see `lowerIsBetter`. Null when either side
   * failed: a failed or timed-out measurement is never a figure.
   */
  ratio: number | null;
  /** True when smaller values are better (latencies); the ratio is then baseline / value. */
  lowerIsBetter?: boolean;
  /** Free-form context: backend, concurrency, sample size. */
  note?: string;
  /** Why the measurement (or its baseline) failed: errors, timeouts, no request completed. */
  error?: string;
}

export interface BenchOptions {
  /** `--sizes`: numbers of stored cases to measure at (sections that store cases); null: their default. */
  sizes: number[] | null;
}

export interface BenchSection {
  name: string;
  /** The rows, or the rows and a text table printed after them (e.g. growth factors). */
  run(options: BenchOptions): Promise<BenchRow[] | { rows: BenchRow[]; table?: string }>;
}

export function row(
  name: string,
  unit: string,
  value: number | null,
  baseline: { name: string; value: number | null },
  opts: { lowerIsBetter?: boolean; note?: string; error?: string } = {},
): BenchRow {
  const usable = (v: number | null): v is number => v !== null && Number.isFinite(v) && v > 0;
  const ratio =
    opts.error || !usable(value) || !usable(baseline.value)
      ? null
      : opts.lowerIsBetter
        ? baseline.value / value
        : value / baseline.value;
  const error =
    opts.error ??
    (ratio === null ? `no usable figure (value ${value}, baseline ${baseline.value})` : undefined);
  return { name, unit, value, baseline, ratio, ...opts, ...(error ? { error } : {}) };
}

/**
 * Runs `fn` repeatedly for about `ms` milliseconds (after a warm-up) and returns operations per second.
 */
export async function opsPerSecond(
  fn: () => unknown | Promise<unknown>,
  ms = 2000,
  warmupMs = 300,
): Promise<number> {
  const until = (deadline: number) => performance.now() < deadline;
  let end = performance.now() + warmupMs;
  while (until(end)) await fn();
  let n = 0;
  const start = performance.now();
  end = start + ms;
  while (until(end)) {
    await fn();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

/** Synchronous variant of opsPerSecond, for pure in-process code (no await overhead). */
export function opsPerSecondSync(fn: () => unknown, ms = 2000, warmupMs = 300): number {
  let end = performance.now() + warmupMs;
  while (performance.now() < end) fn();
  let n = 0;
  const start = performance.now();
  end = start + ms;
  while (performance.now() < end) {
    fn();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

export function percentile(sortedAsc: number[], p: number): number {
  if (sortedAsc.length === 0) return NaN;
  const i = Math.min(sortedAsc.length - 1, Math.max(0, Math.ceil((p / 100) * sortedAsc.length) - 1));
  return sortedAsc[i] as number;
}
