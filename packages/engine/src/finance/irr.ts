/**
 * Internal rate of return and the annualised rate of a plan, for disclosure. A rate is not money, so it
 * is computed in doubles; amounts enter as integer fen and are only read, never rounded here.
 *
 * 中国人民银行公告〔2021〕第3号 asks lenders to disclose the annualised rate of a loan's total cost;
 * computed by IRR on equal monthly periods: APR = 12 × monthly IRR (单利, 年百分率), and the effective
 * annual rate EAR = (1 + monthly IRR)^12 − 1 (复利, 实际年利率).
 */
import { FinanceError } from './finance-errors';
import type { RepaymentPlan } from './repayment-types';

export interface InternalRateOfReturnOptions {
  /** Starting point for Newton's method (default 0.01 per period). */
  readonly guess?: number;
  /** Convergence tolerance on the rate (default 1e-12). */
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

function npvAndDerivative(cashflows: readonly number[], rate: number): [number, number] {
  let npv = 0;
  let derivative = 0;
  const base = 1 + rate;
  let discount = 1;
  for (let t = 0; t < cashflows.length; t += 1) {
    const cf = cashflows[t] ?? 0;
    npv += cf * discount;
    derivative -= (t * cf * discount) / base;
    discount /= base;
  }
  return [npv, derivative];
}

function notFound(reason: string, reasonZh: string): FinanceError {
  return new FinanceError('IRR_NOT_FOUND', {
    zh: `无法计算内部收益率：${reasonZh}`,
    en: `No internal rate of return: ${reason}`,
  });
}

/**
 * The per-period rate r at which Σ cashflows[t] / (1 + r)^t = 0 (cashflows[0] at time 0, one per
 * period). Newton's method, falling back to bisection; throws `IRR_NOT_FOUND` when there is no root.
 */
export function internalRateOfReturn(
  cashflows: readonly number[],
  options: InternalRateOfReturnOptions = {},
): number {
  if (cashflows.length < 2 || cashflows.some((cf) => !Number.isFinite(cf))) {
    throw notFound('at least two finite cash flows are needed', '至少需要两笔有限的现金流');
  }
  if (!cashflows.some((cf) => cf > 0) || !cashflows.some((cf) => cf < 0)) {
    throw notFound('cash flows must include both signs', '现金流必须有正有负');
  }
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 100;
  const scale = Math.max(...cashflows.map((cf) => Math.abs(cf)));

  let rate = options.guess ?? 0.01;
  for (let i = 0; i < maxIterations; i += 1) {
    const [npv, derivative] = npvAndDerivative(cashflows, rate);
    if (derivative === 0 || !Number.isFinite(derivative)) break;
    const next = rate - npv / derivative;
    if (!Number.isFinite(next) || next <= -1) break;
    if (Math.abs(next - rate) < tolerance) {
      if (Math.abs(npvAndDerivative(cashflows, next)[0]) <= scale * 1e-9) return next;
      break;
    }
    rate = next;
  }

  // Bisection on (-1, hi]: widen hi until the NPV changes sign.
  let low = -1 + 1e-9;
  let high = 1;
  let npvLow = npvAndDerivative(cashflows, low)[0];
  let npvHigh = npvAndDerivative(cashflows, high)[0];
  while (Math.sign(npvLow) === Math.sign(npvHigh) && high < 1e6) {
    high *= 4;
    npvHigh = npvAndDerivative(cashflows, high)[0];
  }
  if (Math.sign(npvLow) === Math.sign(npvHigh)) {
    throw notFound('the net present value does not change sign', '净现值不变号');
  }
  for (let i = 0; i < 400 && high - low > tolerance; i += 1) {
    const middle = (low + high) / 2;
    const npvMiddle = npvAndDerivative(cashflows, middle)[0];
    if (npvMiddle === 0) return middle;
    if (Math.sign(npvMiddle) === Math.sign(npvLow)) {
      low = middle;
      npvLow = npvMiddle;
    } else {
      high = middle;
    }
  }
  return (low + high) / 2;
}

export interface PlanAnnualisedRate {
  /** IRR per monthly period. */
  readonly monthlyRate: number;
  /** 12 × monthly IRR (年百分率, simple). */
  readonly apr: number;
  /** (1 + monthly IRR)^12 − 1 (实际年利率, compound). */
  readonly effectiveAnnualRate: number;
}

/**
 * Annualised cost of a plan's financing: the amount financed flows to the customer at the start and each
 * instalment back one month apart. `null` for a lump-sum settlement, which finances nothing.
 */
export function planAnnualisedRate(plan: RepaymentPlan): PlanAnnualisedRate | null {
  if (plan.kind === 'lumpSumSettlement') return null;
  const monthlyRate = internalRateOfReturn([-plan.financedFen, ...plan.lines.map((line) => line.totalFen)]);
  return {
    monthlyRate,
    apr: monthlyRate * 12,
    effectiveAnnualRate: Math.pow(1 + monthlyRate, 12) - 1,
  };
}

/** A rate for display: formatRatePercent(0.126825) = '12.68%'. */
export function formatRatePercent(rate: number, fractionDigits = 2): string {
  return `${(rate * 100).toFixed(fractionDigits)}%`;
}
