import type { RuleMessages } from './zh-CN';

/** The rule builder's texts, English. */
const rules: RuleMessages = {
  title: 'Rule',
};

export default rules;
