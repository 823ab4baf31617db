/** The rule builder's texts, Simplified Chinese: the schema the English file must match. */
const rules = {
  title: '规则',
};

export type RuleMessages = typeof rules;
export default rules;
