/**
 * Amortisation of an amount financed into monthly lines. Conventions (docs/finance.md):
 * - the monthly rate is the nominal annual rate / 12, whatever the length of the month;
 * - interest and fees are rounded half-up to the fen each period;
 * - every line's principal is rounded to the fen and the last line takes the remainder, so the
 *   principal parts always add up to the amount financed exactly.
 */
import { addMonthsClamped, parseIsoDate, type IsoDate } from '../time/index';
import { FinanceError } from './finance-errors';
import { FinanceDecimal, decimalToFen, type Fen, type FinanceDecimalValue } from './money';
import type { RepaymentPlanLine } from './repayment-types';

export const MAX_SCHEDULE_PERIODS = 600;

function line(
  period: number,
  dueDate: IsoDate,
  principalFen: Fen,
  interestFen: Fen,
  feeFen: Fen,
  remainingPrincipalFen: Fen,
): RepaymentPlanLine {
  return {
    period,
    dueDate,
    principalFen,
    interestFen,
    feeFen,
    totalFen: principalFen + interestFen + feeFen,
    remainingPrincipalFen,
  };
}

/** Monthly due dates: the first due date (default one month after start) then monthly, clamped to month end. */
export function instalmentDueDates(
  startDate: IsoDate,
  termMonths: number,
  dueDayOfMonth?: number,
  firstDueDate?: IsoDate,
): IsoDate[] {
  if (!Number.isSafeInteger(termMonths) || termMonths < 1 || termMonths > MAX_SCHEDULE_PERIODS) {
    throw new FinanceError(
      'PLAN_INPUT_INVALID',
      {
        zh: `期数必须是 1 到 ${MAX_SCHEDULE_PERIODS} 之间的整数：${termMonths}`,
        en: `The number of instalments must be an integer from 1 to ${MAX_SCHEDULE_PERIODS}: ${termMonths}`,
      },
      { path: 'termMonths' },
    );
  }
  const dueDay = dueDayOfMonth ?? parseIsoDate(firstDueDate ?? startDate).day;
  const first = firstDueDate ?? addMonthsClamped(startDate, 1, dueDay);
  if (first <= startDate) {
    throw new FinanceError(
      'PLAN_INPUT_INVALID',
      {
        zh: `首期还款日 ${first} 必须晚于起始日 ${startDate}`,
        en: `The first due date ${first} must be after the start date ${startDate}`,
      },
      { path: 'firstDueDate' },
    );
  }
  return Array.from({ length: termMonths }, (_, k) => addMonthsClamped(first, k, dueDay));
}

/** Monthly due dates after `startDate` up to `maturityDate`, which is always the last one. */
export function dueDatesUntilMaturity(
  startDate: IsoDate,
  maturityDate: IsoDate,
  dueDayOfMonth?: number,
): IsoDate[] {
  if (maturityDate <= startDate) {
    throw new FinanceError(
      'PLAN_INPUT_INVALID',
      {
        zh: `新的到期日 ${maturityDate} 必须晚于起始日 ${startDate}`,
        en: `The new maturity date ${maturityDate} must be after the start date ${startDate}`,
      },
      { path: 'newMaturityDate' },
    );
  }
  const dueDay = dueDayOfMonth ?? parseIsoDate(maturityDate).day;
  const dates: IsoDate[] = [];
  for (let k = 1; ; k += 1) {
    const date = addMonthsClamped(startDate, k, dueDay);
    if (date >= maturityDate || dates.length >= MAX_SCHEDULE_PERIODS - 1) break;
    if (date > startDate) dates.push(date);
  }
  dates.push(maturityDate);
  return dates;
}

/**
 * Equal principal parts: each rounded half-up to the fen, the last taking the remainder. Falls back to
 * rounding down when rounding up would leave the last part negative (tiny amounts over many periods).
 */
export function equalPrincipalParts(financedFen: Fen, periods: number): Fen[] {
  let base = decimalToFen(new FinanceDecimal(financedFen).dividedBy(periods));
  if (base * (periods - 1) > financedFen) base = Math.floor(financedFen / periods);
  return Array.from({ length: periods }, (_, k) =>
    k < periods - 1 ? base : financedFen - base * (periods - 1),
  );
}

function interestOn(balanceFen: Fen, monthlyRate: FinanceDecimalValue): Fen {
  return decimalToFen(monthlyRate.times(balanceFen));
}

/** 等额本息 payment for `periods` months: P·r·(1+r)^n / ((1+r)^n − 1), rounded half-up to the fen. */
export function annuityPaymentFen(financedFen: Fen, monthlyRate: FinanceDecimalValue, periods: number): Fen {
  if (monthlyRate.isZero()) return decimalToFen(new FinanceDecimal(financedFen).dividedBy(periods));
  const growth = monthlyRate.plus(1).pow(periods);
  return decimalToFen(monthlyRate.times(financedFen).times(growth).dividedBy(growth.minus(1)));
}

export function amortiseEqualInstalment(
  financedFen: Fen,
  monthlyRate: FinanceDecimalValue,
  dueDates: readonly IsoDate[],
): RepaymentPlanLine[] {
  if (monthlyRate.isZero()) return amortiseEqualPrincipal(financedFen, monthlyRate, dueDates);
  const periods = dueDates.length;
  const payment = annuityPaymentFen(financedFen, monthlyRate, periods);
  let remaining = financedFen;
  return dueDates.map((dueDate, index) => {
    const interest = interestOn(remaining, monthlyRate);
    const principal =
      index === periods - 1 ? remaining : Math.min(Math.max(payment - interest, 0), remaining);
    remaining -= principal;
    return line(index + 1, dueDate, principal, interest, 0, remaining);
  });
}

export function amortiseEqualPrincipal(
  financedFen: Fen,
  monthlyRate: FinanceDecimalValue,
  dueDates: readonly IsoDate[],
): RepaymentPlanLine[] {
  const parts = equalPrincipalParts(financedFen, dueDates.length);
  let remaining = financedFen;
  return dueDates.map((dueDate, index) => {
    const interest = interestOn(remaining, monthlyRate);
    const principal = parts[index] ?? 0;
    remaining -= principal;
    return line(index + 1, dueDate, principal, interest, 0, remaining);
  });
}

export function amortiseWithFee(
  financedFen: Fen,
  feeRatePerPeriod: FinanceDecimalValue,
  dueDates: readonly IsoDate[],
  collection: 'perPeriod' | 'upfront',
): RepaymentPlanLine[] {
  const periods = dueDates.length;
  const parts = equalPrincipalParts(financedFen, periods);
  const feePerPeriod = decimalToFen(feeRatePerPeriod.times(financedFen));
  const upfrontFee = decimalToFen(feeRatePerPeriod.times(financedFen).times(periods));
  let remaining = financedFen;
  return dueDates.map((dueDate, index) => {
    const principal = parts[index] ?? 0;
    remaining -= principal;
    const fee = collection === 'upfront' ? (index === 0 ? upfrontFee : 0) : feePerPeriod;
    return line(index + 1, dueDate, principal, 0, fee, remaining);
  });
}

/** Monthly interest on the full balance; all principal on the last date. */
export function amortiseInterestOnly(
  financedFen: Fen,
  monthlyRate: FinanceDecimalValue,
  dueDates: readonly IsoDate[],
): RepaymentPlanLine[] {
  const last = dueDates.length - 1;
  return dueDates.map((dueDate, index) => {
    const principal = index === last ? financedFen : 0;
    return line(
      index + 1,
      dueDate,
      principal,
      interestOn(financedFen, monthlyRate),
      0,
      financedFen - (index === last ? financedFen : 0),
    );
  });
}
