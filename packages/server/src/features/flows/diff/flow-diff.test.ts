import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '@parley/engine';
import { diffFlows } from './flow-diff';

const base = {
  schemaVersion: 1,
  key: 'k',
  version: 1,
  name: { zh: '甲', en: 'A' },
  roles: [],
  forms: [
    {
      key: 'f',
      title: { zh: '表', en: 'F' },
      elements: [{ type: 'text', name: 'a', title: { zh: '甲', en: 'A' } }],
    },
  ],
  start: 's',
  steps: [
    { kind: 'form', key: 's', name: { zh: '开始', en: 'S' }, form: 'f' },
    { kind: 'end', key: 'e', name: { zh: '结束', en: 'E' }, outcome: 'resolved' },
  ],
  transitions: [{ key: 't', from: 's', to: 'e' }],
} as unknown as FlowDefinition;

describe('diffFlows', () => {
  it('finds nothing between equal versions, whatever the key order or transition keys', () => {
    const same = JSON.parse(JSON.stringify(base)) as { transitions: { key: string }[]; version: number };
    same.transitions[0]!.key = 'renamed';
    same.version = 2;
    expect(diffFlows(base, same as unknown as FlowDefinition)).toEqual({
      stepsAdded: [],
      stepsRemoved: [],
      stepsChanged: [],
      transitionsAdded: [],
      transitionsRemoved: [],
      transitionsChanged: [],
      fieldsAdded: [],
      fieldsRemoved: [],
      fieldsChanged: [],
      slaChanged: false,
      offerPolicyChanged: false,
      changes: [],
    });
  });

  it('reports guards, fields and steps where they changed', () => {
    const next = JSON.parse(JSON.stringify(base)) as Record<string, unknown> & {
      transitions: Record<string, unknown>[];
      forms: { elements: Record<string, unknown>[] }[];
      steps: Record<string, unknown>[];
    };
    next.transitions[0]!['guard'] = { '==': [{ var: 'data.a' }, 'x'] };
    next.forms[0]!.elements[0]!['isRequired'] = true;
    next.forms[0]!.elements.push({ type: 'number', name: 'b', title: { zh: '乙', en: 'B' } });
    next.steps[1]!['outcome'] = 'rejected';
    const d = diffFlows(base, next as unknown as FlowDefinition);
    expect(d).toMatchObject({
      transitionsChanged: ['s→e'],
      fieldsChanged: ['f.a'],
      fieldsAdded: ['f.b'],
      stepsChanged: ['e'],
    });
    expect(d.changes.find((c) => c.key === 'e')).toMatchObject({ area: 'STEP', kind: 'CHANGED' });
    expect(d.changes.find((c) => c.key === 'f.b')).toMatchObject({ area: 'FIELD', kind: 'ADDED' });
    expect(d.changes.find((c) => c.key === 'e')?.values).toEqual([
      { path: 'outcome', before: 'resolved', after: 'rejected' },
    ]);
  });

  it('flags the SLA and offer policies when they change', () => {
    const next = { ...base, sla: { rules: [] }, offerPolicy: undefined } as unknown as FlowDefinition;
    expect(diffFlows(base, next)).toMatchObject({ slaChanged: true, offerPolicyChanged: false });
    expect(diffFlows(next, base)).toMatchObject({ slaChanged: true, offerPolicyChanged: false });
  });
});
