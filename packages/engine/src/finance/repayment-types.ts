import type { IsoDate } from '../time/index';
import type { DecimalString, Fen } from './money';

/** What the customer owes today, by component (all in fen). */
export interface AmountsOwed {
  readonly principalFen: Fen;
  readonly interestFen: Fen;
  readonly penaltyInterestFen: Fen;
  readonly feesFen: Fen;
}

/** How much of one component to waive: everything, an amount, or a percentage of it. */
export type WaiverAmount = 'all' | { readonly fen: Fen } | { readonly percent: DecimalString };

/** Waivers of accrued interest, penalty interest (罚息) and fees (违约金 / 费用); principal is never waived here. */
export interface PlanWaivers {
  readonly interest?: WaiverAmount;
  readonly penaltyInterest?: WaiverAmount;
  readonly fees?: WaiverAmount;
}

interface PlanInputBase {
  readonly owed: AmountsOwed;
  readonly waivers?: PlanWaivers;
  /** Paid on `startDate`; reduces the amount financed. */
  readonly downPaymentFen?: Fen;
  /** Date the agreement takes effect; the down payment is due on it and instalments are counted from it. */
  readonly startDate: IsoDate;
}

interface InstalmentSchedule {
  /** Number of monthly instalments. */
  readonly termMonths: number;
  /** Day of month instalments fall due, clamped to short months (default: day of the first due date). */
  readonly dueDayOfMonth?: number;
  /** Default: `startDate` plus one month on `dueDayOfMonth`. */
  readonly firstDueDate?: IsoDate;
}

/** 等额本息: equal monthly payments of principal and interest. */
export interface EqualInstalmentPlanInput extends PlanInputBase, InstalmentSchedule {
  readonly kind: 'equalInstalment';
  /** Nominal annual rate as a decimal string ('0.12'); the monthly rate is a twelfth of it. */
  readonly annualRate: DecimalString;
}

/** 等额本金: equal principal each month, interest on the declining balance. */
export interface EqualPrincipalPlanInput extends PlanInputBase, InstalmentSchedule {
  readonly kind: 'equalPrincipal';
  readonly annualRate: DecimalString;
}

/** 分期 with a fee (credit cards): equal principal, a fee per period on the original amount financed. */
export interface FeeInstalmentPlanInput extends PlanInputBase, InstalmentSchedule {
  readonly kind: 'instalmentWithFee';
  /** Fee per period as a fraction of the amount financed ('0.0075' = 0.75 % a month). */
  readonly feeRatePerPeriod: DecimalString;
  /** 'perPeriod' (default) or 'upfront' (the whole fee with the first instalment). */
  readonly feeCollection?: 'perPeriod' | 'upfront';
}

/** 停息挂账: interest frozen; the balance is repaid in equal monthly parts without interest or fees. */
export interface InterestFrozenPlanInput extends PlanInputBase, InstalmentSchedule {
  readonly kind: 'interestFrozen';
}

/** 展期 / 延期: the maturity moves, interest continues. */
export interface ExtensionPlanInput extends PlanInputBase {
  readonly kind: 'extension';
  readonly annualRate: DecimalString;
  readonly originalLoan: {
    readonly startDate: IsoDate;
    /** Contractual maturity before any extension. */
    readonly maturityDate: IsoDate;
    /** Current maturity if the loan was extended before (default: `maturityDate`). */
    readonly currentMaturityDate?: IsoDate;
  };
  readonly newMaturityDate: IsoDate;
  /** When the customer applied; 《贷款通则》 Art. 12 requires it before maturity. */
  readonly applicationDate: IsoDate;
  /** 'interestOnly': monthly interest, principal at the new maturity; or amortise until it. */
  readonly repayment: 'interestOnly' | 'equalInstalment' | 'equalPrincipal';
  readonly dueDayOfMonth?: number;
}

export type SettlementDiscount =
  { readonly percent: DecimalString } | { readonly fen: Fen } | { readonly settlementAmountFen: Fen };

/** 一次性结清减免: one payment, less a discount. */
export interface LumpSumSettlementPlanInput extends PlanInputBase {
  readonly kind: 'lumpSumSettlement';
  /** Default: `startDate`. */
  readonly settlementDate?: IsoDate;
  /** Discount on the balance left after waivers (percent of it, an amount, or the amount to pay). */
  readonly discount?: SettlementDiscount;
}

export type RepaymentPlanInput =
  | EqualInstalmentPlanInput
  | EqualPrincipalPlanInput
  | FeeInstalmentPlanInput
  | InterestFrozenPlanInput
  | ExtensionPlanInput
  | LumpSumSettlementPlanInput;

export type RepaymentPlanKind = RepaymentPlanInput['kind'];

export interface RepaymentPlanLine {
  /** 1-based. */
  readonly period: number;
  readonly dueDate: IsoDate;
  /** Part of the amount financed repaid in this instalment. */
  readonly principalFen: Fen;
  readonly interestFen: Fen;
  readonly feeFen: Fen;
  readonly totalFen: Fen;
  /** Amount financed still outstanding after this instalment. */
  readonly remainingPrincipalFen: Fen;
}

/** Amounts forgiven, by the component of the debt they come off. */
export interface ForgivenAmounts {
  readonly principalFen: Fen;
  readonly interestFen: Fen;
  readonly penaltyInterestFen: Fen;
  readonly feesFen: Fen;
  readonly totalFen: Fen;
}

export interface RepaymentPlanTotals {
  readonly principalFen: Fen;
  readonly interestFen: Fen;
  readonly feeFen: Fen;
  /** Sum of all instalments. */
  readonly instalmentsFen: Fen;
  readonly downPaymentFen: Fen;
  /** Down payment + instalments: everything the customer pays under the plan. */
  readonly totalDueFen: Fen;
}

export interface RepaymentPlan {
  readonly kind: RepaymentPlanKind;
  readonly input: RepaymentPlanInput;
  readonly owedTotalFen: Fen;
  /** Explicit waivers of interest, penalty interest and fees. */
  readonly waived: ForgivenAmounts;
  /** Settlement discount, allocated fees → penalty interest → interest → principal. */
  readonly discount: ForgivenAmounts;
  readonly downPayment: { readonly amountFen: Fen; readonly dueDate: IsoDate };
  /** Balance repaid through the instalments (owed − waived − discount − down payment). */
  readonly financedFen: Fen;
  readonly lines: readonly RepaymentPlanLine[];
  readonly totals: RepaymentPlanTotals;
  /** Number of instalments. */
  readonly termMonths: number;
}
