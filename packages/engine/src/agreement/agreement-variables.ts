import type { AgreementVariable } from './agreement.types';

const v = (name: string, zh: string, en: string, needsPlan = true): AgreementVariable => ({
  name,
  label: { zh, en },
  needsPlan,
});

/**
 * The closed list of variables an agreement clause may name, in the order the designer's picker shows
 * them. Money is printed in yuan from integer fen (exact, thousands separators), dates as the plan's
 * calendar dates in Asia/Shanghai. Plan variables need an offer: without one they print `—`.
 */
export const AGREEMENT_VARIABLES: readonly AgreementVariable[] = [
  v('bank.name', '机构名称（甲方）', 'Bank (the lender)', false),
  v('customer.name', '客户姓名（乙方）', 'Customer name', false),
  v('case.reference', '案件编号', 'Case reference', false),
  v('plan.kind', '方案类型', 'Plan type'),
  v('plan.owedTotalFen', '欠款总额', 'Total owed'),
  v('plan.principalFen', '欠款本金', 'Principal owed'),
  v('plan.forgivenFen', '减免金额', 'Amount forgiven'),
  v('plan.downPaymentFen', '首付金额', 'Down payment'),
  v('plan.financedFen', '分期本金', 'Amount financed'),
  v('plan.totalDueFen', '应还总额', 'Total due'),
  v('plan.termMonths', '期数（月）', 'Term (months)'),
  v('plan.startDate', '协议生效日', 'Start date'),
  v('plan.firstDueDate', '首期还款日', 'First due date'),
  v('plan.lastDueDate', '末期还款日', 'Last due date'),
  v('plan.annualisedRate', '年化利率（APR）', 'Annualised rate (APR)'),
  v('schedule', '还款计划表', 'Repayment schedule'),
];

const BY_NAME: ReadonlyMap<string, AgreementVariable> = new Map(AGREEMENT_VARIABLES.map((x) => [x.name, x]));

export function agreementVariable(name: string): AgreementVariable | undefined {
  return BY_NAME.get(name);
}

/** One piece of a clause body: literal text, or a `{{name}}` placeholder at `[start, end)`. */
export type AgreementToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'variable'; readonly name: string; readonly start: number; readonly end: number };

export interface AgreementTextProblem {
  readonly kind: 'unclosed' | 'unknown';
  /** Offset of the `{{` in the body. */
  readonly at: number;
  /** The name inside the braces (unknown variables). */
  readonly name?: string;
}

/**
 * Splits a clause body into text and `{{variable}}` tokens. An unclosed `{{` (no `}}` before the next
 * `{{` or the end) stays text and is reported; a name outside `AGREEMENT_VARIABLES` is a token and is
 * reported as unknown. Whitespace inside the braces is allowed (`{{ customer.name }}`).
 */
export function tokenizeAgreementText(body: string): {
  tokens: AgreementToken[];
  problems: AgreementTextProblem[];
} {
  const tokens: AgreementToken[] = [];
  const problems: AgreementTextProblem[] = [];
  let text = '';
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{{', i);
    if (open < 0) {
      text += body.slice(i);
      break;
    }
    const close = body.indexOf('}}', open + 2);
    const nextOpen = body.indexOf('{{', open + 2);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      problems.push({ kind: 'unclosed', at: open });
      text += body.slice(i, open + 2);
      i = open + 2;
      continue;
    }
    text += body.slice(i, open);
    if (text) tokens.push({ kind: 'text', text });
    text = '';
    const name = body.slice(open + 2, close).trim();
    if (!BY_NAME.has(name)) problems.push({ kind: 'unknown', at: open, name });
    tokens.push({ kind: 'variable', name, start: open, end: close + 2 });
    i = close + 2;
  }
  if (text) tokens.push({ kind: 'text', text });
  return { tokens, problems };
}

/** The variables a body names (known or not), in order of appearance. */
export function agreementVariablesIn(body: string): string[] {
  return tokenizeAgreementText(body).tokens.flatMap((t) => (t.kind === 'variable' ? [t.name] : []));
}
