import { describe, expect, it } from 'vitest';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import {
  addActionCall,
  assignmentMode,
  removeActionCall,
  setActionCallAction,
  setActionCallOption,
  optionInputOf,
  patchStep,
  pausesIn,
  setAssignment,
  setSlaPause,
  setStepOption,
  setStepText,
  stepKeyProblem,
} from './step-edits';

const doc = findTemplate('minsheng-e-negotiation')!;
const step = (d: FlowDefinition, key: string) => d.steps.find((s) => s.key === key)!;

describe('step edits', () => {
  it('patches settings without touching the input, and removes fields set to undefined', () => {
    const next = patchStep(doc, 'review', { requiredRole: 'supervisor' });
    expect(step(next, 'review')).toMatchObject({ kind: 'review', requiredRole: 'supervisor' });
    expect(step(doc, 'review')).toMatchObject({ requiredRole: 'reviewer' });
    const withForm = patchStep(next, 'review', { form: 'apply-form' });
    expect('form' in step(patchStep(withForm, 'review', { form: undefined }), 'review')).toBe(false);
  });

  it('never changes the key through patchStep', () => {
    const next = patchStep(doc, 'review', { key: 'other', requiredRole: 'agent' });
    expect(next.steps.some((s) => s.key === 'other')).toBe(false);
    expect(step(next, 'review')).toMatchObject({ requiredRole: 'agent' });
  });

  it('edits one language of the name; an emptied description disappears', () => {
    const named = setStepText(doc, 'review', 'name', 'en', 'Check');
    expect(step(named, 'review').name).toEqual({ zh: step(doc, 'review').name.zh, en: 'Check' });
    const described = setStepText(doc, 'review', 'description', 'zh', '说明');
    expect(step(described, 'review').description).toEqual({ zh: '说明', en: '' });
    expect(
      step(setStepText(described, 'review', 'description', 'zh', ''), 'review').description,
    ).toBeUndefined();
  });

  it('sets a role assignment, leaving out the default strategy and an empty department', () => {
    const next = setAssignment(doc, 'communicate', { role: 'agent', strategy: 'manual', department: '' });
    expect(step(next, 'communicate').assignTo).toEqual({ role: 'agent' });
    expect(assignmentMode(step(next, 'communicate'))).toBe('role');
    const rr = setAssignment(next, 'communicate', {
      role: 'agent',
      strategy: 'round-robin',
      department: 'POLICY',
    });
    expect(step(rr, 'communicate').assignTo).toEqual({
      role: 'agent',
      strategy: 'round-robin',
      department: 'POLICY',
    });
    const byRule = setAssignment(rr, 'communicate', { rule: { var: 'data.role' } });
    expect(assignmentMode(step(byRule, 'communicate'))).toBe('rule');
    const none = setAssignment(byRule, 'communicate', undefined);
    expect('assignTo' in step(none, 'communicate')).toBe(false);
    expect(assignmentMode(step(none, 'communicate'))).toBe('none');
  });

  it('toggles the SLA pause of one rule in one step', () => {
    expect(pausesIn(doc, 0, 'confirm')).toBe(true);
    expect(pausesIn(doc, 0, 'communicate')).toBe(false);
    const paused = setSlaPause(doc, 0, 'communicate', true);
    expect(paused.sla!.rules[0]!.policy.pauseInStates).toEqual(['confirm', 'sign', 'communicate']);
    expect(paused.sla!.rules[1]).toBe(doc.sla!.rules[1]);
    expect(setSlaPause(paused, 0, 'communicate', true)).toBe(paused);
    const resumed = setSlaPause(setSlaPause(doc, 1, 'confirm', false), 1, 'sign', false);
    expect(resumed.sla!.rules[1]!.policy.pauseInStates).toBeUndefined();
    expect(setSlaPause(doc, 7, 'confirm', false)).toBe(doc);
  });

  it('sets and removes step options, dropping an empty options object', () => {
    const a = setStepOption(doc, 'route-plan', 'url', 'https://x');
    expect(step(a, 'route-plan')).toMatchObject({ options: { url: 'https://x' } });
    const b = setStepOption(a, 'route-plan', 'url', undefined);
    expect('options' in step(b, 'route-plan')).toBe(false);
    expect(setStepOption(b, 'route-plan', 'missing', undefined)).toBe(b);
  });

  it('picks an input per option value', () => {
    expect(optionInputOf('x')).toBe('text');
    expect(optionInputOf(undefined)).toBe('text');
    expect(optionInputOf(3)).toBe('number');
    expect(optionInputOf(false)).toBe('boolean');
    expect(optionInputOf(['a', 'b'])).toBe('list');
    expect(optionInputOf({ a: 1 })).toBe('json');
    expect(optionInputOf([1, 2])).toBe('json');
  });

  it('refuses empty, malformed and duplicate step keys', () => {
    expect(stepKeyProblem(doc, 'review', 'review')).toBeNull();
    expect(stepKeyProblem(doc, 'review', 'check-2')).toBeNull();
    expect(stepKeyProblem(doc, 'review', ' ')).toBe('empty');
    expect(stepKeyProblem(doc, 'review', '2nd step')).toBe('format');
    expect(stepKeyProblem(doc, 'review', 'apply')).toBe('taken');
  });
});

