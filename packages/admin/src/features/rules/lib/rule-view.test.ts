import { describe, expect, it } from 'vitest';
import { checkRule, type RuleScope, type ScopeVariable } from '@parley/engine';
import { emptyCondition, emptyGroup, toLogic, type ConditionNode, type GroupNode } from './rule-tree';
import { groupScope, nodePaths, problemsByNode } from './rule-view';

const v = (type: ScopeVariable['type'], zh: string, en: string): ScopeVariable => ({
  type,
  label: { zh, en },
});
const SCOPE: RuleScope = new Map([
  ['case.escalationLevel', v('number', '升级次数', 'Escalation level')],
  ['data.age', v('number', '年龄', 'Age')],
  ['offer.termMonths', v('number', '期数', 'Term')],
  ['data.name', v('string', '姓名', 'Name')],
  ['env.x', v('string', '其他', 'Other')],
]);

const cond = (path: string, value: unknown): ConditionNode => ({
  ...emptyCondition(),
  path,
  operator: 'eq',
  value: value as ConditionNode['value'],
});

describe('groupScope', () => {
  it('groups form fields, case, offer and other, in that order, with labels in the language', () => {
    const groups = groupScope(SCOPE, 'en');
    expect(groups.map((g) => g.key)).toEqual(['data', 'case', 'offer', 'other']);
    expect(groups[0]?.fields.map((f) => [f.path, f.label])).toEqual([
      ['data.age', 'Age'],
      ['data.name', 'Name'],
    ]);
    expect(groupScope(SCOPE, 'zh')[1]?.fields[0]?.label).toBe('升级次数');
    expect(groupScope(new Map(), 'zh')).toEqual([]);
  });
});

describe('problems placed at their conditions', () => {
  it('maps checkRule paths to the nodes that wrote them, nested groups included', () => {
    const bad = cond('data.age', 'old');
    const unknown = cond('data.nope', 1);
    const inner: GroupNode = { ...emptyGroup('or'), children: [cond('data.name', 'x'), unknown] };
    const root: GroupNode = { ...emptyGroup('and'), children: [emptyCondition(), bad, inner] };
    const rule = toLogic(root);
    const problems = checkRule(rule ?? null, SCOPE);
    const placed = problemsByNode(root, problems);
    expect(placed.get(bad.id)?.map((p) => p.code)).toEqual(['RULE_TYPE_MISMATCH']);
    expect(placed.get(unknown.id)?.map((p) => p.code)).toEqual(['RULE_UNKNOWN_FIELD']);
    expect(nodePaths(root).get('["and"][1]["or"][1]')).toBe(unknown.id);
  });

  it('a single condition under the root sits at the root path', () => {
    const only = cond('data.age', 'old');
    const root: GroupNode = { ...emptyGroup('and'), children: [only] };
    const placed = problemsByNode(root, checkRule(toLogic(root) ?? null, SCOPE));
    expect([...placed.keys()]).toEqual([only.id]);
  });
});
