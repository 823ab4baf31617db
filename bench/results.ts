/**
 * What a `pnpm bench` run keeps: `latest.json` holds the newest row of every measurement ever run
 * (rows of sections not run this time stay, merged by name, each with the instant it was measured),
 * and `history.jsonl` gets one line per run: when, which commit, which database backend, the machine's
 * load average, and the rows measured.
 */
import type { BenchRow } from './lib';

export interface KeptRow extends BenchRow {
  /** When this row was measured (ISO instant). */
  at: string;
}

export interface Latest {
  at: string;
  node: string;
  rows: KeptRow[];
}

export interface RunInfo {
  at: string;
  node: string;
  commit: string | null;
  backend: string;
  /** `os.loadavg()` at the end of the run: 1, 5 and 15 minutes. */
  loadAverage: readonly number[];
}

/** The previous latest.json's rows updated by this run's: same name → replaced, new → appended. */
export function mergeLatest(previous: Latest | null, run: RunInfo, rows: readonly BenchRow[]): Latest {
  const fresh = rows.map((r): KeptRow => ({ ...r, at: run.at }));
  const names = new Set(fresh.map((r) => r.name));
  const kept = (previous?.rows ?? [])
    .filter((r) => !names.has(r.name))
    .map((r) => ({ ...r, at: r.at ?? previous!.at }));
  return { at: run.at, node: run.node, rows: [...kept, ...fresh] };
}

/** One line of history.jsonl (no trailing newline). */
export function historyLine(run: RunInfo, sectionsRun: readonly string[], rows: readonly BenchRow[]): string {
  return JSON.stringify({ ...run, sections: sectionsRun, rows });
}

/** A latest.json as read from disk, or null when it is missing or not one. */
export function parseLatest(text: string | null): Latest | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Latest>;
    return Array.isArray(value.rows) && typeof value.at === 'string' ? (value as Latest) : null;
  } catch {
    return null;
  }
}
