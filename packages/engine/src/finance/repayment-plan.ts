/**
 * Builds a repayment plan from a negotiated offer: waivers, settlement discount, down payment, then the
 * monthly lines of the chosen kind. Invariants (checked by property tests):
 *   owed total = waived + discount + down payment + amount financed
 *   Σ line principal = amount financed, exactly
 *   total due = down payment + Σ line totals
 */
import { isIsoDate, type IsoDate } from '../time/index';
import { FinanceError } from './finance-errors';
import {
  FinanceDecimal,
  decimalToFen,
  parseDecimalString,
  percentOfFen,
  requireFen,
  sumFen,
  type DecimalString,
  type Fen,
} from './money';
import {
  amortiseEqualInstalment,
  amortiseEqualPrincipal,
  amortiseInterestOnly,
  amortiseWithFee,
  annuityPaymentFen,
  dueDatesUntilMaturity,
  instalmentDueDates,
} from './repayment-schedule';
import type {
  AmountsOwed,
  ForgivenAmounts,
  LumpSumSettlementPlanInput,
  RepaymentPlan,
  RepaymentPlanInput,
  RepaymentPlanLine,
  WaiverAmount,
} from './repayment-types';

/** Highest annual rate accepted as input (a sanity bound, not a policy: see checkPlanAgainstPolicy). */
const MAX_ANNUAL_RATE: DecimalString = '10';

function requireDate(value: unknown, path: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new FinanceError(
      'PLAN_INPUT_INVALID',
      {
        zh: `${path} 必须是 YYYY-MM-DD 日期：${String(value)}`,
        en: `${path} must be a YYYY-MM-DD date: ${String(value)}`,
      },
      { path },
    );
  }
  return value;
}

function monthlyRateOf(annualRate: DecimalString) {
  return parseDecimalString(annualRate, 'annualRate', { max: MAX_ANNUAL_RATE }).dividedBy(12);
}

function resolveWaiver(amount: WaiverAmount | undefined, owedFen: Fen, path: string): Fen {
  if (amount === undefined) return 0;
  let fen: Fen;
  if (amount === 'all') fen = owedFen;
  else if ('fen' in amount) fen = requireFen(amount.fen, `${path}.fen`);
  else
    fen = percentOfFen(
      owedFen,
      parseDecimalString(amount.percent, `${path}.percent`, { max: '100' }).toString(),
    );
  if (fen > owedFen) {
    throw new FinanceError(
      'PLAN_WAIVER_EXCEEDS_OWED',
      {
        zh: `${path} 减免金额 ${fen} 分超过应还的 ${owedFen} 分`,
        en: `${path} waives ${fen} fen of only ${owedFen} fen owed`,
      },
      { path, details: { waiverFen: fen, owedFen } },
    );
  }
  return fen;
}

function forgiven(parts: Omit<ForgivenAmounts, 'totalFen'>): ForgivenAmounts {
  return {
    ...parts,
    totalFen: sumFen([parts.principalFen, parts.interestFen, parts.penaltyInterestFen, parts.feesFen]),
  };
}

const NOTHING_FORGIVEN = forgiven({ principalFen: 0, interestFen: 0, penaltyInterestFen: 0, feesFen: 0 });

function resolveDiscountFen(input: LumpSumSettlementPlanInput, balanceFen: Fen): Fen {
  const discount = input.discount;
  if (!discount) return 0;
  let fen: Fen;
  if ('percent' in discount) {
    const percent = parseDecimalString(discount.percent, 'discount.percent', { max: '100' });
    fen = decimalToFen(percent.times(balanceFen).dividedBy(100));
  } else if ('fen' in discount) {
    fen = requireFen(discount.fen, 'discount.fen');
  } else {
    fen = balanceFen - requireFen(discount.settlementAmountFen, 'discount.settlementAmountFen');
  }
  if (fen < 0 || fen > balanceFen) {
    throw new FinanceError(
      'PLAN_DISCOUNT_INVALID',
      {
        zh: `结清减免金额 ${fen} 分不在 0 到剩余欠款 ${balanceFen} 分之间`,
        en: `The settlement discount of ${fen} fen is not between 0 and the balance of ${balanceFen} fen`,
      },
      { path: 'discount', details: { discountFen: fen, balanceFen } },
    );
  }
  return fen;
}

