import { describe, expect, it } from 'vitest';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import {
  pathSegments,
  pathText,
  problemsByStep,
  problemTarget,
  type DesignerProblem,
} from './problem-targets';

const doc = findTemplate('minsheng-e-negotiation') as FlowDefinition;

describe('problem targets', () => {
  it('reads the engine paths and the server paths alike', () => {
    expect(pathSegments('steps[3].guard')).toEqual(['steps', 3, 'guard']);
    expect(pathSegments(['steps', '3', 'guard'])).toEqual(['steps', 3, 'guard']);
    expect(pathText(['transitions', '2', 'guard'])).toBe('transitions[2].guard');
    expect(pathText('$')).toBe('');
  });

  it('points at steps, transitions and form fields by key', () => {
    expect(problemTarget(doc, 'steps[1].requiredRole')).toEqual({ kind: 'step', stepKey: doc.steps[1]!.key });
    expect(problemTarget(doc, ['transitions', '0', 'guard'])).toEqual({
      kind: 'transition',
      transitionKey: doc.transitions[0]!.key,
    });
    expect(problemTarget(doc, 'forms[0].elements[1].choices')).toEqual({
      kind: 'form',
      formKey: doc.forms[0]!.key,
      fieldName: doc.forms[0]!.elements[1]!.name,
    });
    expect(problemTarget(doc, 'start')).toEqual({ kind: 'step', stepKey: doc.start });
    expect(problemTarget(doc, 'offerPolicy.authority')).toEqual({ kind: 'settings', section: 'offerPolicy' });
    expect(problemTarget(doc, 'steps[999]')).toEqual({ kind: 'settings', section: 'steps' });
  });

  it('collects problems on the step, from its forms and its outgoing transitions', () => {
    const t = doc.transitions[0]!;
    const formStep = doc.steps.find((s) => s.kind === 'form' && s.form === doc.forms[0]!.key)!;
    const p = (target: DesignerProblem['target']): DesignerProblem => ({
      code: 'X',
      severity: 'error',
      message: { zh: 'x', en: 'x' },
      path: '',
      target,
    });
    const map = problemsByStep(doc, [
      p({ kind: 'transition', transitionKey: t.key }),
      p({ kind: 'form', formKey: doc.forms[0]!.key }),
      p({ kind: 'settings', section: 'sla' }),
    ]);
    expect(map.get(t.from)?.length).toBeGreaterThanOrEqual(1);
    expect(map.get(formStep.key)?.length).toBeGreaterThanOrEqual(1);
    expect([...map.values()].flat()).toHaveLength(2);
  });
});
