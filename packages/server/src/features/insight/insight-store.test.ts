import { describe, expect, it } from 'vitest';
import type { BucketDelta } from './insight-fold';
import { dayDocuments, encodeDay, encodeHeads } from './insight-store';

const dims = { flowKey: 'f', flowVersion: 1, department: 'D', agent: '', channel: 'APP', category: '' };
const delta = (kind: 'case' | 'step', day: string, step: string, c: Record<string, number>): BucketDelta => ({
  key: `${kind}|${day}|${step}`,
  kind,
  day,
  step,
  dims,
  c,
});

describe('dayDocuments', () => {
  it('adds a batch to the previous copies of the days it touches and moves only their heads', () => {
    const first = dayDocuments(3, 1, {}, new Map(), [
      delta('case', '2026-11-01', '', { opened: 1 }),
      delta('step', '2026-11-01', 'a', { entered: 2 }),
      delta('case', 'all', '', { opened: 1 }),
    ]);
    expect(first.heads).toEqual({ 'case|2026-11-01': 1, 'step|2026-11-01': 1, 'case|all': 1 });
    expect(first.docs.map((d) => d._id).sort()).toEqual([
      '3:case:2026-11-01:1',
      '3:case:all:1',
      '3:step:2026-11-01:1',
    ]);
    const prev = new Map(first.docs.map((d) => [`${d.kind}|${d.day}`, d]));
    const second = dayDocuments(3, 2, first.heads, prev, [
      delta('case', '2026-11-01', '', { opened: 2, closed: 1 }),
      delta('case', '2026-11-02', '', { opened: 1 }),
    ]);
    expect(second.heads).toEqual({
      'case|2026-11-01': 2,
      'step|2026-11-01': 1,
      'case|all': 1,
      'case|2026-11-02': 2,
    });
    const nov1 = second.docs.find((d) => d.day === '2026-11-01')!;
    expect(nov1._id).toBe('3:case:2026-11-01:2');
    expect(nov1.buckets).toEqual([
      { key: 'case|2026-11-01|', step: '', ...dims, c: { opened: 3, closed: 1 } },
    ]);
    // The previous copy is not changed (day documents are immutable).
    expect(prev.get('case|2026-11-01')!.buckets[0]!.c).toEqual({ opened: 1 });
    expect(second.docs).toHaveLength(2);
  });

  it('refuses a kind or day that cannot be a stored field name', () => {
    expect(() => dayDocuments(1, 1, {}, new Map(), [delta('case', '2026.11.01', '', { opened: 1 })])).toThrow(
      /bad bucket kind or day/,
    );
  });

  it('stores buckets and heads as JSON strings', () => {
    const { docs, heads } = dayDocuments(1, 1, {}, new Map(), [
      delta('case', '2026-11-01', '', { opened: 1 }),
    ]);
    expect(JSON.parse(encodeDay(docs[0]!).buckets)).toEqual(docs[0]!.buckets);
    expect(encodeHeads(1, 1, heads)).toEqual({ _id: '1:1', gen: 1, n: 1, heads: '{"case|2026-11-01":1}' });
  });
});
