import { describe, expect, it } from 'vitest';
import {
  buildRuleScope,
  checkRule,
  createRuleEvaluator,
  defaultRegistry,
  describeRule,
  findTemplate,
} from '../../src/index';
import type { FlowDefinition, Rule } from '../../src/index';
import { CHECK_FIXTURES, EVALUATION_FIXTURES } from './rule-fixtures';

const minsheng = findTemplate('minsheng-e-negotiation') as FlowDefinition;
const scope = buildRuleScope(minsheng, defaultRegistry);

describe('rule evaluation (json-logic-engine)', () => {
  const evaluator = createRuleEvaluator();
  it.each(EVALUATION_FIXTURES)('$name', ({ rule, data, expected }) => {
    expect(evaluator.value(rule, data as { data: object })).toEqual(expected);
  });

  it('reads JSON Logic truthiness for conditions: an empty list is false', () => {
    expect(evaluator.holds({ var: 'data.list' }, { data: { list: [] } })).toBe(false);
    expect(evaluator.holds({ var: 'data.list' }, { data: { list: ['a'] } })).toBe(true);
  });

  it('treats a rule that throws as not holding', () => {
    expect(evaluator.holds({ unknownOp: [1] }, { data: {} })).toBe(false);
  });
});

describe('checkRule against the flow fields', () => {
  it.each(CHECK_FIXTURES)('$name', ({ rule, expect: position, codes }) => {
    const problems = checkRule(rule, scope, { path: 'guard', ...(position ? { expect: position } : {}) });
    expect(problems.map((p) => p.code)).toEqual(codes);
    for (const p of problems) {
      expect(p.path.startsWith('guard')).toBe(true);
      expect(p.message.zh && p.message.en).toBeTruthy();
    }
  });

  it('points at the offending operand', () => {
    const [problem] = checkRule({ and: [true, { '==': [{ var: 'data.nope' }, 1] }] }, scope, {
      path: 'transitions[3].guard',
    });
    expect(problem?.path).toBe('transitions[3].guard["and"][1]["=="][0]');
  });
});

describe('describeRule', () => {
  const rule: Rule = {
    and: [
      { '==': [{ var: 'data.matter' }, 'overdue-repayment'] },
      { '>=': [{ var: 'data.amountOwedFen' }, 10_000_000] },
      { in: [{ var: 'data.applicationChannel' }, ['app', 'website']] },
    ],
  };

  it('renders zh-CN with labels, option names and yuan', () => {
    expect(describeRule(rule, 'zh', scope)).toBe(
      '（「协商事项」 等于 「逾期还款协商」） 且 （「欠款金额」 大于或等于 ¥100,000.00） 且 （「申请渠道」 属于 [「手机APP」、「官方网站」]）',
    );
  });

  it('renders English the same way', () => {
    expect(describeRule(rule, 'en', scope)).toBe(
      '(“Matter” is “Overdue repayment”) and (“Amount owed” is at least ¥100,000.00) and (“Channel” is one of [“Mobile app”, “Website”])',
    );
  });

  it('renders conditionals, negation and quantifiers', () => {
    expect(
      describeRule({ if: [{ '!': [{ var: 'data.attachments' }] }, 'agent', 'supervisor'] }, 'en', scope),
    ).toBe('if not “Supporting documents” then “agent”; otherwise “supervisor”');
    expect(
      describeRule({ some: [{ var: 'data.hardship' }, { '==': [{ var: '' }, 'illness'] }] }, 'zh', scope),
    ).toBe('「困难原因」 中任一项满足 （该项 等于 「illness」）');
  });

  it('falls back to paths without a scope', () => {
    expect(describeRule({ '>': [{ var: 'case.escalationLevel' }, 1] }, 'en')).toBe(
      '“case.escalationLevel” is greater than 1',
    );
  });
});
