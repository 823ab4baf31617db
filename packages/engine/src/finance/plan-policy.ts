/**
 * Limits on negotiated plans, as data, and the check of a plan against them. Violations are returned
 * (with codes, bilingual messages and the rule's source), never thrown.
 */
import { addDaysToIsoDate, addMonthsClamped, monthsAndDaysBetween, type IsoDate } from '../time/index';
import { planAnnualisedRate } from './irr';
import { FinanceDecimal, parseDecimalString, type DecimalString } from './money';
import type { ExtensionPlanInput, RepaymentPlan } from './repayment-types';
import type { LocalizedText } from '../shared/localized-text';

/** 《贷款通则》 Art. 9 (term classes) and Art. 12 (extension limits). */
export interface LoanExtensionLimits {
  /** Loans with a term up to this many months are short-term (Art. 9: one year, inclusive). */
  readonly shortTermMaxMonths: number;
  /** … up to this many months medium-term (Art. 9: five years, inclusive); longer is long-term. */
  readonly mediumTermMaxMonths: number;
  /** Total extension as a share of the original term: short-term ≤ 1 × term. */
  readonly shortTermExtensionRatio: DecimalString;
  /** Medium-term ≤ 0.5 × term. */
  readonly mediumTermExtensionRatio: DecimalString;
  /** Long-term: at most this many months in total (3 years). */
  readonly longTermMaxExtensionMonths: number;
  /** The application must be made no later than the (current) maturity date. */
  readonly requireApplicationBeforeMaturity: boolean;
}

export interface PlanPolicy {
  readonly id?: string;
  /** Longest instalment plan (个性化分期: 5 years = 60 months, 《商业银行信用卡业务监督管理办法》 Art. 70). */
  readonly maxInstalmentMonths?: number;
  readonly extension?: LoanExtensionLimits;
  /** Smallest down payment as a percentage of the balance after waivers and discount. */
  readonly minDownPaymentPercent?: DecimalString;
  /** Highest APR (IRR-based, simple annual) a plan may carry, as a fraction ('0.24'). */
  readonly maxAnnualisedRate?: DecimalString;
}

export const CN_LOAN_EXTENSION_LIMITS: LoanExtensionLimits = {
  shortTermMaxMonths: 12,
  mediumTermMaxMonths: 60,
  shortTermExtensionRatio: '1',
  mediumTermExtensionRatio: '0.5',
  longTermMaxExtensionMonths: 36,
  requireApplicationBeforeMaturity: true,
};

/** The regulatory defaults: 60-month instalment cap and the 《贷款通则》 extension limits. */
export const CN_REGULATORY_PLAN_POLICY: PlanPolicy = {
  id: 'cn-regulatory-default',
  maxInstalmentMonths: 60,
  extension: CN_LOAN_EXTENSION_LIMITS,
};

export type PlanPolicyViolationCode =
  | 'PLAN_TERM_EXCEEDS_LIMIT'
  | 'EXTENSION_EXCEEDS_LIMIT'
  | 'EXTENSION_APPLIED_AFTER_MATURITY'
  | 'EXTENSION_NOT_AFTER_MATURITY'
  | 'DOWN_PAYMENT_BELOW_MINIMUM'
  | 'PLAN_RATE_EXCEEDS_LIMIT';

export interface PlanPolicyViolation {
  readonly code: PlanPolicyViolationCode;
  readonly message: LocalizedText;
  /** Path into the plan input that breaks the rule. */
  readonly path: string;
  readonly limit: string;
  readonly actual: string;
  readonly source?: string;
}

export type LoanTermClass = 'short' | 'medium' | 'long';

const LOAN_RULES_SOURCE = '《贷款通则》第九条、第十二条';
const CARD_INSTALMENT_SOURCE = '《商业银行信用卡业务监督管理办法》第七十条';

