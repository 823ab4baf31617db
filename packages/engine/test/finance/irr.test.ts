import { describe, expect, it } from 'vitest';
import {
  buildRepaymentPlan,
  formatRatePercent,
  internalRateOfReturn,
  planAnnualisedRate,
  type AmountsOwed,
} from '../../src/finance/index';

const principalOnly = (principalFen: number): AmountsOwed => ({
  principalFen,
  interestFen: 0,
  penaltyInterestFen: 0,
  feesFen: 0,
});

describe('internalRateOfReturn', () => {
  it('solves simple cases exactly', () => {
    expect(internalRateOfReturn([-100, 110])).toBeCloseTo(0.1, 12);
    expect(internalRateOfReturn([-100, 0, 121])).toBeCloseTo(0.1, 12);
    expect(internalRateOfReturn([-100, 50, 50])).toBeCloseTo(0, 12);
  });

  it('falls back to bisection when Newton starts badly', () => {
    expect(internalRateOfReturn([-100, 110], { guess: -0.999999 })).toBeCloseTo(0.1, 9);
    expect(internalRateOfReturn([-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1e6], { maxIterations: 1 })).toBeCloseTo(
      Math.pow(1e6, 1 / 10) - 1,
      6,
    );
  });

  it('says when there is no rate', () => {
    expect(() => internalRateOfReturn([100, 10])).toThrow(/IRR_NOT_FOUND/);
    expect(() => internalRateOfReturn([-100])).toThrow(/IRR_NOT_FOUND/);
    expect(() => internalRateOfReturn([-100, Number.NaN])).toThrow(/IRR_NOT_FOUND/);
  });
});

describe('planAnnualisedRate', () => {
  it('is the nominal rate for a fee-free 等额本息 plan (100,000.00 at 12 %)', () => {
    const plan = buildRepaymentPlan({
      kind: 'equalInstalment',
      owed: principalOnly(10_000_000),
      startDate: '2025-01-15',
      termMonths: 12,
      annualRate: '0.12',
    });
    const rate = planAnnualisedRate(plan);
    // Independent Python bisection on the same cash flows: APR 0.1199997364, EAR 0.1268247360
    // (1.01^12 − 1 = 0.126825 without the fen rounding).
    expect(rate?.apr).toBeCloseTo(0.1199997364, 9);
    expect(rate?.effectiveAnnualRate).toBeCloseTo(0.126824736, 9);
  });

  it('discloses the true cost of a 0.6 %-a-month instalment fee: about 13.03 % APR', () => {
    const plan = buildRepaymentPlan({
      kind: 'instalmentWithFee',
      owed: principalOnly(1_200_000),
      startDate: '2025-06-20',
      termMonths: 12,
      feeRatePerPeriod: '0.006',
    });
    const rate = planAnnualisedRate(plan);
    // 12,000.00 out, 12 × 1,072.00 back. Independent Python bisection: monthly 0.0108618536,
    // APR 0.1303422428, EAR 0.1384178507 — versus the 7.2 % "headline" fee (0.6 % × 12).
    expect(rate?.monthlyRate).toBeCloseTo(0.0108618536, 9);
    expect(rate?.apr).toBeCloseTo(0.1303422428, 9);
    expect(rate?.effectiveAnnualRate).toBeCloseTo(0.1384178507, 9);
    expect(formatRatePercent(rate?.apr ?? 0)).toBe('13.03%');
  });

  it('is zero for 停息挂账 and absent for a lump-sum settlement', () => {
    const frozen = buildRepaymentPlan({
      kind: 'interestFrozen',
      owed: principalOnly(123_457),
      startDate: '2025-01-01',
      termMonths: 7,
    });
    expect(planAnnualisedRate(frozen)?.apr).toBeCloseTo(0, 12);
    const lump = buildRepaymentPlan({
      kind: 'lumpSumSettlement',
      owed: principalOnly(100),
      startDate: '2025-01-01',
    });
    expect(planAnnualisedRate(lump)).toBeNull();
  });
});
