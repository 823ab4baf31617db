import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SUPPORTED_OPERATORS,
  checkRule,
  createRuleEvaluator,
  type Rule,
  type RuleScope,
  type ScopeVariable,
} from '@parley/engine';
import {
  CONDITION_OPERATORS,
  LOGIC_OPERATOR,
  addChild,
  emptyCondition,
  emptyGroup,
  fromLogic,
  incompleteCount,
  operatorsFor,
  removeNode,
  replaceNode,
  sameJson,
  setGroupOp,
  toLogic,
  valueKindOf,
  withField,
  withOperator,
  type ConditionNode,
  type ConditionValue,
  type GroupNode,
  type RuleNode,
} from './rule-tree';

const label = (zh: string) => ({ zh, en: zh });
const SCOPE: RuleScope = new Map<string, ScopeVariable>([
  ['data.name', { type: 'string', label: label('姓名') }],
  [
    'data.matter',
    {
      type: 'string',
      label: label('事项'),
      options: [
        { value: 'loan', label: label('贷款') },
        { value: 'card', label: label('信用卡') },
      ],
    },
  ],
  ['data.amountOwedFen', { type: 'money', label: label('欠款') }],
  ['data.age', { type: 'number', label: label('年龄') }],
  ['data.bornOn', { type: 'date', label: label('出生日期') }],
  ['case.lastContactAnswered', { type: 'boolean', label: label('已接通') }],
  [
    'data.hardship',
    { type: 'string-list', label: label('困难'), options: [{ value: 'illness', label: label('疾病') }] },
  ],
  ['data.tags', { type: 'string-list', label: label('标签') }],
  ['data.files', { type: 'file-list', label: label('附件') }],
]);

const cond = (path: string, operator: ConditionNode['operator'], value: ConditionValue): ConditionNode => ({
  ...emptyCondition(),
  path,
  operator,
  value,
});
const group = (op: 'and' | 'or', children: RuleNode[]): GroupNode => ({ ...emptyGroup(op), children });

describe('operators per type', () => {
  it('offers only operators the type supports, each written with a supported JSON Logic operator', () => {
    expect(operatorsFor(SCOPE.get('data.amountOwedFen'))).toEqual([
      'eq',
      'ne',
      'lt',
      'le',
      'gt',
      'ge',
      'isEmpty',
    ]);
    expect(operatorsFor(SCOPE.get('data.matter'))).not.toContain('contains');
    expect(operatorsFor(SCOPE.get('data.name'))).toContain('contains');
    expect(operatorsFor(SCOPE.get('data.files'))).toEqual(['isSet', 'isEmpty']);
    expect(operatorsFor(SCOPE.get('case.lastContactAnswered'))).toEqual(['eq', 'ne']);
    for (const op of CONDITION_OPERATORS)
      expect(SUPPORTED_OPERATORS as readonly string[]).toContain(LOGIC_OPERATOR[op]);
  });

  it('picks the input for the value from the type and the operator', () => {
    expect(valueKindOf(SCOPE.get('data.amountOwedFen'), 'gt')).toBe('money');
    expect(valueKindOf(SCOPE.get('data.matter'), 'eq')).toBe('option');
    expect(valueKindOf(SCOPE.get('data.matter'), 'in')).toBe('options');
    expect(valueKindOf(SCOPE.get('data.name'), 'in')).toBe('text-list');
    expect(valueKindOf(SCOPE.get('data.hardship'), 'contains')).toBe('option');
    expect(valueKindOf(SCOPE.get('data.tags'), 'contains')).toBe('text');
    expect(valueKindOf(SCOPE.get('data.bornOn'), 'lt')).toBe('date');
    expect(valueKindOf(SCOPE.get('case.lastContactAnswered'), 'eq')).toBe('boolean');
    expect(valueKindOf(SCOPE.get('data.age'), 'isEmpty')).toBe('none');
    expect(valueKindOf(undefined, 'eq')).toBe('text');
  });

  it('keeps operator and value across a change of field when they still fit, resets them otherwise', () => {
    const c = cond('data.age', 'gt', 18);
    const money = withField(c, 'data.amountOwedFen', SCOPE.get('data.amountOwedFen'));
    expect([money.operator, money.value]).toEqual(['gt', 18]);
    const text = withField(c, 'data.name', SCOPE.get('data.name'));
    expect([text.operator, text.value]).toEqual(['eq', null]);
    const bool = withField(c, 'case.lastContactAnswered', SCOPE.get('case.lastContactAnswered'));
    expect([bool.operator, bool.value]).toEqual(['eq', true]);
    expect(withOperator(money, 'isEmpty', SCOPE.get('data.amountOwedFen')).value).toBeNull();
  });
});