/** Short-, medium- or long-term by the original term (《贷款通则》 Art. 9). */
export function loanTermClass(
  startDate: IsoDate,
  maturityDate: IsoDate,
  limits: LoanExtensionLimits = CN_LOAN_EXTENSION_LIMITS,
): LoanTermClass {
  if (maturityDate <= addMonthsClamped(startDate, limits.shortTermMaxMonths)) return 'short';
  if (maturityDate <= addMonthsClamped(startDate, limits.mediumTermMaxMonths)) return 'medium';
  return 'long';
}

/**
 * The latest maturity an extension may reach. A share of the original term is taken in whole months
 * where possible; half of an odd month counts as 15 days, and leftover days scale by the ratio (rounded down).
 */
export function maxExtendedMaturityDate(
  originalLoan: { readonly startDate: IsoDate; readonly maturityDate: IsoDate },
  limits: LoanExtensionLimits = CN_LOAN_EXTENSION_LIMITS,
): IsoDate {
  const { startDate, maturityDate } = originalLoan;
  const termClass = loanTermClass(startDate, maturityDate, limits);
  if (termClass === 'long') return addMonthsClamped(maturityDate, limits.longTermMaxExtensionMonths);
  const ratio = parseDecimalString(
    termClass === 'short' ? limits.shortTermExtensionRatio : limits.mediumTermExtensionRatio,
    'extension ratio',
    { max: '1' },
  );
  const { months, days } = monthsAndDaysBetween(startDate, maturityDate);
  const allowedMonths = ratio.times(months);
  const wholeMonths = allowedMonths.floor();
  const extraDays = allowedMonths.minus(wholeMonths).times(30).plus(ratio.times(days)).floor();
  return addDaysToIsoDate(addMonthsClamped(maturityDate, wholeMonths.toNumber()), extraDays.toNumber());
}

function violation(
  code: PlanPolicyViolationCode,
  path: string,
  limit: string,
  actual: string,
  message: LocalizedText,
  source?: string,
): PlanPolicyViolation {
  return { code, path, limit, actual, message, ...(source ? { source } : {}) };
}

function extensionViolations(input: ExtensionPlanInput, limits: LoanExtensionLimits): PlanPolicyViolation[] {
  const out: PlanPolicyViolation[] = [];
  const currentMaturity = input.originalLoan.currentMaturityDate ?? input.originalLoan.maturityDate;
  if (limits.requireApplicationBeforeMaturity && input.applicationDate > currentMaturity) {
    out.push(
      violation(
        'EXTENSION_APPLIED_AFTER_MATURITY',
        'applicationDate',
        currentMaturity,
        input.applicationDate,
        {
          zh: `展期申请（${input.applicationDate}）晚于贷款到期日（${currentMaturity}），应在到期前申请`,
          en: `The extension was applied for on ${input.applicationDate}, after maturity on ${currentMaturity}; it must be requested before maturity`,
        },
        LOAN_RULES_SOURCE,
      ),
    );
  }
  if (input.newMaturityDate <= currentMaturity) {
    out.push(
      violation('EXTENSION_NOT_AFTER_MATURITY', 'newMaturityDate', currentMaturity, input.newMaturityDate, {
        zh: `新的到期日（${input.newMaturityDate}）必须晚于当前到期日（${currentMaturity}）`,
        en: `The new maturity (${input.newMaturityDate}) must be after the current maturity (${currentMaturity})`,
      }),
    );
  }
  const latest = maxExtendedMaturityDate(input.originalLoan, limits);
  if (input.newMaturityDate > latest) {
    const termClass = loanTermClass(input.originalLoan.startDate, input.originalLoan.maturityDate, limits);
    const rule: Record<LoanTermClass, LocalizedText> = {
      short: {
        zh: '短期贷款展期累计不得超过原贷款期限',
        en: 'a short-term loan may be extended by at most its original term in total',
      },
      medium: {
        zh: '中期贷款展期累计不得超过原贷款期限的一半',
        en: 'a medium-term loan may be extended by at most half its original term in total',
      },
      long: {
        zh: '长期贷款展期累计不得超过3年',
        en: 'a long-term loan may be extended by at most 3 years in total',
      },
    };
    out.push(
      violation(
        'EXTENSION_EXCEEDS_LIMIT',
        'newMaturityDate',
        latest,
        input.newMaturityDate,
        {
          zh: `新的到期日 ${input.newMaturityDate} 晚于最迟允许的 ${latest}：${rule[termClass].zh}`,
          en: `The new maturity ${input.newMaturityDate} is later than the latest allowed, ${latest}: ${rule[termClass].en}`,
        },
        LOAN_RULES_SOURCE,
      ),
    );
  }
  return out;
}

