import { describe, expect, it } from 'vitest';
import { defaultRegistry, findTemplate } from '@parley/engine';
import type { DesignerProblem } from '../../lib/problem-targets';
import {
  isAtOrBelow,
  sourceOutcomes,
  stepFieldProblems,
  stepProblems,
  transitionFieldProblems,
} from './panel-problems';

const doc = findTemplate('minsheng-e-negotiation')!;
const reviewIndex = doc.steps.findIndex((s) => s.key === 'review');

function problem(path: string, target: DesignerProblem['target']): DesignerProblem {
  return { code: 'X', severity: 'error', message: { zh: '错', en: 'Wrong' }, path, target };
}

describe('panel problems', () => {
  const list = [
    problem(`steps[${reviewIndex}].requiredRole`, { kind: 'step', stepKey: 'review' }),
    problem(`steps[${reviewIndex}].assignTo.role`, { kind: 'step', stepKey: 'review' }),
    problem('transitions[0].guard', { kind: 'transition', transitionKey: doc.transitions[0]!.key }),
    problem('sla.rules[0]', { kind: 'settings', section: 'sla' }),
  ];

  it('filters by step and by the field a path names', () => {
    expect(stepProblems(list, 'review')).toHaveLength(2);
    expect(stepFieldProblems(doc, list, 'review', 'requiredRole')).toEqual([list[0]]);
    expect(stepFieldProblems(doc, list, 'review', 'assignTo')).toEqual([list[1]]);
    expect(stepFieldProblems(doc, list, 'review', 'form')).toEqual([]);
    expect(transitionFieldProblems(doc, list, doc.transitions[0]!.key, 'guard')).toEqual([list[2]]);
  });

  it('tells a field from another that starts with the same letters', () => {
    expect(isAtOrBelow('steps[1].formX', 'steps[1].form')).toBe(false);
    expect(isAtOrBelow('steps[1].form', 'steps[1].form')).toBe(true);
    expect(isAtOrBelow('steps[1].channels[0]', 'steps[1].channels')).toBe(true);
  });

  it('suggests the outcomes of the source step kind', () => {
    expect(sourceOutcomes(doc, 'review', defaultRegistry)).toEqual(['approved', 'rejected']);
    expect(sourceOutcomes(doc, 'confirm', defaultRegistry)).toEqual(['accepted', 'changes-requested']);
    expect(sourceOutcomes(doc, 'route-plan', defaultRegistry)).toEqual([]);
    expect(sourceOutcomes(doc, 'nowhere', defaultRegistry)).toEqual([]);
  });
});
