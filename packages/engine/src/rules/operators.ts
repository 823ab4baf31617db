/**
 * The JSON Logic operators Parley rules may use. json-logic-engine knows more (map, reduce, try …);
 * we keep to the ones the designer can render readably and the checker can type.
 */
export const SUPPORTED_OPERATORS = [
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'and',
  'or',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  'in',
  'cat',
  'substr',
  'length',
  'some',
  'all',
  'none',
] as const;

export type SupportedOperator = (typeof SUPPORTED_OPERATORS)[number];

const SUPPORTED: ReadonlySet<string> = new Set(SUPPORTED_OPERATORS);

export function isSupportedOperator(op: string): op is SupportedOperator {
  return SUPPORTED.has(op);
}