/** Allocates a discount to what is left of each component: fees, penalty interest, interest, then principal. */
function allocateDiscount(discountFen: Fen, left: AmountsOwed): ForgivenAmounts {
  let rest = discountFen;
  const take = (available: Fen): Fen => {
    const taken = Math.min(available, rest);
    rest -= taken;
    return taken;
  };
  const feesFen = take(left.feesFen);
  const penaltyInterestFen = take(left.penaltyInterestFen);
  const interestFen = take(left.interestFen);
  const principalFen = take(left.principalFen);
  return forgiven({ principalFen, interestFen, penaltyInterestFen, feesFen });
}

function buildLines(input: RepaymentPlanInput, financedFen: Fen): RepaymentPlanLine[] {
  switch (input.kind) {
    case 'equalInstalment':
      return amortiseEqualInstalment(
        financedFen,
        monthlyRateOf(input.annualRate),
        instalmentDueDates(input.startDate, input.termMonths, input.dueDayOfMonth, input.firstDueDate),
      );
    case 'equalPrincipal':
      return amortiseEqualPrincipal(
        financedFen,
        monthlyRateOf(input.annualRate),
        instalmentDueDates(input.startDate, input.termMonths, input.dueDayOfMonth, input.firstDueDate),
      );
    case 'instalmentWithFee':
      return amortiseWithFee(
        financedFen,
        parseDecimalString(input.feeRatePerPeriod, 'feeRatePerPeriod', { max: '1' }),
        instalmentDueDates(input.startDate, input.termMonths, input.dueDayOfMonth, input.firstDueDate),
        input.feeCollection ?? 'perPeriod',
      );
    case 'interestFrozen':
      return amortiseEqualPrincipal(
        financedFen,
        new FinanceDecimal(0),
        instalmentDueDates(input.startDate, input.termMonths, input.dueDayOfMonth, input.firstDueDate),
      );
    case 'extension': {
      const loanStart = requireDate(input.originalLoan?.startDate, 'originalLoan.startDate');
      const loanMaturity = requireDate(input.originalLoan?.maturityDate, 'originalLoan.maturityDate');
      if (loanMaturity <= loanStart) {
        throw new FinanceError(
          'PLAN_INPUT_INVALID',
          {
            zh: `原贷款到期日 ${loanMaturity} 必须晚于发放日 ${loanStart}`,
            en: `The original maturity ${loanMaturity} must be after the loan start ${loanStart}`,
          },
          { path: 'originalLoan.maturityDate' },
        );
      }
      if (input.originalLoan.currentMaturityDate !== undefined) {
        requireDate(input.originalLoan.currentMaturityDate, 'originalLoan.currentMaturityDate');
      }
      requireDate(input.applicationDate, 'applicationDate');
      const dates = dueDatesUntilMaturity(
        input.startDate,
        requireDate(input.newMaturityDate, 'newMaturityDate'),
        input.dueDayOfMonth,
      );
      const rate = monthlyRateOf(input.annualRate);
      if (input.repayment === 'interestOnly') return amortiseInterestOnly(financedFen, rate, dates);
      if (input.repayment === 'equalPrincipal') return amortiseEqualPrincipal(financedFen, rate, dates);
      return amortiseEqualInstalment(financedFen, rate, dates);
    }
    case 'lumpSumSettlement': {
      const date = requireDate(input.settlementDate ?? input.startDate, 'settlementDate');
      return [
        {
          period: 1,
          dueDate: date,
          principalFen: financedFen,
          interestFen: 0,
          feeFen: 0,
          totalFen: financedFen,
          remainingPrincipalFen: 0,
        },
      ];
    }
    default: {
      const unknown: never = input;
      throw new FinanceError(
        'PLAN_INPUT_INVALID',
        {
          zh: `未知的方案类型：${String((unknown as { kind?: unknown }).kind)}`,
          en: `Unknown plan kind: ${String((unknown as { kind?: unknown }).kind)}`,
        },
        { path: 'kind' },
      );
    }
  }
}

/**
 * The 等额本息 monthly payment, P·r·(1+r)^n/((1+r)^n−1) with r = annualRate / 12, rounded half-up
 * to the fen (the last instalment of a plan may differ by a few fen).
 */
