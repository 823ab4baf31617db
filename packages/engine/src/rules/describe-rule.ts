import type { Lang } from '../shared/localized-text';
import { isJsonObject } from '../shared/json.types';
import type { Rule, RuleScope, ScopeVariable } from './rule.types';
import { formatFen } from './money-format';

type Words = Readonly<Record<string, string>>;

const WORDS: Readonly<Record<Lang, Words>> = {
  zh: {
    and: ' 且 ',
    or: ' 或 ',
    not: '并非',
    '==': '等于',
    '!=': '不等于',
    '<': '小于',
    '<=': '小于或等于',
    '>': '大于',
    '>=': '大于或等于',
    in: '属于',
    contains: '包含',
    isSet: '已填写',
    missing: '未填写',
    missingSome: '中至少填写 {n} 项',
    if: '如果',
    then: '则',
    else: '否则',
    some: '中任一项满足',
    all: '中每一项都满足',
    none: '中没有一项满足',
    item: '该项',
    lengthOf: '的长度',
    listSep: '、',
    yes: '是',
    no: '否',
    empty: '空',
  },
  en: {
    and: ' and ',
    or: ' or ',
    not: 'not ',
    '==': 'is',
    '!=': 'is not',
    '<': 'is less than',
    '<=': 'is at most',
    '>': 'is greater than',
    '>=': 'is at least',
    in: 'is one of',
    contains: 'contains',
    isSet: 'is filled in',
    missing: 'not filled in:',
    missingSome: 'at least {n} filled in of',
    if: 'if',
    then: 'then',
    else: 'otherwise',
    some: 'any item satisfies',
    all: 'every item satisfies',
    none: 'no item satisfies',
    item: 'the item',
    lengthOf: 'length of',
    listSep: ', ',
    yes: 'yes',
    no: 'no',
    empty: 'empty',
  },
};

interface Described {
  readonly text: string;
  /** Compound expressions get parentheses when nested. */
  readonly compound: boolean;
  readonly variable?: ScopeVariable;
}

/**
 * Renders a rule as a sentence for the designer, in zh-CN or English: field labels instead of
 * paths, option labels instead of codes, money as yuan.
 */
export function describeRule(rule: Rule, lang: Lang, scope?: RuleScope): string {
  return describe(rule, { lang, words: WORDS[lang], scope }).text;
}

interface Ctx {
  readonly lang: Lang;
  readonly words: Words;
  readonly scope: RuleScope | undefined;
}

const plain = (text: string): Described => ({ text, compound: false });
const compound = (text: string): Described => ({ text, compound: true });
const wrap = (ctx: Ctx, d: Described): string =>
  d.compound ? (ctx.lang === 'zh' ? `（${d.text}）` : `(${d.text})`) : d.text;

function label(ctx: Ctx, path: string): Described {
  const variable = ctx.scope?.get(path);
  const name = variable ? variable.label[ctx.lang] : path;
  return {
    text: ctx.lang === 'zh' ? `「${name}」` : `“${name}”`,
    compound: false,
    ...(variable ? { variable } : {}),
  };
}

function literal(value: Rule, ctx: Ctx, against?: ScopeVariable): string {
  if (value === null) return ctx.words.empty as string;
  if (typeof value === 'boolean') return (value ? ctx.words.yes : ctx.words.no) as string;
  if (typeof value === 'number') return against?.type === 'money' ? formatFen(value) : String(value);
  if (typeof value === 'string') {
    const option = against?.options?.find((o) => o.value === value);
    const shown = option ? option.label[ctx.lang] : value;
    return ctx.lang === 'zh' ? `「${shown}」` : `“${shown}”`;
  }
  return JSON.stringify(value);
}

/** Describes an operand, rendering literals in the light of the variable they are compared with. */
function operand(node: Rule, ctx: Ctx, against?: ScopeVariable): Described {
  if (node === null || typeof node !== 'object') return plain(literal(node, ctx, against));
  if (Array.isArray(node))
    return plain(`[${node.map((n: Rule) => operand(n, ctx, against).text).join(ctx.words.listSep)}]`);
  return describe(node, ctx);
}

