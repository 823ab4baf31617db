/**
 * JSON Logic ⇄ the rule builder's editable tree. The builder edits AND/OR groups of conditions
 * ("field, operator, value"); each condition is one JSON Logic operation on one `var`. A rule that
 * is not exactly such a tree (arbitrary JSON Logic) is refused here (`fromLogic` returns null), so
 * the builder opens it in raw mode and never rewrites it behind the user's back.
 * Pure: no Vue.
 */
import type { SUPPORTED_OPERATORS, Rule, ScopeVariable, ValueType } from '@parley/engine';

/** What a condition does with its field; each maps onto one JSON Logic shape (see `conditionLogic`). */
export const CONDITION_OPERATORS = [
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'in',
  'contains',
  'isSet',
  'isEmpty',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** The JSON Logic operator each condition operator is written with. */
export const LOGIC_OPERATOR: Readonly<Record<ConditionOperator, (typeof SUPPORTED_OPERATORS)[number]>> = {
  eq: '==',
  ne: '!=',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
  in: 'in',
  contains: 'in',
  isSet: '!!',
  isEmpty: 'missing',
};

const COMPARE: Readonly<Record<string, ConditionOperator>> = {
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
};

export type Literal = string | number | boolean;
export type ConditionValue = Literal | readonly string[] | null;

export interface ConditionNode {
  readonly kind: 'condition';
  readonly id: string;
  /** The `var` path, e.g. `data.amountOwedFen`; empty until the user picks a field. */
  readonly path: string;
  readonly operator: ConditionOperator | '';
  /** Money is in fen, dates ISO `YYYY-MM-DD`, `in` takes a list; null until given. */
  readonly value: ConditionValue;
}

export interface GroupNode {
  readonly kind: 'group';
  readonly id: string;
  readonly op: 'and' | 'or';
  readonly children: readonly RuleNode[];
}

export type RuleNode = ConditionNode | GroupNode;

let counter = 0;
/** Node ids are only for the editor (keys, targets of edits); they never reach the JSON. */
export function newNodeId(): string {
  counter += 1;
  return `n${counter}`;
}

export function emptyGroup(op: 'and' | 'or' = 'and'): GroupNode {
  return { kind: 'group', id: newNodeId(), op, children: [] };
}

export function emptyCondition(): ConditionNode {
  return { kind: 'condition', id: newNodeId(), path: '', operator: '', value: null };
}

// ---------------------------------------------------------------- operators and values per type

/** How the value of a condition is entered. */
export type ValueKind =
  'none' | 'text' | 'number' | 'money' | 'date' | 'boolean' | 'option' | 'options' | 'text-list';

const BY_TYPE: Readonly<Record<ValueType, readonly ConditionOperator[]>> = {
  string: ['eq', 'ne', 'in', 'contains', 'isSet', 'isEmpty'],
  number: ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'isEmpty'],
  money: ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'isEmpty'],
  date: ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'isSet', 'isEmpty'],
  boolean: ['eq', 'ne'],
  'string-list': ['contains', 'isSet', 'isEmpty'],
  'file-list': ['isSet', 'isEmpty'],
  null: ['isSet', 'isEmpty'],
  any: ['eq', 'ne', 'isSet', 'isEmpty'],
};

/** Operators that make sense for a variable of this type (a select with options: no substring search). */
export function operatorsFor(variable: ScopeVariable | undefined): readonly ConditionOperator[] {
  const type = variable?.type ?? 'any';
  const ops = BY_TYPE[type];
  return variable?.options && type === 'string' ? ops.filter((o) => o !== 'contains') : ops;
}

