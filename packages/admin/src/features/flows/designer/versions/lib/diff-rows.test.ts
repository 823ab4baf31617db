import { describe, expect, it } from 'vitest';
import { diffDefinitions, findTemplate, type FlowDefinition } from '@parley/engine';
import { diffRows, formatValue, fromServerChanges } from './diff-rows';

const v1 = findTemplate('complaint-handling') as FlowDefinition;
const label = (key: string) => (key === 'sla' ? 'SLA policy' : key === 'forms' ? 'Form' : null);

type Editable = { -readonly [K in keyof FlowDefinition]: FlowDefinition[K] } & Record<string, unknown>;

function edited(edit: (d: Editable) => void): FlowDefinition {
  const d = JSON.parse(JSON.stringify(v1)) as Editable;
  edit(d);
  return d;
}

describe('formatValue', () => {
  it('shows texts in the language, scalars as they are, objects as indented JSON, nothing as empty', () => {
    expect(formatValue({ zh: '接收', en: 'Receive' }, 'en')).toBe('Receive');
    expect(formatValue({ zh: '接收', en: 'Receive' }, 'zh')).toBe('接收');
    expect(formatValue(15, 'zh')).toBe('15');
    expect(formatValue(false, 'zh')).toBe('false');
    expect(formatValue(undefined, 'zh')).toBe('');
    expect(formatValue(null, 'zh')).toBe('');
    expect(formatValue({ '==': [1, 2] }, 'zh')).toBe('{\n  "==": [\n    1,\n    2\n  ]\n}');
  });
});

describe('diffRows', () => {
  it('names steps, transitions and fields by their names and titles', () => {
    const next = edited((d) => {
      (d.steps[0] as { name: unknown }).name = { zh: '受理投诉', en: 'Accept the complaint' };
      (d.transitions[3] as { guard: unknown }).guard = { '==': [{ var: 'data.trackingStatus' }, 'x'] };
      (d.forms[1]!.elements[0] as { isRequired: boolean }).isRequired = false;
      (d.sla!.rules[0]!.policy.target as { amount: number }).amount = 10;
    });
    const rows = diffRows(diffDefinitions(v1, next).changes, v1, next, 'en', label);
    expect(rows.map((r) => [r.area, r.title])).toEqual([
      ['flow', 'SLA policy'],
      ['step', 'Accept the complaint'],
      ['transition', 'Track → Handle (routed to the department by category)'],
      ['field', 'Classification · Category'],
    ]);
    expect(rows[0]!.values).toEqual([
      { path: 'sla.rules[0].policy.target.amount', before: '15', after: '10', block: false },
    ]);
    expect(rows[1]!.values[0]).toMatchObject({
      before: 'Receive the complaint',
      after: 'Accept the complaint',
    });
    expect(rows[2]!.values[0]!.block).toBe(true);
    const zh = diffRows(diffDefinitions(v1, next).changes, v1, next, 'zh', label);
    expect(zh[3]!.title).toBe('投诉分类 · 投诉类别');
  });

  it('names a removed step from the older definition and an unknown setting by its key', () => {
    const next = edited((d) => {
      d.steps = d.steps.filter((s) => s.key !== 'track');
      d.transitions = d.transitions.filter((t) => t.from !== 'track' && t.to !== 'track');
      d['escalationRole'] = 'service-dept';
    });
    const rows = diffRows(diffDefinitions(v1, next).changes, v1, next, 'zh', label);
    expect(rows.find((r) => r.key === 'track')).toMatchObject({ kind: 'removed', title: '投诉跟踪' });
    expect(rows.find((r) => r.key === 'escalationRole')?.title).toBe('escalationRole');
  });
});

describe('fromServerChanges', () => {
  it('turns the schema enums and nulls into the engine shape', () => {
    expect(
      fromServerChanges([
        {
          area: 'STEP',
          key: 'receive',
          kind: 'CHANGED',
          values: [{ path: 'form', before: 'a', after: null }],
        },
      ]),
    ).toEqual([{ area: 'step', key: 'receive', kind: 'changed', values: [{ path: 'form', before: 'a' }] }]);
  });
});
