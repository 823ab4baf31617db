/**
 * The rule builder's public surface (ADMIN.md "Shared rooms"): one builder of JSON Logic rules for the
 * designer, surveys and categories. Import from here, not from inside the folder.
 */
export { default as RuleBuilder } from './components/RuleBuilder.vue';
export { fromLogic, toLogic, sameJson, operatorsFor } from './lib/rule-tree';
export type { ConditionNode, ConditionOperator, GroupNode, RuleNode } from './lib/rule-tree';