describe('toLogic', () => {
  it('writes each operator as its JSON Logic shape', () => {
    const root = group('and', [
      cond('data.amountOwedFen', 'ge', 5_000_000),
      cond('data.matter', 'in', ['loan', 'card']),
      cond('data.hardship', 'contains', 'illness'),
      cond('data.files', 'isSet', null),
      cond('data.bornOn', 'isEmpty', null),
    ]);
    expect(toLogic(root)).toEqual({
      and: [
        { '>=': [{ var: 'data.amountOwedFen' }, 5_000_000] },
        { in: [{ var: 'data.matter' }, ['loan', 'card']] },
        { in: ['illness', { var: 'data.hardship' }] },
        { '!!': [{ var: 'data.files' }] },
        { missing: ['data.bornOn'] },
      ],
    });
  });

  it('leaves out incomplete conditions and empty groups; a single part stands alone; nothing is no rule', () => {
    const c = cond('data.matter', 'eq', 'loan');
    expect(toLogic(group('or', [c, emptyCondition(), group('and', [])]))).toEqual({
      '==': [{ var: 'data.matter' }, 'loan'],
    });
    expect(
      toLogic(group('and', [cond('data.name', 'eq', null), cond('data.tags', 'in', [])])),
    ).toBeUndefined();
    expect(
      incompleteCount(group('and', [c, cond('data.name', 'eq', null), group('or', [emptyCondition()])])),
    ).toBe(2);
  });
});

describe('fromLogic', () => {
  it('reads nested AND/OR groups of conditions', () => {
    const rule: Rule = {
      or: [
        { '==': [{ var: 'data.matter' }, 'loan'] },
        { and: [{ '>': [{ var: 'data.age' }, 60] }, { '!=': [{ var: 'case.lastContactAnswered' }, true] }] },
      ],
    };
    const tree = fromLogic(rule);
    expect(tree?.op).toBe('or');
    expect(tree?.children[1]?.kind).toBe('group');
    expect(toLogic(tree as GroupNode)).toEqual(rule);
  });

  it('makes a bare condition the single child of an AND root, and no rule an empty root', () => {
    const tree = fromLogic({ '<': [{ var: 'data.bornOn' }, '2000-01-01'] });
    expect(tree?.op).toBe('and');
    expect(tree?.children).toHaveLength(1);
    expect(fromLogic(undefined)?.children).toEqual([]);
  });

  it('refuses what it cannot show as a tree without change, so the builder opens it raw', () => {
    const raw: Rule[] = [
      { if: [{ var: 'data.x' }, true, false] },
      { '<': [0, { var: 'data.age' }, 10] },
      { '==': [{ var: 'data.a' }, { var: 'data.b' }] },
      { '==': [{ var: ['data.a', 1] }, 1] },
      { and: [{ '==': [{ var: 'data.a' }, 1] }] },
      { and: [] },
      { '!': [{ var: 'data.a' }] },
      { '!!': { var: 'data.a' } },
      { '==': [{ var: 'data.a' }, 1], '!=': [{ var: 'data.a' }, 2] },
      { '==': [{ var: 'data.a' }, null] },
      { in: [{ var: 'data.a' }, []] },
      true,
      'text',
      null,
      [1, 2],
    ];
    for (const rule of raw) expect(fromLogic(rule), JSON.stringify(rule)).toBeNull();
  });

  it('keeps a condition whose value does not suit the field (checkRule flags it, nothing is lost)', () => {
    const rule: Rule = { '==': [{ var: 'data.amountOwedFen' }, 'lots'] };
    expect(toLogic(fromLogic(rule) as GroupNode)).toEqual(rule);
    expect(checkRule(rule, SCOPE).map((p) => p.code)).toEqual(['RULE_TYPE_MISMATCH']);
  });
});

describe('edits', () => {
  it('adds, replaces, regroups and removes without touching the original', () => {
    const root = emptyGroup();
    const inner = emptyGroup('or');
    const c = cond('data.age', 'lt', 18);
    const one = addChild(addChild(root, root.id, c), root.id, inner);
    const two = addChild(one, inner.id, cond('data.matter', 'eq', 'loan'));
    const three = setGroupOp(two, inner.id, 'and');
    expect(root.children).toEqual([]);
    expect(toLogic(three)).toEqual({
      and: [{ '<': [{ var: 'data.age' }, 18] }, { and: [{ '==': [{ var: 'data.matter' }, 'loan'] }] }],
    });
    const replaced = replaceNode(three, c.id, { ...c, value: 21 });
    expect(toLogic(replaced)).toMatchObject({ and: [{ '<': [{ var: 'data.age' }, 21] }, {}] });
    expect(toLogic(removeNode(replaced, inner.id))).toEqual({ '<': [{ var: 'data.age' }, 21] });
    expect(removeNode(replaced, replaced.id).children).toEqual([]);
  });
});

