import type { LocalizedText } from '../shared/localized-text';
import type { ValueType } from './rule.types';

export const RULE_MESSAGES = {
  RULE_MALFORMED: {
    zh: '规则格式错误：每个运算对象只能有一个运算符',
    en: 'Malformed rule: an operation object must have exactly one operator',
  },
  RULE_UNKNOWN_OPERATOR: { zh: '不支持的运算符「{op}」', en: 'Unsupported operator "{op}"' },
  RULE_UNKNOWN_FIELD: {
    zh: '规则引用了不存在的字段「{path}」',
    en: 'The rule refers to an unknown field "{path}"',
  },
  RULE_ARITY: {
    zh: '运算符「{op}」需要 {expected} 个参数，实际为 {actual} 个',
    en: 'Operator "{op}" takes {expected} arguments, got {actual}',
  },
  RULE_TYPE_MISMATCH: {
    zh: '运算符「{op}」不能用于{left}与{right}',
    en: 'Operator "{op}" cannot combine {left} with {right}',
  },
  RULE_OPERAND_TYPE: {
    zh: '运算符「{op}」需要{expected}，但得到{actual}',
    en: 'Operator "{op}" needs {expected}, got {actual}',
  },
  RULE_UNKNOWN_OPTION: {
    zh: '「{field}」没有选项「{value}」，该比较永远不成立',
    en: '{field} has no option "{value}", so this comparison never holds',
  },
  RULE_RESULT_TYPE: {
    zh: '此处规则应得出{expected}，但得出{actual}',
    en: 'The rule here should yield {expected}, but yields {actual}',
  },
} as const satisfies Record<string, LocalizedText>;

export type RuleProblemCode = keyof typeof RULE_MESSAGES;

export const VALUE_TYPE_NAMES: Readonly<Record<ValueType, LocalizedText>> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  money: { zh: '金额', en: 'money' },
  date: { zh: '日期', en: 'a date' },
  boolean: { zh: '是/否', en: 'yes/no' },
  'string-list': { zh: '文本列表', en: 'a list of text' },
  'file-list': { zh: '文件列表', en: 'a list of files' },
  null: { zh: '空值', en: 'null' },
  any: { zh: '任意值', en: 'any value' },
};