/** Every way a plan breaks the policy; an empty list means it complies. */
export function checkPlanAgainstPolicy(plan: RepaymentPlan, policy: PlanPolicy): PlanPolicyViolation[] {
  const out: PlanPolicyViolation[] = [];
  const input = plan.input;
  const isInstalmentKind =
    input.kind === 'equalInstalment' ||
    input.kind === 'equalPrincipal' ||
    input.kind === 'instalmentWithFee' ||
    input.kind === 'interestFrozen';
  if (
    isInstalmentKind &&
    policy.maxInstalmentMonths !== undefined &&
    plan.termMonths > policy.maxInstalmentMonths
  ) {
    out.push(
      violation(
        'PLAN_TERM_EXCEEDS_LIMIT',
        'termMonths',
        String(policy.maxInstalmentMonths),
        String(plan.termMonths),
        {
          zh: `分期期数 ${plan.termMonths} 超过上限 ${policy.maxInstalmentMonths} 期`,
          en: `${plan.termMonths} instalments exceed the limit of ${policy.maxInstalmentMonths}`,
        },
        CARD_INSTALMENT_SOURCE,
      ),
    );
  }
  if (input.kind === 'extension' && policy.extension)
    out.push(...extensionViolations(input, policy.extension));

  if (policy.minDownPaymentPercent !== undefined) {
    const minimum = parseDecimalString(policy.minDownPaymentPercent, 'minDownPaymentPercent', { max: '100' });
    const base = plan.downPayment.amountFen + plan.financedFen;
    const actual =
      base === 0
        ? new FinanceDecimal(100)
        : new FinanceDecimal(plan.downPayment.amountFen).times(100).dividedBy(base);
    if (actual.lessThan(minimum)) {
      out.push(
        violation(
          'DOWN_PAYMENT_BELOW_MINIMUM',
          'downPaymentFen',
          minimum.toString(),
          actual.toDecimalPlaces(4).toString(),
          {
            zh: `首付比例 ${actual.toDecimalPlaces(2).toString()}% 低于最低要求 ${minimum.toString()}%`,
            en: `The down payment is ${actual.toDecimalPlaces(2).toString()}%, below the minimum of ${minimum.toString()}%`,
          },
        ),
      );
    }
  }

  if (policy.maxAnnualisedRate !== undefined) {
    const maximum = parseDecimalString(policy.maxAnnualisedRate, 'maxAnnualisedRate');
    const rate = planAnnualisedRate(plan);
    // Rates are doubles; compare at 1e-9 so that a plan priced exactly at the cap passes.
    if (rate && rate.apr > maximum.toNumber() + 1e-9) {
      out.push(
        violation('PLAN_RATE_EXCEEDS_LIMIT', 'input', maximum.toString(), rate.apr.toFixed(6), {
          zh: `方案年化利率 ${(rate.apr * 100).toFixed(2)}% 超过上限 ${maximum.times(100).toString()}%`,
          en: `The plan's annualised rate of ${(rate.apr * 100).toFixed(2)}% exceeds the limit of ${maximum.times(100).toString()}%`,
        }),
      );
    }
  }
  return out;
}
