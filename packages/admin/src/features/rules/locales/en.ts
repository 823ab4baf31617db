import type { RuleMessages } from './zh-CN';

/** The rule builder's texts, English. */
const rules: RuleMessages = {
  title: 'Rule',
  builder: 'Rule builder',
  noRule: 'No rule (always holds)',
  sentence: 'Reads as',
  problems: 'Rule problems',
  noProblems: 'Type check passed',
  incomplete: '{n} condition(s) not complete yet; not part of the rule.',
  raw: 'JSON mode',
  rawLabel: 'The rule as JSON Logic',
  rawInvalid: 'Invalid JSON, the rule was not changed: {reason}',
  rawOnly: 'This rule cannot be edited visually; edit it in JSON mode.',
  rawEmpty: 'Leave empty for no rule.',
  group: {
    and: 'All of',
    or: 'Any of',
    combine: 'Combine conditions',
    addCondition: 'Add condition',
    addGroup: 'Add group',
    remove: 'Remove group',
    empty: 'No conditions yet',
  },
  condition: {
    field: 'Field',
    operator: 'Comparison',
    value: 'Value',
    valueOf: 'Value: {field}',
    remove: 'Remove condition',
    pickField: 'Choose a field',
    pickOperator: 'Choose a comparison',
    pickValue: 'Choose a value',
    yuan: 'yuan',
    typeValue: 'Type a value, press Enter',
  },
  scopeGroups: {
    data: 'Form fields',
    case: 'Case',
    offer: 'Offer',
    other: 'Other',
  },
  operators: {
    eq: 'is',
    ne: 'is not',
    lt: 'is less than',
    le: 'is at most',
    gt: 'is greater than',
    ge: 'is at least',
    in: 'is one of',
    contains: 'contains',
    isSet: 'is filled in',
    isEmpty: 'is not filled in',
  },
  dateOperators: {
    lt: 'is before',
    le: 'is on or before',
    gt: 'is after',
    ge: 'is on or after',
  },
  boolean: {
    true: 'Yes',
    false: 'No',
  },
};

export default rules;