export function equalInstalmentPayment(
  principalFen: Fen,
  annualRate: DecimalString,
  termMonths: number,
): Fen {
  requireFen(principalFen, 'principalFen');
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) {
    throw new FinanceError(
      'PLAN_INPUT_INVALID',
      {
        zh: `期数必须是正整数：${termMonths}`,
        en: `The number of instalments must be a positive integer: ${termMonths}`,
      },
      { path: 'termMonths' },
    );
  }
  return annuityPaymentFen(principalFen, monthlyRateOf(annualRate), termMonths);
}

/** Builds the full plan of an offer; throws a coded {@link FinanceError} for malformed input. */
export function buildRepaymentPlan(input: RepaymentPlanInput): RepaymentPlan {
  const owed: AmountsOwed = {
    principalFen: requireFen(input.owed?.principalFen, 'owed.principalFen'),
    interestFen: requireFen(input.owed?.interestFen, 'owed.interestFen'),
    penaltyInterestFen: requireFen(input.owed?.penaltyInterestFen, 'owed.penaltyInterestFen'),
    feesFen: requireFen(input.owed?.feesFen, 'owed.feesFen'),
  };
  const owedTotalFen = sumFen([owed.principalFen, owed.interestFen, owed.penaltyInterestFen, owed.feesFen]);
  const startDate = requireDate(input.startDate, 'startDate');
  const downPaymentFen = requireFen(input.downPaymentFen ?? 0, 'downPaymentFen');

  const waived = forgiven({
    principalFen: 0,
    interestFen: resolveWaiver(input.waivers?.interest, owed.interestFen, 'waivers.interest'),
    penaltyInterestFen: resolveWaiver(
      input.waivers?.penaltyInterest,
      owed.penaltyInterestFen,
      'waivers.penaltyInterest',
    ),
    feesFen: resolveWaiver(input.waivers?.fees, owed.feesFen, 'waivers.fees'),
  });
  const balanceFen = owedTotalFen - waived.totalFen;

  const discount =
    input.kind === 'lumpSumSettlement'
      ? allocateDiscount(resolveDiscountFen(input, balanceFen), {
          principalFen: owed.principalFen,
          interestFen: owed.interestFen - waived.interestFen,
          penaltyInterestFen: owed.penaltyInterestFen - waived.penaltyInterestFen,
          feesFen: owed.feesFen - waived.feesFen,
        })
      : NOTHING_FORGIVEN;

  const payableFen = balanceFen - discount.totalFen;
  if (downPaymentFen > payableFen) {
    throw new FinanceError(
      'PLAN_DOWN_PAYMENT_EXCEEDS_BALANCE',
      {
        zh: `首付 ${downPaymentFen} 分超过减免后应还的 ${payableFen} 分`,
        en: `The down payment of ${downPaymentFen} fen exceeds the ${payableFen} fen left after waivers`,
      },
      { path: 'downPaymentFen', details: { downPaymentFen, payableFen } },
    );
  }
  const financedFen = payableFen - downPaymentFen;
  if (financedFen === 0) {
    throw new FinanceError(
      'PLAN_NOTHING_TO_FINANCE',
      {
        zh: '减免和首付之后没有剩余欠款，无需还款计划',
        en: 'Nothing is left to repay after waivers and the down payment; no plan is needed',
      },
      { path: 'downPaymentFen' },
    );
  }

  const lines = buildLines(input, financedFen);
  const principalFen = sumFen(lines.map((l) => l.principalFen));
  const interestFen = sumFen(lines.map((l) => l.interestFen));
  const feeFen = sumFen(lines.map((l) => l.feeFen));
  const instalmentsFen = sumFen(lines.map((l) => l.totalFen));
  return {
    kind: input.kind,
    input,
    owedTotalFen,
    waived,
    discount,
    downPayment: { amountFen: downPaymentFen, dueDate: startDate },
    financedFen,
    lines,
    totals: {
      principalFen,
      interestFen,
      feeFen,
      instalmentsFen,
      downPaymentFen,
      totalDueFen: sumFen([downPaymentFen, instalmentsFen]),
    },
    termMonths: lines.length,
  };
}
