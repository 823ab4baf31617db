import { fill } from '../shared/localized-text';
import type { FillValue } from '../shared/localized-text';
import type { Problem } from '../shared/problem.types';
import { isJsonObject } from '../shared/json.types';
import { isIsoDate } from '../time/index';
import type { Rule, RuleResultType, RuleScope, ScopeVariable, ValueType } from './rule.types';
import { RULE_MESSAGES, VALUE_TYPE_NAMES } from './rule-messages';
import type { RuleProblemCode } from './rule-messages';
import { isSupportedOperator } from './operators';

export interface CheckRuleOptions {
  /** What the position needs: guards need a condition, assignment rules a role key (text). */
  readonly expect?: RuleResultType;
  /** Where the rule sits in its document, prefixed to every problem path. */
  readonly path?: string;
}

interface Inferred {
  readonly type: ValueType;
  /** Set when the node is a plain `var` of a known variable. */
  readonly variable?: ScopeVariable;
  /** Set when the node is a literal. */
  readonly literal?: string | number | boolean | null;
}

interface Ctx {
  readonly scope: RuleScope;
  /** Type of `{"var": ""}` inside some/all/none. */
  readonly itemType?: ValueType;
  readonly problems: Problem<RuleProblemCode>[];
}

const ANY: Inferred = { type: 'any' };
const BOOL: Inferred = { type: 'boolean' };
const NUMERIC = new Set<ValueType>(['number', 'money']);
const TEXTUAL = new Set<ValueType>(['string', 'date']);

/**
 * Type-checks a rule against the variables in scope: unknown operators and fields, operand types,
 * comparisons with options a select field does not have, and the type of the result.
 */
export function checkRule(
  rule: Rule,
  scope: RuleScope,
  options: CheckRuleOptions = {},
): Problem<RuleProblemCode>[] {
  const ctx: Ctx = { scope, problems: [] };
  const path = options.path ?? '';
  const result = infer(rule, path, ctx);
  const expect = options.expect ?? 'any';
  if (expect === 'string' && result.type !== 'string' && result.type !== 'any')
    report(ctx, 'RULE_RESULT_TYPE', path, {
      expected: VALUE_TYPE_NAMES.string,
      actual: VALUE_TYPE_NAMES[result.type],
    });
  if (expect === 'boolean' && !['boolean', 'any', 'null', 'string-list'].includes(result.type))
    report(
      ctx,
      'RULE_RESULT_TYPE',
      path,
      { expected: VALUE_TYPE_NAMES.boolean, actual: VALUE_TYPE_NAMES[result.type] },
      'warning',
    );
  return ctx.problems;
}

function report(
  ctx: Ctx,
  code: RuleProblemCode,
  path: string,
  values: Record<string, FillValue>,
  severity: 'error' | 'warning' = 'error',
): void {
  ctx.problems.push({ code, path, message: fill(RULE_MESSAGES[code], values), severity });
}

function infer(node: Rule, path: string, ctx: Ctx): Inferred {
  if (node === null) return { type: 'null', literal: null };
  if (typeof node === 'string') return { type: isIsoDate(node) ? 'date' : 'string', literal: node };
  if (typeof node === 'number') return { type: 'number', literal: node };
  if (typeof node === 'boolean') return { type: 'boolean', literal: node };
  if (Array.isArray(node)) {
    const items = node.map((n: Rule, i) => infer(n, `${path}[${i}]`, ctx));
    return { type: items.every((t) => TEXTUAL.has(t.type)) ? 'string-list' : 'any' };
  }
  if (!isJsonObject(node)) return ANY;
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    report(ctx, 'RULE_MALFORMED', path, {});
    return ANY;
  }
  const op = keys[0] as string;
  const raw = node[op] as Rule;
  const args: readonly Rule[] = Array.isArray(raw) ? raw : [raw];
  const argPath = (i: number): string => (Array.isArray(raw) ? `${path}["${op}"][${i}]` : `${path}["${op}"]`);
  if (!isSupportedOperator(op)) {
    report(ctx, 'RULE_UNKNOWN_OPERATOR', path, { op });
    return ANY;
  }
  if (op === 'var') return inferVar(args, path, ctx);
  if (op === 'missing' || op === 'missing_some') return inferMissing(op, args, path, argPath, ctx);
  if (op === 'some' || op === 'all' || op === 'none') return inferQuantifier(op, args, path, argPath, ctx);
  const types = args.map((a, i) => infer(a, argPath(i), ctx));
  return inferOperation(op, types, path, ctx);
}

function inferVar(args: readonly Rule[], path: string, ctx: Ctx): Inferred {
  const name = args[0];
  if (name === '' || name === undefined) return { type: ctx.itemType ?? 'any' };
  if (typeof name !== 'string') return ANY;
  const variable = ctx.scope.get(name);
  if (!variable) {
    report(ctx, 'RULE_UNKNOWN_FIELD', path, { path: name });
    return ANY;
  }
  return { type: variable.type, variable };
}

function inferMissing(
  op: 'missing' | 'missing_some',
  args: readonly Rule[],
  path: string,
  argPath: (i: number) => string,
  ctx: Ctx,
): Inferred {
  const names = op === 'missing' ? args : Array.isArray(args[1]) ? (args[1] as readonly Rule[]) : [];
  if (op === 'missing_some' && args.length !== 2)
    report(ctx, 'RULE_ARITY', path, { op, expected: 2, actual: args.length });
  names.forEach((n, i) => {
    if (typeof n === 'string' && !ctx.scope.has(n))
      report(ctx, 'RULE_UNKNOWN_FIELD', op === 'missing' ? argPath(i) : `${argPath(1)}[${i}]`, { path: n });
  });
  return { type: 'string-list' };
}

