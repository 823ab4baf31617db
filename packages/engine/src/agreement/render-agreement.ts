import { formatFen } from '../finance/money';
import { formatRatePercent, planAnnualisedRate } from '../finance/irr';
import type { RepaymentPlan, RepaymentPlanLine } from '../finance/repayment-types';
import { offerKindLabel } from '../definition/rule-scope';
import type { Lang, LocalizedText } from '../shared/localized-text';
import type {
  AgreementPart,
  AgreementScheduleRow,
  AgreementTemplate,
  RenderedAgreementClause,
} from './agreement.types';
import { agreementVariable, tokenizeAgreementText } from './agreement-variables';

/** What a case fills the variables with. The bank party comes from the template (`bankName`). */
export interface AgreementValues {
  readonly customerName: string;
  readonly caseReference: string;
  /** The offer's plan (`buildRepaymentPlan`); absent when the case signs without an offer. */
  readonly plan?: RepaymentPlan;
}

/** `{{bank.name}}` of a template without `bankName`. */
export const DEFAULT_BANK_NAME: LocalizedText = { zh: '贷款机构', en: 'the lender' };

/** What a plan variable prints when the case has no plan. */
export const NO_VALUE = '—';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar date (already a date in Asia/Shanghai): `2026年11月25日` / `25 November 2026`. */
export function formatAgreementDate(isoDate: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return lang === 'zh'
    ? `${y}年${Number(mo)}月${Number(d)}日`
    : `${Number(d)} ${MONTHS[Number(mo) - 1] ?? mo} ${y}`;
}

/** Money in yuan from integer fen, exact: `¥1,234.56` / `CN¥1,234.56`. */
export function formatAgreementMoney(fen: number, lang: Lang): string {
  return formatFen(fen, lang === 'zh' ? 'zh-CN' : 'en');
}

function annualisedRate(plan: RepaymentPlan, lang: Lang): string {
  try {
    const rate = planAnnualisedRate(plan);
    return rate ? formatRatePercent(rate.apr) : lang === 'zh' ? '无' : 'none';
  } catch {
    return NO_VALUE;
  }
}

function planValue(name: string, plan: RepaymentPlan, lang: Lang): string {
  const money = (fen: number) => formatAgreementMoney(fen, lang);
  const date = (d: string | undefined) => (d ? formatAgreementDate(d, lang) : NO_VALUE);
  switch (name) {
    case 'plan.kind':
      return offerKindLabel(plan.kind)?.[lang] ?? plan.kind;
    case 'plan.owedTotalFen':
      return money(plan.owedTotalFen);
    case 'plan.principalFen':
      return money(plan.input.owed.principalFen);
    case 'plan.forgivenFen':
      return money(plan.waived.totalFen + plan.discount.totalFen);
    case 'plan.downPaymentFen':
      return money(plan.downPayment.amountFen);
    case 'plan.financedFen':
      return money(plan.financedFen);
    case 'plan.totalDueFen':
      return money(plan.totals.totalDueFen);
    case 'plan.termMonths':
      return String(plan.termMonths);
    case 'plan.startDate':
      return date(plan.input.startDate);
    case 'plan.firstDueDate':
      return date(plan.lines[0]?.dueDate);
    case 'plan.lastDueDate':
      return date(plan.lines[plan.lines.length - 1]?.dueDate);
    case 'plan.annualisedRate':
      return annualisedRate(plan, lang);
    default:
      return NO_VALUE;
  }
}

function scheduleRow(line: RepaymentPlanLine, lang: Lang): AgreementScheduleRow {
  const money = (fen: number) => formatAgreementMoney(fen, lang);
  return {
    period: String(line.period),
    dueDate: formatAgreementDate(line.dueDate, lang),
    principal: money(line.principalFen),
    interest: money(line.interestFen),
    fee: money(line.feeFen),
    total: money(line.totalFen),
  };
}

function schedulePart(plan: RepaymentPlan, lang: Lang): AgreementPart {
  const money = (fen: number) => formatAgreementMoney(fen, lang);
  return {
    kind: 'schedule',
    rows: plan.lines.map((line) => scheduleRow(line, lang)),
    total: {
      period: lang === 'zh' ? '合计' : 'Total',
      dueDate: '',
      principal: money(plan.totals.principalFen),
      interest: money(plan.totals.interestFen),
      fee: money(plan.totals.feeFen),
      total: money(plan.totals.instalmentsFen),
    },
  };
}

/** The schedule as plain text, one line per instalment and one for the totals. */
export function scheduleText(part: Extract<AgreementPart, { kind: 'schedule' }>, lang: Lang): string {
  const line = (r: AgreementScheduleRow) =>
    lang === 'zh'
      ? `第${r.period}期 ${r.dueDate} 应还 ${r.total}（本金 ${r.principal}，利息 ${r.interest}，费用 ${r.fee}）`
      : `No. ${r.period}, ${r.dueDate}: ${r.total} (principal ${r.principal}, interest ${r.interest}, fee ${r.fee})`;
  const t = part.total;
  const total =
    lang === 'zh'
      ? `合计 应还 ${t.total}（本金 ${t.principal}，利息 ${t.interest}，费用 ${t.fee}）`
      : `Total: ${t.total} (principal ${t.principal}, interest ${t.interest}, fee ${t.fee})`;
  return [...part.rows.map(line), total].join('\n');
}

/** `{{schedule}}` without a plan. */
const NO_SCHEDULE: LocalizedText = { zh: '（无还款计划）', en: '(no repayment schedule)' };

/**
 * The template's clauses in one language with the case's values: money exact from fen, dates as
 * calendar dates (Asia/Shanghai), the plan kind by its label, `{{schedule}}` as a table part. Pure: the
 * same template and values always give the same text. An unknown or unclosed placeholder (which
 * `validateDefinition` reports) is printed as written.
 */
export function renderAgreement(
  template: AgreementTemplate,
  values: AgreementValues,
  lang: Lang,
): RenderedAgreementClause[] {
  const bank = template.bankName ?? DEFAULT_BANK_NAME;
  const scalar = (name: string): string | undefined => {
    if (name === 'bank.name') return bank[lang] || bank.zh || bank.en || DEFAULT_BANK_NAME[lang];
    if (name === 'customer.name') return values.customerName;
    if (name === 'case.reference') return values.caseReference;
    if (!agreementVariable(name)) return undefined;
    return values.plan ? planValue(name, values.plan, lang) : NO_VALUE;
  };
  return template.clauses.map((clause) => {
    const parts: AgreementPart[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    // Tolerant of a text that never passed validation (a missing language prints as empty).
    const source = clause.body?.[lang] ?? '';
    const body = tokenizeAgreementText(source);
    for (const token of body.tokens) {
      if (token.kind === 'text') text += token.text;
      else if (token.name === 'schedule') {
        if (values.plan) {
          flush();
          parts.push(schedulePart(values.plan, lang));
        } else text += NO_SCHEDULE[lang];
      } else {
        const value = scalar(token.name);
        text += value ?? source.slice(token.start, token.end);
      }
    }
    flush();
    return {
      key: clause.key,
      title: clause.title?.[lang] ?? '',
      parts,
      text: parts.map((p) => (p.kind === 'text' ? p.text : scheduleText(p, lang))).join(''),
    };
  });
}