export function valueKindOf(
  variable: ScopeVariable | undefined,
  operator: ConditionOperator | '',
): ValueKind {
  if (operator === '' || operator === 'isSet' || operator === 'isEmpty') return 'none';
  const type = variable?.type ?? 'any';
  const hasOptions = (variable?.options?.length ?? 0) > 0;
  if (operator === 'in') return hasOptions ? 'options' : 'text-list';
  if (operator === 'contains') return type === 'string-list' && hasOptions ? 'option' : 'text';
  if (hasOptions) return 'option';
  switch (type) {
    case 'number':
      return 'number';
    case 'money':
      return 'money';
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value fits how it is entered (a money value is whole fen, a date ISO, a list non-empty). */
export function valueFits(kind: ValueKind, value: ConditionValue): boolean {
  switch (kind) {
    case 'none':
      return true;
    case 'text':
    case 'option':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'money':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'options':
    case 'text-list':
      return Array.isArray(value) && value.length > 0;
  }
}

/**
 * A condition becomes part of the rule once it has a field, an operator and a value of the shape the
 * operator needs (a literal to compare with, a non-empty list for `in`, a text for `contains`). Whether
 * the value suits the field's type is `checkRule`'s job: such problems are shown, not silently dropped.
 */
export function isComplete(c: ConditionNode): boolean {
  if (c.path === '' || c.operator === '') return false;
  switch (c.operator) {
    case 'isSet':
    case 'isEmpty':
      return true;
    case 'in':
      return Array.isArray(c.value) && c.value.length > 0;
    case 'contains':
      return typeof c.value === 'string';
    default:
      return c.value !== null && !Array.isArray(c.value) && isLiteral(c.value as Rule);
  }
}

/** The condition after the user picked another field: the operator kept if still offered, the value if it still fits. */
export function withField(
  c: ConditionNode,
  path: string,
  variable: ScopeVariable | undefined,
): ConditionNode {
  const ops = operatorsFor(variable);
  const operator = c.operator !== '' && ops.includes(c.operator) ? c.operator : (ops[0] ?? '');
  return withOperator({ ...c, path }, operator, variable);
}

export function withOperator(
  c: ConditionNode,
  operator: ConditionOperator | '',
  variable: ScopeVariable | undefined,
): ConditionNode {
  const kind = valueKindOf(variable, operator);
  const keep = kind !== 'none' && valueFits(kind, c.value);
  return { ...c, operator, value: keep ? c.value : kind === 'boolean' ? true : null };
}

// ---------------------------------------------------------------- tree → JSON Logic

function conditionLogic(c: ConditionNode): Rule {
  const field: Rule = { var: c.path };
  const value = c.value as Rule;
  switch (c.operator) {
    case 'isSet':
      return { '!!': [field] };
    case 'isEmpty':
      return { missing: [c.path] };
    case 'in':
      return { in: [field, value] };
    case 'contains':
      return { in: [value, field] };
    default:
      return { [LOGIC_OPERATOR[c.operator as ConditionOperator]]: [field, value] };
  }
}

function nodeLogic(node: RuleNode): Rule | undefined {
  if (node.kind === 'condition') return isComplete(node) ? conditionLogic(node) : undefined;
  const parts = node.children.map(nodeLogic).filter((r): r is Rule => r !== undefined);
  return parts.length === 0 ? undefined : { [node.op]: parts };
}

/**
 * The rule the tree stands for: incomplete conditions and empty groups are left out; a root with a
 * single part is that part (`{"==": …}` rather than `{"and": [{"==": …}]}`); no parts, no rule.
 */
export function toLogic(root: GroupNode): Rule | undefined {
  const parts = root.children.map(nodeLogic).filter((r): r is Rule => r !== undefined);
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return { [root.op]: parts };
}

// ---------------------------------------------------------------- JSON Logic → tree

const isObject = (v: unknown): v is Record<string, Rule> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function single(rule: Rule): [string, Rule] | null {
  if (!isObject(rule)) return null;
  const keys = Object.keys(rule);
  return keys.length === 1 ? [keys[0] as string, rule[keys[0] as string] as Rule] : null;
}

function varPath(rule: Rule): string | null {
  const s = single(rule);
  return s && s[0] === 'var' && typeof s[1] === 'string' && s[1] !== '' ? s[1] : null;
}

const isLiteral = (v: Rule): v is Literal =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
const isStringList = (v: Rule): v is readonly string[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');

const condition = (path: string, operator: ConditionOperator, value: ConditionValue): ConditionNode => ({
  kind: 'condition',
  id: newNodeId(),
  path,
  operator,
  value,
});

function parseCondition(rule: Rule): ConditionNode | null {
  const s = single(rule);
  if (!s) return null;
  const [op, raw] = s;
  if (!Array.isArray(raw)) return null;
  const args = raw as readonly Rule[];
  if (op === '!!' && args.length === 1) {
    const path = varPath(args[0] as Rule);
    return path ? condition(path, 'isSet', null) : null;
  }
  if (op === 'missing' && args.length === 1 && typeof args[0] === 'string' && args[0] !== '')
    return condition(args[0], 'isEmpty', null);
  if (args.length !== 2) return null;
  const [a, b] = args as [Rule, Rule];
  const compare = COMPARE[op];
  if (compare) {
    const path = varPath(a);
    return path && isLiteral(b) ? condition(path, compare, b) : null;
  }
  if (op === 'in') {
    const path = varPath(a);
    if (path && isStringList(b)) return condition(path, 'in', b);
    const hay = varPath(b);
    if (hay && typeof a === 'string') return condition(hay, 'contains', a);
  }
  return null;
}

function parseNode(rule: Rule): RuleNode | null {
  const s = single(rule);
  if (s && (s[0] === 'and' || s[0] === 'or')) {
    if (!Array.isArray(s[1]) || s[1].length === 0) return null;
    const children: RuleNode[] = [];
    for (const part of s[1] as readonly Rule[]) {
      const child = parseNode(part);
      if (!child) return null;
      children.push(child);
    }
    return { kind: 'group', id: newNodeId(), op: s[0], children };
  }
  return parseCondition(rule);
}

/** Structural equality of JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameJson(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => k in b && sameJson(a[k], b[k]));
}

/**
 * The editable tree of a rule, or null when the builder cannot show it as one without changing it
 * (then it opens in raw mode). No rule is an empty AND group.
 */
export function fromLogic(rule: Rule | undefined): GroupNode | null {
  if (rule === undefined) return emptyGroup();
  const node = parseNode(rule);
  if (!node) return null;
  const root: GroupNode = node.kind === 'group' ? node : { ...emptyGroup(), children: [node] };
  // Only what comes back unchanged is editable as a tree (e.g. `{"and": [one]}` stays raw).
  return sameJson(toLogic(root), rule) ? root : null;
}

// ---------------------------------------------------------------- edits (immutable)

function mapTree(node: RuleNode, id: string, f: (n: RuleNode) => RuleNode | null): RuleNode | null {
  if (node.id === id) return f(node);
  if (node.kind === 'condition') return node;
  const children = node.children.map((c) => mapTree(c, id, f)).filter((c): c is RuleNode => c !== null);
  return { ...node, children };
}

function edit(root: GroupNode, id: string, f: (n: RuleNode) => RuleNode | null): GroupNode {
  return (mapTree(root, id, f) as GroupNode | null) ?? emptyGroup(root.op);
}

export function addChild(root: GroupNode, groupId: string, child: RuleNode): GroupNode {
  return edit(root, groupId, (n) => (n.kind === 'group' ? { ...n, children: [...n.children, child] } : n));
}

/** Removes a node; removing the root empties it. */
export function removeNode(root: GroupNode, id: string): GroupNode {
  return id === root.id ? { ...root, children: [] } : edit(root, id, () => null);
}

export function replaceNode(root: GroupNode, id: string, node: RuleNode): GroupNode {
  return edit(root, id, () => node);
}

export function setGroupOp(root: GroupNode, id: string, op: 'and' | 'or'): GroupNode {
  return edit(root, id, (n) => (n.kind === 'group' ? { ...n, op } : n));
}

/** Conditions not yet part of the rule (no field, operator or fitting value), for a hint in the editor. */
export function incompleteCount(root: GroupNode): number {
  const count = (n: RuleNode): number =>
    n.kind === 'group' ? n.children.reduce((s, c) => s + count(c), 0) : isComplete(n) ? 0 : 1;
  return count(root);
}
