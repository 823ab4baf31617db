import { describe, expect, it } from 'vitest';
import { diffDefinitions, diffValues, findTemplate } from '../../src/index';
import type { FlowDefinition, JsonValue } from '../../src/index';

const v1 = findTemplate('complaint-handling') as FlowDefinition;

/** A deep, mutable copy to edit in a test. */
function copy(def: FlowDefinition): Record<string, JsonValue> & {
  steps: Record<string, JsonValue>[];
  transitions: Record<string, JsonValue>[];
  forms: (Record<string, JsonValue> & { elements: Record<string, JsonValue>[] })[];
} {
  return JSON.parse(JSON.stringify(def)) as never;
}
const asDef = (d: unknown): FlowDefinition => d as FlowDefinition;

describe('diffDefinitions', () => {
  it('finds nothing between equal definitions, whatever the key order, version, layout or transition keys', () => {
    const next = copy(v1);
    next['version'] = 7;
    next['layout'] = { receive: { x: 10, y: 20 } };
    next.transitions[0]!['key'] = 'renamed';
    next.steps[0] = Object.fromEntries(Object.entries(next.steps[0]!).reverse());
    const d = diffDefinitions(v1, asDef(next));
    expect(d.changes).toEqual([]);
    expect(d.steps).toEqual({ added: [], removed: [], changed: [] });
    expect(d.transitions).toEqual({ added: [], removed: [], changed: [] });
    expect(d.fields).toEqual({ added: [], removed: [], changed: [] });
  });

  it('lists a changed step with each value before and after, a whole name as one value', () => {
    const next = copy(v1);
    next.steps[0]!['name'] = { zh: '受理投诉', en: 'Accept the complaint' };
    next.steps[0]!['assignTo'] = { role: 'complaint-director' };
    const d = diffDefinitions(v1, asDef(next));
    expect(d.steps.changed).toEqual(['receive']);
    expect(d.changes).toEqual([
      {
        area: 'step',
        key: 'receive',
        kind: 'changed',
        values: [
          {
            path: 'name',
            before: { zh: '接收投诉', en: 'Receive the complaint' },
            after: { zh: '受理投诉', en: 'Accept the complaint' },
          },
          { path: 'assignTo.role', before: 'service-dept', after: 'complaint-director' },
        ],
      },
    ]);
  });

  it('reports added and removed steps with their whole content, and the transitions that came and went', () => {
    const next = copy(v1);
    next.steps = next.steps.filter((s) => s['key'] !== 'track');
    next.steps.push({
      kind: 'end',
      key: 'withdrawn',
      name: { zh: '撤回', en: 'Withdrawn' },
      outcome: 'withdrawn',
    });
    next.transitions = next.transitions.filter((t) => t['from'] !== 'track' && t['to'] !== 'track');
    next.transitions.push({ key: 'tx', from: 'handle', to: 'feedback-method' });
    const d = diffDefinitions(v1, asDef(next));
    expect(d.steps).toEqual({ added: ['withdrawn'], removed: ['track'], changed: [] });
    expect(d.transitions.added).toEqual(['handle→feedback-method']);
    expect(d.transitions.removed).toEqual(['handle→track', 'track→handle', 'track→feedback-method']);
    const removed = d.changes.find((c) => c.key === 'track');
    expect(removed).toMatchObject({ area: 'step', kind: 'removed' });
    expect(removed?.values).toEqual([{ path: '', before: v1.steps.find((s) => s.key === 'track') }]);
    const added = d.changes.find((c) => c.key === 'withdrawn');
    expect(added?.values[0]).toEqual({ path: '', after: next.steps.at(-1) });
  });

  it('shows a changed guard as the whole rule, and an added flag with no value before', () => {
    const next = copy(v1);
    const t4 = next.transitions.find((t) => t['key'] === 't4')!;
    t4['guard'] = { '==': [{ var: 'data.trackingStatus' }, 'escalate'] };
    t4['label'] = { zh: '重新处理', en: 'Handle again' };
    const d = diffDefinitions(v1, asDef(next));
    expect(d.transitions.changed).toEqual(['track→handle']);
    expect(d.changes[0]!.values).toEqual([
      {
        path: 'guard',
        before: { '==': [{ var: 'data.trackingStatus' }, 'reopen'] },
        after: { '==': [{ var: 'data.trackingStatus' }, 'escalate'] },
      },
      { path: 'label', after: { zh: '重新处理', en: 'Handle again' } },
    ]);
  });

  it('names the edge by its outcome when several edges join the same two steps', () => {
    const next = copy(v1);
    next.transitions.push({ key: 'tz', from: 'phone-feedback', to: 'follow-up', on: 'unanswered' });
    const d = diffDefinitions(v1, asDef(next));
    expect(d.transitions.changed).toEqual(['phone-feedback→follow-up']);
    expect(d.changes[0]!.values).toEqual([
      { path: 'on:unanswered', after: { from: 'phone-feedback', to: 'follow-up', on: 'unanswered' } },
    ]);
    // The same edges in another order are no change.
    const reordered = copy(asDef(next));
    reordered.transitions.reverse();
    expect(diffDefinitions(asDef(next), asDef(reordered)).changes).toEqual([]);
  });

  it('names the edge by its key when several edges between two steps share an outcome', () => {
    const older = copy(v1);
    older.transitions.push({ key: 't6b', from: 'feedback-method', to: 'written-feedback', isDefault: true });
    const newer = copy(asDef(older));
    newer.transitions = newer.transitions.filter((t) => t['key'] !== 't6');
    const d = diffDefinitions(asDef(older), asDef(newer));
    expect(d.transitions.changed).toEqual(['feedback-method→written-feedback']);
    expect(d.changes[0]!.values).toEqual([
      {
        path: 't6',
        before: {
          from: 'feedback-method',
          to: 'written-feedback',
          guard: { '==': [{ var: 'data.feedbackMethod' }, 'written'] },
        },
      },
    ]);
  });

  it('lists form fields by form.field and matches choices by value', () => {
    const next = copy(v1);
    const category = next.forms.find((f) => f['key'] === 'classification')!.elements[0]!;
    const before = JSON.parse(JSON.stringify(category)) as { choices: { value: string }[] };
    const choices = category['choices'] as Record<string, JsonValue>[];
    choices[0] = { ...choices[0]!, text: { zh: '产品问题', en: 'Product issue' } };
    category['isRequired'] = false;
    next.forms[0]!.elements.pop();
    const d = diffDefinitions(v1, asDef(next));
    expect(d.fields).toEqual({
      added: [],
      removed: ['complaint.complaintFiles'],
      changed: ['classification.category'],
    });
    const change = d.changes.find((c) => c.key === 'classification.category')!;
    const first = before.choices[0]!.value;
    expect(change.values.map((v) => v.path)).toEqual(['isRequired', `choices[${first}].text`]);
    expect(change.values[1]!.after).toEqual({ zh: '产品问题', en: 'Product issue' });
  });

  it('reports flow settings by property: SLA values, roles matched by key, a new survey, a form title', () => {
    const next = copy(v1);
    const sla = next['sla'] as { rules: { policy: { target: { amount: number } } }[] };
    sla.rules[0]!.policy.target.amount = 10;
    const roles = next['roles'] as Record<string, JsonValue>[];
    const dropped = roles.pop()!;
    next['survey'] = 'follow-up';
    next.forms[0]!['title'] = { zh: '投诉单', en: 'Complaint sheet' };
    const d = diffDefinitions(v1, asDef(next));
    const flow = d.changes.filter((c) => c.area === 'flow');
    expect(flow.map((c) => [c.key, c.kind])).toEqual([
      ['roles', 'changed'],
      ['sla', 'changed'],
      ['forms.complaint', 'changed'],
      ['survey', 'added'],
    ]);
    expect(flow[0]!.values).toEqual([{ path: `roles[${String(dropped['key'])}]`, before: dropped }]);
    expect(flow[1]!.values).toEqual([{ path: 'sla.rules[0].policy.target.amount', before: 15, after: 10 }]);
    expect(flow[3]!.values).toEqual([{ path: 'survey', after: 'follow-up' }]);
    // The older definition is not touched.
    expect(v1.sla?.rules[0]?.policy.target).toEqual({ amount: 15, unit: 'calendarDays' });
  });
});

describe('diffValues', () => {
  it('takes primitive lists whole and walks lists of objects by position', () => {
    expect(diffValues({ a: [1, 2] }, { a: [1, 3] })).toEqual([{ path: 'a', before: [1, 2], after: [1, 3] }]);
    expect(diffValues([{ x: 1 }], [{ x: 2 }, { x: 3 }], 'p')).toEqual([
      { path: 'p[0].x', before: 1, after: 2 },
      { path: 'p[1]', after: { x: 3 } },
    ]);
    expect(diffValues({ a: null }, {})).toEqual([{ path: 'a', before: null }]);
  });
});
