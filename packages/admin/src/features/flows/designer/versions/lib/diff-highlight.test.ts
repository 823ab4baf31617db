import { describe, expect, it } from 'vitest';
import { diffDefinitions, findTemplate, type FlowDefinition } from '@parley/engine';
import { highlightOf } from './diff-highlight';

const v1 = findTemplate('complaint-handling') as FlowDefinition;

describe('highlightOf', () => {
  it('marks steps and transitions by key, and a step whose form changed', () => {
    const next = JSON.parse(JSON.stringify(v1)) as Omit<FlowDefinition, 'steps' | 'transitions'> & {
      steps: Record<string, unknown>[];
      transitions: Record<string, unknown>[];
    };
    next.steps = next.steps.filter((s) => s['key'] !== 'track');
    next.transitions = next.transitions.filter((t) => t['from'] !== 'track' && t['to'] !== 'track');
    next.transitions.push({ key: 'direct', from: 'handle', to: 'feedback-method' });
    next.steps.push({
      kind: 'end',
      key: 'dropped',
      name: { zh: '撤回', en: 'Dropped' },
      outcome: 'withdrawn',
    });
    (next.steps[0] as { assignTo: unknown }).assignTo = { role: 'complaint-director' };
    (next.forms[1]!.elements[1] as { isRequired: boolean }).isRequired = false;
    const newer = next as unknown as FlowDefinition;
    const h = highlightOf(diffDefinitions(v1, newer).changes, v1, newer);
    expect([...h.steps]).toEqual([
      ['track', 'removed'],
      ['dropped', 'added'],
      ['receive', 'changed'],
      ['classify', 'changed'],
    ]);
    expect([...h.transitions]).toEqual([
      ['t3', 'removed'],
      ['t4', 'removed'],
      ['t5', 'removed'],
      ['direct', 'added'],
    ]);
  });
});
