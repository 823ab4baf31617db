import { describe, expect, it } from 'vitest';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import { addStepOfKind, relayout, removeSelection } from './canvas-edits';
import { layoutAll } from './auto-layout';

const empty: FlowDefinition = {
  schemaVersion: 1,
  key: 'blank',
  version: 1,
  name: { zh: '空白', en: 'Blank' },
  roles: [{ key: 'agent', name: { zh: '客服', en: 'Agent' } }],
  forms: [],
  start: '',
  steps: [],
  transitions: [],
};

function minsheng(): FlowDefinition {
  const t = findTemplate('minsheng-e-negotiation');
  if (!t) throw new Error('seed missing');
  return t;
}

describe('canvas edits', () => {
  it('adds steps of a kind at a place, with fresh keys', () => {
    const a = addStepOfKind(empty, 'review', { x: 40, y: 60 });
    expect(a.key).toBe('review');
    expect(a.doc.start).toBe('review');
    expect(a.doc.layout).toEqual({ review: { x: 40, y: 60 } });
    const b = addStepOfKind(a.doc, 'review', { x: 40, y: 200 });
    expect(b.key).toBe('review-2');
    expect(b.doc.steps.map((s) => s.kind)).toEqual(['review', 'review']);
    expect(empty.steps).toHaveLength(0);
  });

  it('removes selected steps with their transitions, and selected transitions', () => {
    const doc = minsheng();
    const step = doc.steps[1]!.key;
    const lone = doc.transitions.find((t) => t.from !== step && t.to !== step)!;
    const next = removeSelection(doc, { steps: [step], transitions: [lone.key] });
    expect(next.steps.some((s) => s.key === step)).toBe(false);
    expect(next.transitions.some((t) => t.from === step || t.to === step || t.key === lone.key)).toBe(false);
    expect(next.steps).toHaveLength(doc.steps.length - 1);
    expect(removeSelection(doc, { steps: [], transitions: [] })).toBe(doc);
  });

  it('re-lays out every step into the document’s layout', () => {
    const doc = { ...minsheng(), layout: { [minsheng().steps[0]!.key]: { x: 5000, y: 5000 } } };
    const next = relayout(doc);
    const { layout: _ignored, ...bare } = doc;
    expect(next.layout).toEqual(layoutAll(bare));
    expect(next.steps).toBe(doc.steps);
  });
});
