import { describe, expect, it } from 'vitest';
import { findTemplate, validateDefinition, type FlowDefinition } from '@parley/engine';
import {
  addStep,
  connect,
  copySteps,
  moveSteps,
  newStep,
  pasteSteps,
  putForm,
  removeSteps,
  removeTransitions,
  renameStep,
  uniqueKey,
  updateStep,
  updateTransition,
} from './document-edits';

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

describe('document edits', () => {
  it('makes unique, engine-safe keys', () => {
    expect(uniqueKey('Review', new Set())).toBe('review');
    expect(uniqueKey('review', new Set(['review', 'review-2']))).toBe('review-3');
    expect(uniqueKey('  ', new Set())).toBe('step');
  });

  it('adds a first step as the start, with its own empty form', () => {
    const { step, form } = newStep(empty, 'form');
    const doc = addStep(empty, step, { x: 10, y: 20 }, form);
    expect(doc.start).toBe('form');
    expect(doc.steps[0]).toMatchObject({ kind: 'form', form: 'form-form' });
    expect(doc.forms.map((f) => f.key)).toEqual(['form-form']);
    expect(doc.layout).toEqual({ form: { x: 10, y: 20 } });
    expect(empty.steps).toHaveLength(0);
  });

  it('fills each kind with what it needs, so a tiny flow validates', () => {
    let doc = addStep(empty, newStep(empty, 'review').step, { x: 0, y: 0 });
    const end = newStep(doc, 'end').step;
    doc = addStep(doc, end, { x: 0, y: 100 });
    doc = connect(doc, 'review', 'end').doc;
    expect(doc.steps[0]).toMatchObject({ kind: 'review', requiredRole: 'agent' });
    expect(validateDefinition(doc).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('gives a second step of the same kind a new key', () => {
    const doc = addStep(empty, newStep(empty, 'wait').step, { x: 0, y: 0 });
    expect(newStep(doc, 'wait').step.key).toBe('wait-2');
  });

  it('renames a step everywhere it is referred to', () => {
    const before = minsheng();
    const target = before.transitions[0]!.from;
    const doc = renameStep({ ...before, layout: { [target]: { x: 1, y: 2 } } }, target, 'renamed');
    expect(doc.steps.some((s) => s.key === target)).toBe(false);
    expect(doc.transitions.some((t) => t.from === target || t.to === target)).toBe(false);
    expect(doc.transitions.filter((t) => t.from === 'renamed').length).toBe(
      before.transitions.filter((t) => t.from === target).length,
    );
    if (before.start === target) expect(doc.start).toBe('renamed');
    expect(doc.layout).toEqual({ renamed: { x: 1, y: 2 } });
    expect(renameStep(doc, 'renamed', doc.steps[1]!.key)).toBe(doc);
  });

  it('renames SLA pause states with the step', () => {
    const doc = renameStep(minsheng(), 'confirm', 'customer-confirms');
    expect(doc.sla?.rules[0]?.policy.pauseInStates).toEqual(['customer-confirms', 'sign']);
  });

  it('removes steps with their transitions and moves the start', () => {
    const before = minsheng();
    const doc = removeSteps(before, [before.start]);
    expect(doc.steps).toHaveLength(before.steps.length - 1);
    expect(doc.transitions.every((t) => t.from !== before.start && t.to !== before.start)).toBe(true);
    expect(doc.start).toBe(doc.steps[0]!.key);
    expect(removeSteps(doc, ['nope'])).toBe(doc);
  });

  it('moves only steps that exist and actually moved', () => {
    const doc = addStep(empty, newStep(empty, 'end').step, { x: 0, y: 0 });
    expect(moveSteps(doc, { end: { x: 0, y: 0 } })).toBe(doc);
    expect(moveSteps(doc, { ghost: { x: 5, y: 5 } })).toBe(doc);
    expect(moveSteps(doc, { end: { x: 5, y: 6 } }).layout).toEqual({ end: { x: 5, y: 6 } });
  });

  it('connects, edits and removes transitions', () => {
    let doc = addStep(empty, newStep(empty, 'decision').step, { x: 0, y: 0 });
    doc = addStep(doc, newStep(doc, 'end').step, { x: 0, y: 0 });
    const first = connect(doc, 'decision', 'end');
    const second = connect(first.doc, 'decision', 'end', { isDefault: true });
    expect([first.key, second.key]).toEqual(['decision-end', 'decision-end-2']);
    const guarded = updateTransition(second.doc, 'decision-end', (t) => ({ ...t, guard: { '==': [1, 1] } }));
    expect(guarded.transitions[0]?.guard).toEqual({ '==': [1, 1] });
    expect(updateTransition(guarded, 'ghost', (t) => ({ ...t }))).toBe(guarded);
    expect(removeTransitions(guarded, ['decision-end']).transitions.map((t) => t.key)).toEqual([
      'decision-end-2',
    ]);
  });

  it('updates one step and leaves the rest untouched', () => {
    const before = minsheng();
    const doc = updateStep(before, before.start, (s) => ({ ...s, name: { zh: '新', en: 'New' } }));
    expect(doc.steps[0]?.name.en).toBe('New');
    expect(doc.steps.slice(1)).toEqual(before.steps.slice(1));
    expect(doc.steps[1]).toBe(before.steps[1]);
  });

  it('puts a form in place or adds it', () => {
    const doc = putForm(empty, { key: 'f', title: { zh: 'F', en: 'F' }, elements: [] });
    const changed = putForm(doc, { key: 'f', title: { zh: 'G', en: 'G' }, elements: [] });
    expect(changed.forms).toHaveLength(1);
    expect(changed.forms[0]?.title.en).toBe('G');
  });

  it('copies and pastes steps with fresh keys and their inner transitions', () => {
    const before = minsheng();
    const [a, b] = [before.transitions[0]!.from, before.transitions[0]!.to];
    const clip = copySteps({ ...before, layout: { [a]: { x: 0, y: 0 }, [b]: { x: 0, y: 100 } } }, [a, b]);
    expect(clip.transitions.every((t) => [a, b].includes(t.from) && [a, b].includes(t.to))).toBe(true);
    const pasted = pasteSteps(before, clip);
    expect(pasted.keys).toEqual([`${a}-2`, `${b}-2`]);
    expect(pasted.doc.steps).toHaveLength(before.steps.length + 2);
    const inner = pasted.doc.transitions.slice(before.transitions.length);
    expect(inner.length).toBe(clip.transitions.length);
    expect(inner.every((t) => pasted.keys.includes(t.from) && pasted.keys.includes(t.to))).toBe(true);
    expect(pasted.doc.layout?.[`${b}-2`]).toEqual({ x: 40, y: 140 });
    expect(pasted.doc.forms).toHaveLength(before.forms.length);
  });

  it('brings the forms along when pasting into another flow', () => {
    const before = minsheng();
    const formStep = before.steps.find((s) => s.kind === 'form')!;
    const pasted = pasteSteps(empty, copySteps(before, [formStep.key]));
    expect(pasted.doc.start).toBe(formStep.key);
    expect(pasted.doc.forms).toHaveLength(1);
  });
});
