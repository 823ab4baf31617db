import { describe, expect, it } from 'vitest';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import { NODE_HEIGHT, layoutAll, overlaps, positionsFor } from './auto-layout';

function minsheng(): FlowDefinition {
  const t = findTemplate('minsheng-e-negotiation');
  if (!t) throw new Error('seed missing');
  const { layout: _ignored, ...rest } = t;
  return rest;
}

function noOverlaps(positions: Record<string, { x: number; y: number }>): void {
  const list = Object.entries(positions);
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++)
      expect(overlaps(list[i]![1], list[j]![1]), `${list[i]![0]} vs ${list[j]![0]}`).toBe(false);
}

describe('auto layout', () => {
  it('places every step, top to bottom along the transitions, without overlaps', () => {
    const doc = minsheng();
    const p = layoutAll(doc);
    expect(Object.keys(p).sort()).toEqual(doc.steps.map((s) => s.key).sort());
    noOverlaps(p);
    // Every forward transition (not a loop back) goes down at least one layer.
    const downward = doc.transitions.filter((t) => p[t.to]!.y > p[t.from]!.y);
    expect(downward.length).toBeGreaterThan(doc.transitions.length / 2);
    for (const t of downward) expect(p[t.to]!.y - p[t.from]!.y).toBeGreaterThanOrEqual(NODE_HEIGHT);
    // The start is in the top layer.
    const top = Math.min(...Object.values(p).map((q) => q.y));
    expect(p[doc.start]!.y).toBe(top);
  });

  it('is deterministic and gives whole pixels', () => {
    const a = layoutAll(minsheng());
    const b = layoutAll(minsheng());
    expect(a).toEqual(b);
    for (const q of Object.values(a)) {
      expect(Number.isInteger(q.x)).toBe(true);
      expect(Number.isInteger(q.y)).toBe(true);
    }
  });

  it('keeps placed steps where they are and puts the others beside them, without overlaps', () => {
    const doc = minsheng();
    const [first, second] = doc.steps;
    const placed = { [first!.key]: { x: 0, y: 0 }, [second!.key]: { x: 0, y: 300 } };
    const p = positionsFor({ ...doc, layout: placed });
    expect(p[first!.key]).toEqual({ x: 0, y: 0 });
    expect(p[second!.key]).toEqual({ x: 0, y: 300 });
    expect(Object.keys(p)).toHaveLength(doc.steps.length);
    noOverlaps(p);
    for (const s of doc.steps.slice(2)) expect(p[s.key]!.x).toBeGreaterThan(200);
  });

  it('uses the stored layout as it is when every step has a place', () => {
    const doc = minsheng();
    const layout = Object.fromEntries(doc.steps.map((s, i) => [s.key, { x: i * 7, y: i * 300 }]));
    expect(positionsFor({ ...doc, layout })).toEqual(layout);
  });

  it('lays out a flow without any layout entirely automatically', () => {
    const doc = minsheng();
    expect(positionsFor(doc)).toEqual(layoutAll(doc));
  });
});