describe('entry and exit actions', () => {
  it('adds calls in order to one list only, without touching the input', () => {
    const one = addActionCall(doc, 'review', 'onEnterActions', 'webhook');
    const two = addActionCall(one, 'review', 'onEnterActions', 'notify');
    expect(step(two, 'review').onEnterActions).toEqual([{ action: 'webhook' }, { action: 'notify' }]);
    expect(step(two, 'review').onExitActions).toBeUndefined();
    expect(step(doc, 'review').onEnterActions).toBeUndefined();
  });

  it('sets and removes options; an emptied options object disappears', () => {
    const added = addActionCall(doc, 'review', 'onExitActions', 'webhook');
    const withUrl = setActionCallOption(added, 'review', 'onExitActions', 0, 'url', 'https://x.cn');
    expect(step(withUrl, 'review').onExitActions).toEqual([
      { action: 'webhook', options: { url: 'https://x.cn' } },
    ]);
    const cleared = setActionCallOption(withUrl, 'review', 'onExitActions', 0, 'url', undefined);
    expect(step(cleared, 'review').onExitActions).toEqual([{ action: 'webhook' }]);
    expect(setActionCallOption(cleared, 'review', 'onExitActions', 0, 'url', undefined)).toBe(cleared);
    expect(setActionCallOption(cleared, 'review', 'onExitActions', 3, 'url', 'x')).toBe(cleared);
  });

  it('changing the action drops the old options; the same action changes nothing', () => {
    const added = addActionCall(doc, 'review', 'onEnterActions', 'webhook');
    const withUrl = setActionCallOption(added, 'review', 'onEnterActions', 0, 'url', 'https://x.cn');
    expect(setActionCallAction(withUrl, 'review', 'onEnterActions', 0, 'webhook')).toBe(withUrl);
    const changed = setActionCallAction(withUrl, 'review', 'onEnterActions', 0, 'notify');
    expect(step(changed, 'review').onEnterActions).toEqual([{ action: 'notify' }]);
  });

  it('removes a call; the last one removes the list', () => {
    const two = addActionCall(
      addActionCall(doc, 'review', 'onEnterActions', 'webhook'),
      'review',
      'onEnterActions',
      'notify',
    );
    const one = removeActionCall(two, 'review', 'onEnterActions', 0);
    expect(step(one, 'review').onEnterActions).toEqual([{ action: 'notify' }]);
    expect('onEnterActions' in step(removeActionCall(one, 'review', 'onEnterActions', 0), 'review')).toBe(
      false,
    );
    expect(removeActionCall(one, 'review', 'onEnterActions', 5)).toBe(one);
  });
});
