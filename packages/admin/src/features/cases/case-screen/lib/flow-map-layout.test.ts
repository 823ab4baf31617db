import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH, fitLabel, layersOf, layoutFlowMap } from './flow-map-layout';

const steps = (...keys: string[]) => keys.map((key) => ({ key }));
const t = (from: string, to: string) => ({ from, to });

/** A negotiation: apply → review → call → plan → confirm, confirm loops back to plan, confirm → sign → end. */
const NEGOTIATION = {
  steps: steps('apply', 'review', 'call', 'plan', 'confirm', 'sign', 'end', 'rejected'),
  transitions: [
    t('apply', 'review'),
    t('review', 'call'),
    t('review', 'rejected'),
    t('call', 'plan'),
    t('plan', 'confirm'),
    t('confirm', 'plan'),
    t('confirm', 'sign'),
    t('sign', 'end'),
  ],
};

describe('flow map layout', () => {
  it('layers steps by breadth-first distance from the start; a loop does not push its target down', () => {
    const layer = layersOf(NEGOTIATION.steps, NEGOTIATION.transitions);
    expect(Object.fromEntries(layer)).toEqual({
      apply: 0,
      review: 1,
      call: 2,
      rejected: 2,
      plan: 3,
      confirm: 4,
      sign: 5,
      end: 6,
    });
  });

  it('places a parallel split side by side, and an unreachable step after the last layer', () => {
    const layer = layersOf(steps('start', 'a', 'b', 'join', 'orphan'), [
      t('start', 'a'),
      t('start', 'b'),
      t('a', 'join'),
      t('b', 'join'),
      t('orphan', 'orphan'),
    ]);
    expect(layer.get('a')).toBe(1);
    expect(layer.get('b')).toBe(1);
    expect(layer.get('join')).toBe(2);
    // Nothing leads to it, so it is a start of its own (layer 0), not lost.
    expect(layer.get('orphan')).toBe(0);
    const cut = layersOf(steps('s', 'x', 'y'), [t('s', 'x'), t('y', 'x'), t('x', 'y')]);
    // y only reachable through x: layer 2, even though it also leads back to x.
    expect(cut.get('y')).toBe(2);
  });

  it('gives every step a box of its own: no two overlap, all inside the drawing', () => {
    const layout = layoutFlowMap(NEGOTIATION.steps, NEGOTIATION.transitions);
    expect(layout.nodes.map((n) => n.key).sort()).toEqual([...NEGOTIATION.steps.map((s) => s.key)].sort());
    for (const a of layout.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + NODE_WIDTH).toBeLessThanOrEqual(layout.width);
      expect(a.y + NODE_HEIGHT).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.key} and ${b.key} overlap`).toBe(true);
      }
    }
    // Layers go down the page.
    const y = (key: string) => layout.nodes.find((n) => n.key === key)!.y;
    expect(y('apply')).toBeLessThan(y('review'));
    expect(y('call')).toBe(y('rejected'));
  });

  it('draws forward transitions downwards and loops on the right, once each', () => {
    const layout = layoutFlowMap(NEGOTIATION.steps, [...NEGOTIATION.transitions, t('apply', 'review')]);
    expect(layout.edges).toHaveLength(NEGOTIATION.transitions.length);
    const loop = layout.edges.find((e) => e.from === 'confirm' && e.to === 'plan')!;
    expect(loop.back).toBe(true);
    const forward = layout.edges.find((e) => e.from === 'plan' && e.to === 'confirm')!;
    expect(forward.back).toBe(false);
    const plan = layout.nodes.find((n) => n.key === 'plan')!;
    // Leaves plan at the bottom centre.
    expect(forward.path.startsWith(`M${plan.x + plan.width / 2},${plan.y + plan.height}`)).toBe(true);
    // Transitions to unknown steps are left out, not drawn into nowhere.
    expect(layoutFlowMap(steps('a'), [t('a', 'ghost')]).edges).toEqual([]);
  });

  it('draws an empty flow as an empty map', () => {
    const layout = layoutFlowMap([], []);
    expect(layout.nodes).toEqual([]);
    expect(layout.width).toBeGreaterThan(0);
  });

  it('fits names to their box: short ones whole, long ones shortened with an ellipsis', () => {
    expect(fitLabel('客户申请')).toBe('客户申请');
    expect(fitLabel('Application')).toBe('Application');
    expect(fitLabel('方案制定（还款计划）')).toBe('方案制定（还款计划）');
    const long = fitLabel('Until the next periodic follow-up');
    expect(long.endsWith('…')).toBe(true);
    expect(long.startsWith('Until the next')).toBe(true);
    const longZh = fitLabel('等待下次定期回访并核对还款情况');
    expect(longZh).toBe('等待下次定期回访并…');
  });
});