function describe(node: Rule, ctx: Ctx): Described {
  if (!isJsonObject(node)) return operand(node, ctx);
  const keys = Object.keys(node);
  const op = keys[0];
  if (keys.length !== 1 || op === undefined) return plain(JSON.stringify(node));
  const raw = node[op] as Rule;
  const args: readonly Rule[] = Array.isArray(raw) ? raw : [raw];
  const w = ctx.words;
  const sp = ' ';
  switch (op) {
    case 'var': {
      const name = args[0];
      return typeof name === 'string' && name !== '' ? label(ctx, name) : plain(w.item as string);
    }
    case 'and':
    case 'or':
      return compound(args.map((a) => wrap(ctx, describe(a, ctx))).join(w[op]));
    case '!':
      return plain(`${w.not}${wrap(ctx, describe(args[0] ?? null, ctx))}`);
    case '!!':
      return plain(`${wrap(ctx, describe(args[0] ?? null, ctx))}${sp}${w.isSet}`);
    case '==':
    case '===':
    case '!=':
    case '!==':
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const word = w[op.length === 3 ? op.slice(0, 2) : op] as string;
      if (args.length === 3) {
        // `{"<": [a, x, b]}` reads "x is between a and b".
        const x = describe(args[1] ?? null, ctx);
        const lo = operand(args[0] ?? null, ctx, x.variable).text;
        const hi = operand(args[2] ?? null, ctx, x.variable).text;
        return compound(`${lo} ${w[op]} ${x.text} ${w[op]} ${hi}`);
      }
      const left = operand(args[0] ?? null, ctx);
      const right = operand(args[1] ?? null, ctx, left.variable);
      const l = left.variable ? left : operand(args[0] ?? null, ctx, right.variable);
      return compound(`${wrap(ctx, l)}${sp}${word}${sp}${wrap(ctx, right)}`);
    }
    case 'in': {
      const needle = operand(args[0] ?? null, ctx);
      const hay = args[1] ?? null;
      if (typeof hay === 'string' || (isJsonObject(hay) && !Array.isArray(hay)))
        return compound(`${wrap(ctx, operand(hay, ctx))}${sp}${w.contains}${sp}${wrap(ctx, needle)}`);
      return compound(`${wrap(ctx, needle)}${sp}${w.in}${sp}${operand(hay, ctx, needle.variable).text}`);
    }
    case 'missing':
      return plain(
        `${w.missing}${sp}${args.map((a) => (typeof a === 'string' ? label(ctx, a).text : JSON.stringify(a))).join(w.listSep)}`,
      );
    case 'missing_some': {
      const names = Array.isArray(args[1]) ? (args[1] as readonly Rule[]) : [];
      const list = names
        .map((a) => (typeof a === 'string' ? label(ctx, a).text : JSON.stringify(a)))
        .join(w.listSep);
      const n = String(args[0] ?? '');
      return plain(
        ctx.lang === 'zh'
          ? `${list}${(w.missingSome as string).replace('{n}', n)}`
          : `${(w.missingSome as string).replace('{n}', n)} ${list}`,
      );
    }
    case 'if':
    case '?:': {
      const parts: string[] = [];
      for (let i = 0; i + 1 < args.length; i += 2)
        parts.push(
          `${w.if}${sp}${wrap(ctx, describe(args[i] ?? null, ctx))}${sp}${w.then}${sp}${wrap(ctx, operand(args[i + 1] ?? null, ctx))}`,
        );
      if (args.length % 2 === 1)
        parts.push(`${w.else}${sp}${wrap(ctx, operand(args[args.length - 1] ?? null, ctx))}`);
      return compound(parts.join(ctx.lang === 'zh' ? '；' : '; '));
    }
    case 'some':
    case 'all':
    case 'none':
      return compound(
        `${wrap(ctx, describe(args[0] ?? null, ctx))}${sp}${w[op]}${sp}${wrap(ctx, compound(describe(args[1] ?? null, ctx).text))}`,
      );
    case 'length':
      return plain(
        ctx.lang === 'zh'
          ? `${wrap(ctx, describe(args[0] ?? null, ctx))}${w.lengthOf}`
          : `${w.lengthOf} ${wrap(ctx, describe(args[0] ?? null, ctx))}`,
      );
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return compound(args.map((a) => wrap(ctx, operand(a, ctx))).join(` ${op} `));
    case 'min':
    case 'max':
    case 'cat':
    case 'substr':
      return plain(`${op}(${args.map((a) => operand(a, ctx).text).join(', ')})`);
    default:
      return plain(JSON.stringify(node));
  }
}