// ---------------------------------------------------------------- properties

const paths = [...SCOPE.keys()];
const arbValue = (path: string, operator: ConditionNode['operator']): fc.Arbitrary<ConditionValue> => {
  const variable = SCOPE.get(path);
  switch (valueKindOf(variable, operator)) {
    case 'none':
      return fc.constant(null);
    case 'money':
      return fc.integer({ min: 0, max: 10_000_000_000 });
    case 'number':
      return fc.integer({ min: -1000, max: 1000 });
    case 'date':
      return fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
    case 'boolean':
      return fc.boolean();
    case 'option':
      return fc.constantFrom(...(variable?.options ?? []).map((o) => o.value));
    case 'options':
      return fc.uniqueArray(fc.constantFrom(...(variable?.options ?? []).map((o) => o.value)), {
        minLength: 1,
      });
    case 'text-list':
      return fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 });
    case 'text':
      return fc.string({ maxLength: 8 });
  }
};
const arbCondition: fc.Arbitrary<ConditionNode> = fc
  .constantFrom(...paths)
  .chain((path) => fc.constantFrom(...operatorsFor(SCOPE.get(path))).map((operator) => ({ path, operator })))
  .chain(({ path, operator }) => arbValue(path, operator).map((value) => cond(path, operator, value)));
const { tree: arbGroup } = fc.letrec<{ tree: GroupNode; node: RuleNode }>((tie) => ({
  tree: fc
    .tuple(fc.constantFrom<'and' | 'or'>('and', 'or'), fc.array(tie('node'), { minLength: 2, maxLength: 4 }))
    .map(([op, children]) => group(op, children)),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, arbCondition, tie('tree')),
}));

describe('round trip (property)', () => {
  it('any tree of complete conditions reads back to the same JSON Logic', () => {
    fc.assert(
      fc.property(arbGroup, (tree) => {
        const rule = toLogic(tree);
        const back = fromLogic(rule);
        expect(back).not.toBeNull();
        expect(toLogic(back as GroupNode)).toEqual(rule);
      }),
      { numRuns: 300 },
    );
  });

  it('the builder writes only rules that type-check against their scope', () => {
    fc.assert(
      fc.property(arbGroup, (tree) => {
        const rule = toLogic(tree) as Rule;
        expect(checkRule(rule, SCOPE, { expect: 'boolean' }).filter((p) => p.severity === 'error')).toEqual(
          [],
        );
      }),
      { numRuns: 300 },
    );
  });

  it('any JSON is either refused or kept exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => {
        const tree = fromLogic(json as Rule);
        if (tree) expect(sameJson(toLogic(tree), json)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('what the written rules mean', () => {
  const evaluator = createRuleEvaluator();
  const holds = (tree: GroupNode, data: Record<string, unknown>) =>
    evaluator.holds(toLogic(tree) as Rule, { data, case: { lastContactAnswered: false } });

  it('evaluates as the sentence says', () => {
    const big = group('and', [cond('data.amountOwedFen', 'ge', 5_000_000)]);
    expect(holds(big, { amountOwedFen: 5_000_000 })).toBe(true);
    expect(holds(big, { amountOwedFen: 4_999_999 })).toBe(false);
    const ill = group('and', [cond('data.hardship', 'contains', 'illness')]);
    expect(holds(ill, { hardship: ['other', 'illness'] })).toBe(true);
    expect(holds(ill, { hardship: ['other'] })).toBe(false);
    const oneOf = group('and', [cond('data.matter', 'in', ['loan', 'card'])]);
    expect(holds(oneOf, { matter: 'card' })).toBe(true);
    expect(holds(oneOf, { matter: 'other' })).toBe(false);
    const empty = group('and', [cond('data.bornOn', 'isEmpty', null)]);
    expect(holds(empty, {})).toBe(true);
    expect(holds(empty, { bornOn: '2000-01-01' })).toBe(false);
    const files = group('and', [cond('data.files', 'isSet', null)]);
    expect(holds(files, { files: [] })).toBe(false);
    expect(holds(files, { files: [{ id: 'f' }] })).toBe(true);
    const either = group('or', [cond('case.lastContactAnswered', 'eq', true), cond('data.age', 'lt', 18)]);
    expect(holds(either, { age: 17 })).toBe(true);
    expect(holds(either, { age: 30 })).toBe(false);
  });
});
