import type { Rule } from '../../src/index';

/** Evaluation fixtures: a rule, the data it sees, and what it must yield. */
export const EVALUATION_FIXTURES: readonly {
  readonly name: string;
  readonly rule: Rule;
  readonly data: object;
  readonly expected: unknown;
}[] = [
  {
    name: 'select equals',
    rule: { '==': [{ var: 'data.matter' }, 'overdue-repayment'] },
    data: { data: { matter: 'overdue-repayment' } },
    expected: true,
  },
  {
    name: 'select differs',
    rule: { '==': [{ var: 'data.matter' }, 'overdue-repayment'] },
    data: { data: { matter: 'loan' } },
    expected: false,
  },
  {
    name: 'missing field is null',
    rule: { '==': [{ var: 'data.matter' }, null] },
    data: { data: {} },
    expected: true,
  },
  {
    name: 'money threshold (fen)',
    rule: { '>=': [{ var: 'data.amountOwedFen' }, 10_000_000] },
    data: { data: { amountOwedFen: 10_000_000 } },
    expected: true,
  },
  {
    name: 'between (exclusive)',
    rule: { '<': [0, { var: 'data.n' }, 10] },
    data: { data: { n: 10 } },
    expected: false,
  },
  {
    name: 'and / or',
    rule: {
      or: [
        { and: [{ '==': [{ var: 'data.a' }, 'x'] }, { '>': [{ var: 'data.b' }, 1] }] },
        { '!!': [{ var: 'data.c' }] },
      ],
    },
    data: { data: { a: 'x', b: 2 } },
    expected: true,
  },
  {
    name: 'not',
    rule: { '!': [{ '==': [{ var: 'data.a' }, 'x'] }] },
    data: { data: { a: 'y' } },
    expected: true,
  },
  {
    name: 'in list',
    rule: { in: [{ var: 'data.issueType' }, ['investment', 'other']] },
    data: { data: { issueType: 'other' } },
    expected: true,
  },
  {
    name: 'in multi-select',
    rule: { in: ['illness', { var: 'data.hardship' }] },
    data: { data: { hardship: ['illness', 'other'] } },
    expected: true,
  },
  {
    name: 'substring',
    rule: { in: ['退款', { var: 'data.text' }] },
    data: { data: { text: '申请退款' } },
    expected: true,
  },
  {
    name: 'if chain (assignment)',
    rule: {
      if: [
        { '==': [{ var: 'data.category' }, 'product'] },
        'product-dept',
        { '==': [{ var: 'data.category' }, 'policy'] },
        'policy-dept',
        'service-dept',
      ],
    },
    data: { data: { category: 'policy' } },
    expected: 'policy-dept',
  },
  {
    name: 'case facts',
    rule: { '>': [{ var: 'case.changeRequests' }, 1] },
    data: { data: {}, case: { changeRequests: 2 } },
    expected: true,
  },
  {
    name: 'offer facts',
    rule: { '<=': [{ var: 'offer.termMonths' }, 60] },
    data: { data: {}, offer: { termMonths: 72 } },
    expected: false,
  },
  {
    name: 'arithmetic on fen',
    rule: { '-': [{ var: 'data.owed' }, { var: 'data.paid' }] },
    data: { data: { owed: 100_000, paid: 25_050 } },
    expected: 74_950,
  },
  {
    name: 'some of a list',
    rule: { some: [{ var: 'data.needs' }, { '==': [{ var: '' }, 'financing'] }] },
    data: { data: { needs: ['wealth', 'financing'] } },
    expected: true,
  },
  {
    name: 'missing',
    rule: { missing: ['data.a', 'data.b'] },
    data: { data: { a: 1 } },
    expected: ['data.b'],
  },
  {
    name: 'date comparison (ISO strings)',
    rule: { '<': [{ var: 'data.due' }, '2026-01-01'] },
    data: { data: { due: '2025-12-31' } },
    expected: true,
  },
];

/** Type-checking fixtures: a rule and the problem codes `checkRule` must report against the test scope. */
export const CHECK_FIXTURES: readonly {
  readonly name: string;
  readonly rule: Rule;
  readonly expect?: 'boolean' | 'string';
  readonly codes: readonly string[];
}[] = [
  { name: 'well typed', rule: { '==': [{ var: 'data.matter' }, 'loan'] }, codes: [] },
  { name: 'unknown field', rule: { '==': [{ var: 'data.nope' }, 'loan'] }, codes: ['RULE_UNKNOWN_FIELD'] },
  {
    name: 'unknown operator',
    rule: { regex: [{ var: 'data.matter' }, '.*'] },
    codes: ['RULE_UNKNOWN_OPERATOR'],
  },
  { name: 'malformed (two operators)', rule: { '==': [1, 1], '!=': [1, 2] }, codes: ['RULE_MALFORMED'] },
  {
    name: 'money compared with text',
    rule: { '>': [{ var: 'data.amountOwedFen' }, 'a lot'] },
    codes: ['RULE_TYPE_MISMATCH'],
  },
  {
    name: 'equality across types',
    rule: { '==': [{ var: 'data.amountOwedFen' }, 'loan'] },
    codes: ['RULE_TYPE_MISMATCH'],
  },
  {
    name: 'option the select does not have',
    rule: { '==': [{ var: 'data.matter' }, 'mortgage'] },
    codes: ['RULE_UNKNOWN_OPTION'],
  },
  {
    name: 'option on the left',
    rule: { '!=': ['mortgage', { var: 'data.matter' }] },
    codes: ['RULE_UNKNOWN_OPTION'],
  },
  { name: 'arity', rule: { '==': [{ var: 'data.matter' }] }, codes: ['RULE_ARITY'] },
  {
    name: 'arithmetic on text',
    rule: { '>': [{ '+': [{ var: 'data.matter' }, 1] }, 2] },
    codes: ['RULE_OPERAND_TYPE'],
  },
  {
    name: 'in needs a list',
    rule: { in: ['x', { var: 'data.amountOwedFen' }] },
    codes: ['RULE_OPERAND_TYPE'],
  },
  {
    name: 'quantifier over a list',
    rule: { some: [{ var: 'data.hardship' }, { '==': [{ var: '' }, 'illness'] }] },
    codes: [],
  },
  {
    name: 'quantifier over a number',
    rule: { some: [{ var: 'data.amountOwedFen' }, true] },
    codes: ['RULE_OPERAND_TYPE'],
  },
  { name: 'missing of unknown field', rule: { missing: ['data.nope'] }, codes: ['RULE_UNKNOWN_FIELD'] },
  {
    name: 'assignment yields text',
    rule: { if: [true, 'agent', 'supervisor'] },
    expect: 'string',
    codes: [],
  },
  {
    name: 'assignment yields a number',
    rule: { var: 'data.amountOwedFen' },
    expect: 'string',
    codes: ['RULE_RESULT_TYPE'],
  },
  {
    name: 'guard yields money (warning)',
    rule: { var: 'data.amountOwedFen' },
    expect: 'boolean',
    codes: ['RULE_RESULT_TYPE'],
  },
  {
    name: 'case and offer variables',
    rule: {
      and: [
        { '>': [{ var: 'case.changeRequests' }, 1] },
        { '==': [{ var: 'offer.kind' }, 'interestFrozen'] },
      ],
    },
    codes: [],
  },
  {
    name: 'offer kind that does not exist',
    rule: { '==': [{ var: 'offer.kind' }, 'amnesty'] },
    codes: ['RULE_UNKNOWN_OPTION'],
  },
];
