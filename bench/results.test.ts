import { describe, expect, it } from 'vitest';
import type { BenchRow } from './lib';
import { historyLine, mergeLatest, parseLatest, type RunInfo } from './results';

const row = (name: string, value: number): BenchRow => ({
  name,
  unit: 'ops/s',
  value,
  baseline: { name: 'no-op', value: 100 },
  ratio: value / 100,
});
const run = (at: string): RunInfo => ({
  at,
  node: 'v20.0.0',
  commit: 'abc1234',
  backend: 'ferretdb-sqlite',
  loadAverage: [1.5, 1.2, 0.9],
});

describe('bench results', () => {
  it('keeps the rows of sections not run, replacing those measured again by name', () => {
    const first = mergeLatest(null, run('2026-01-01T00:00:00.000Z'), [
      row('engine: a', 10),
      row('cases: b', 20),
    ]);
    const second = mergeLatest(first, run('2026-02-01T00:00:00.000Z'), [
      row('cases: b', 30),
      row('insight: c', 5),
    ]);
    expect(second.at).toBe('2026-02-01T00:00:00.000Z');
    expect(second.rows.map((r) => [r.name, r.value, r.at])).toEqual([
      ['engine: a', 10, '2026-01-01T00:00:00.000Z'],
      ['cases: b', 30, '2026-02-01T00:00:00.000Z'],
      ['insight: c', 5, '2026-02-01T00:00:00.000Z'],
    ]);
  });

  it('dates rows of a latest.json written before rows carried their own instant', () => {
    const old = parseLatest(
      JSON.stringify({ at: '2025-12-01T00:00:00.000Z', node: 'v20', rows: [row('x', 1)] }),
    );
    const merged = mergeLatest(old, run('2026-01-01T00:00:00.000Z'), []);
    expect(merged.rows[0]!.at).toBe('2025-12-01T00:00:00.000Z');
  });

  it('reads nothing from a missing or broken file', () => {
    expect(parseLatest(null)).toBeNull();
    expect(parseLatest('{not json')).toBeNull();
    expect(parseLatest('{"rows": 3}')).toBeNull();
  });

  it('writes one history line with the run, the sections and the rows', () => {
    const line = historyLine(run('2026-01-01T00:00:00.000Z'), ['engine'], [row('engine: a', 10)]);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toMatchObject({
      commit: 'abc1234',
      backend: 'ferretdb-sqlite',
      loadAverage: [1.5, 1.2, 0.9],
      sections: ['engine'],
      rows: [{ name: 'engine: a', value: 10 }],
    });
  });
});