function inferQuantifier(
  op: string,
  args: readonly Rule[],
  path: string,
  argPath: (i: number) => string,
  ctx: Ctx,
): Inferred {
  if (args.length !== 2) {
    report(ctx, 'RULE_ARITY', path, { op, expected: 2, actual: args.length });
    return BOOL;
  }
  const list = infer(args[0] as Rule, argPath(0), ctx);
  if (!['string-list', 'file-list', 'any'].includes(list.type))
    report(ctx, 'RULE_OPERAND_TYPE', argPath(0), {
      op,
      expected: VALUE_TYPE_NAMES['string-list'],
      actual: VALUE_TYPE_NAMES[list.type],
    });
  const itemType: ValueType = list.type === 'string-list' ? 'string' : 'any';
  infer(args[1] as Rule, argPath(1), { ...ctx, itemType });
  return BOOL;
}

function arity(ctx: Ctx, op: string, path: string, actual: number, min: number, max: number): boolean {
  if (actual >= min && actual <= max) return true;
  const expected = min === max ? String(min) : max === Infinity ? `≥${min}` : `${min}–${max}`;
  report(ctx, 'RULE_ARITY', path, { op, expected, actual });
  return false;
}

function compatible(a: ValueType, b: ValueType): boolean {
  if (a === 'any' || b === 'any' || a === 'null' || b === 'null' || a === b) return true;
  return (NUMERIC.has(a) && NUMERIC.has(b)) || (TEXTUAL.has(a) && TEXTUAL.has(b));
}

function checkOptions(ctx: Ctx, path: string, a: Inferred, b: Inferred): void {
  for (const [v, l] of [
    [a, b],
    [b, a],
  ] as const) {
    const opts = v.variable?.options;
    if (opts && typeof l.literal === 'string' && !opts.some((o) => o.value === l.literal))
      report(ctx, 'RULE_UNKNOWN_OPTION', path, { field: v.variable?.label ?? '', value: l.literal });
  }
}

function needType(
  ctx: Ctx,
  op: string,
  path: string,
  t: Inferred,
  allowed: ReadonlySet<ValueType>,
  name: ValueType,
) {
  if (t.type !== 'any' && t.type !== 'null' && !allowed.has(t.type))
    report(ctx, 'RULE_OPERAND_TYPE', path, {
      op,
      expected: VALUE_TYPE_NAMES[name],
      actual: VALUE_TYPE_NAMES[t.type],
    });
}

function inferOperation(op: string, types: readonly Inferred[], path: string, ctx: Ctx): Inferred {
  const n = types.length;
  switch (op) {
    case '==':
    case '!=':
    case '===':
    case '!==': {
      if (!arity(ctx, op, path, n, 2, 2)) return BOOL;
      const [a, b] = types as [Inferred, Inferred];
      if (!compatible(a.type, b.type))
        report(ctx, 'RULE_TYPE_MISMATCH', path, {
          op,
          left: VALUE_TYPE_NAMES[a.type],
          right: VALUE_TYPE_NAMES[b.type],
        });
      else checkOptions(ctx, path, a, b);
      return BOOL;
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      if (!arity(ctx, op, path, n, 2, 3)) return BOOL;
      const known = types.filter((t) => t.type !== 'any' && t.type !== 'null');
      const numeric = known.every((t) => NUMERIC.has(t.type));
      const textual = known.every((t) => TEXTUAL.has(t.type));
      if (!numeric && !textual) {
        const [a, b] = [
          known[0] ?? ANY,
          known.find((t) => !compatible(t.type, (known[0] ?? ANY).type)) ?? ANY,
        ];
        report(ctx, 'RULE_TYPE_MISMATCH', path, {
          op,
          left: VALUE_TYPE_NAMES[a.type],
          right: VALUE_TYPE_NAMES[b.type],
        });
      }
      return BOOL;
    }
    case '!':
    case '!!':
      arity(ctx, op, path, n, 1, 1);
      return BOOL;
    case 'and':
    case 'or':
      arity(ctx, op, path, n, 1, Infinity);
      return types.every((t) => t.type === 'boolean') ? BOOL : { type: 'any' };
    case 'if':
    case '?:': {
      if (!arity(ctx, op, path, n, 2, Infinity)) return ANY;
      const branches = types.filter((_, i) => i % 2 === 1 || (i === n - 1 && n % 2 === 1));
      const first = branches[0]?.type ?? 'any';
      return { type: branches.every((b) => b.type === first) ? first : 'any' };
    }
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case 'min':
    case 'max': {
      arity(
        ctx,
        op,
        path,
        n,
        op === '+' || op === '*' || op === 'min' || op === 'max' ? 1 : 2,
        op === '%' || op === '/' ? 2 : Infinity,
      );
      types.forEach((t) => needType(ctx, op, path, t, NUMERIC, 'number'));
      return { type: types.some((t) => t.type === 'money') ? 'money' : 'number' };
    }
    case 'in': {
      if (!arity(ctx, op, path, n, 2, 2)) return BOOL;
      const [needle, hay] = types as [Inferred, Inferred];
      if (!['string', 'date', 'string-list', 'any', 'null'].includes(hay.type))
        report(ctx, 'RULE_OPERAND_TYPE', path, {
          op,
          expected: VALUE_TYPE_NAMES['string-list'],
          actual: VALUE_TYPE_NAMES[hay.type],
        });
      needType(ctx, op, path, needle, TEXTUAL, 'string');
      return BOOL;
    }
    case 'cat':
      return { type: 'string' };
    case 'substr':
      arity(ctx, op, path, n, 2, 3);
      return { type: 'string' };
    case 'length':
      arity(ctx, op, path, n, 1, 1);
      return { type: 'number' };
    default:
      return ANY;
  }
}
