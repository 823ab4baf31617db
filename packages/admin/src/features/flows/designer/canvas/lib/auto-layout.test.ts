import { describe, expect, it } from 'vitest';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import {
  FULL_LAYOUT_LIMIT,
  NODE_HEIGHT,
  layoutAll,
  layoutEdges,
  overlaps,
  positionsFor,
} from './auto-layout';

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

describe('auto layout of large flows', () => {
  function chain(n: number): FlowDefinition {
    const steps = Array.from({ length: n }, (_, i) => ({
      kind: 'decision' as const,
      key: `s${i}`,
      name: { zh: `步骤 ${i}`, en: `Step ${i}` },
    }));
    const transitions = steps.slice(1).map((s, i) => ({ key: `t${i}`, from: `s${i}`, to: s.key }));
    // Every step may also go straight to the last one: long edges.
    const shortcuts = steps.slice(0, -2).map((s) => ({ key: `x-${s.key}`, from: s.key, to: `s${n - 1}` }));
    return { ...minsheng(), start: 's0', steps, transitions: [...transitions, ...shortcuts], layout: {} };
  }

  it('lays out along all transitions up to the limit, and leaves out long ones above it', () => {
    const small = chain(FULL_LAYOUT_LIMIT);
    expect(layoutEdges(small)).toHaveLength(small.transitions.length);
    const big = chain(FULL_LAYOUT_LIMIT + 40);
    const along = new Set(layoutEdges(big));
    // The chain stays; of the shortcuts only the ones spanning at most two layers (and the tree's own).
    for (let i = 0; i < big.steps.length - 1; i++) expect(along.has(`t${i}`)).toBe(true);
    expect(along.has('x-s0')).toBe(false);
    expect(along.has(`x-s${big.steps.length - 3}`)).toBe(true);
    const p = layoutAll(big);
    noOverlaps(p);
    for (let i = 1; i < big.steps.length; i++) expect(p[`s${i}`]!.y).toBeGreaterThan(p[`s${i - 1}`]!.y);
  });

  it('keeps places it gave before when asked to', () => {
    const doc = minsheng();
    const first = positionsFor(doc);
    const remembered = { [doc.steps[0]!.key]: { x: -999, y: -999 } };
    const again = positionsFor(doc, remembered);
    expect(again[doc.steps[0]!.key]).toEqual({ x: -999, y: -999 });
    expect(Object.keys(again)).toHaveLength(Object.keys(first).length);
  });
});
