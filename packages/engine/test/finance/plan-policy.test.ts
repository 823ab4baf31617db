import { describe, expect, it } from 'vitest';
import {
  CN_REGULATORY_PLAN_POLICY,
  buildRepaymentPlan,
  checkPlanAgainstPolicy,
  loanTermClass,
  maxExtendedMaturityDate,
  type ExtensionPlanInput,
  type RepaymentPlanInput,
} from '../../src/finance/index';

const owed = { principalFen: 1_000_000, interestFen: 0, penaltyInterestFen: 0, feesFen: 0 };

const frozen = (termMonths: number): RepaymentPlanInput => ({
  kind: 'interestFrozen',
  owed,
  startDate: '2025-01-01',
  termMonths,
});

function extension(
  loan: { startDate: string; maturityDate: string; currentMaturityDate?: string },
  newMaturityDate: string,
  applicationDate: string,
): ExtensionPlanInput {
  return {
    kind: 'extension',
    owed,
    startDate: applicationDate,
    annualRate: '0.05',
    originalLoan: loan,
    newMaturityDate,
    applicationDate,
    repayment: 'interestOnly',
  };
}

const codes = (input: RepaymentPlanInput, policy = CN_REGULATORY_PLAN_POLICY) =>
  checkPlanAgainstPolicy(buildRepaymentPlan(input), policy).map((v) => v.code);

describe('instalment term limit (信用卡办法 Art. 70: 5 years)', () => {
  it('allows 60 instalments and refuses 61', () => {
    expect(codes(frozen(60))).toEqual([]);
    const [violation] = checkPlanAgainstPolicy(buildRepaymentPlan(frozen(61)), CN_REGULATORY_PLAN_POLICY);
    expect(violation).toMatchObject({
      code: 'PLAN_TERM_EXCEEDS_LIMIT',
      limit: '60',
      actual: '61',
      path: 'termMonths',
    });
    expect(violation?.message.zh).toContain('61');
    expect(violation?.source).toContain('第七十条');
  });
});

describe('loan term classes (《贷款通则》 Art. 9)', () => {
  it.each([
    ['2025-01-10', '2026-01-10', 'short'], // exactly one year
    ['2025-01-10', '2026-01-11', 'medium'],
    ['2025-01-10', '2030-01-10', 'medium'], // exactly five years
    ['2025-01-10', '2030-01-11', 'long'],
  ])('%s → %s is %s-term', (start, maturity, expected) => {
    expect(loanTermClass(start, maturity)).toBe(expected);
  });
});

describe('extension limits (《贷款通则》 Art. 12)', () => {
  it.each([
    // short-term: at most the original term in total
    ['2025-01-10', '2026-01-10', '2027-01-10'],
    ['2023-01-01', '2024-01-01', '2025-01-01'], // whole months, so leap days do not matter
    // medium-term: half the original term
    ['2023-03-15', '2026-03-15', '2027-09-15'],
    ['2024-01-01', '2025-04-01', '2025-11-16'], // 15 months → 7 months + 15 days
    // long-term: 3 years
    ['2015-06-01', '2025-06-01', '2028-06-01'],
  ])('loan %s → %s may be extended to %s', (startDate, maturityDate, latest) => {
    expect(maxExtendedMaturityDate({ startDate, maturityDate })).toBe(latest);
  });

  const loan = { startDate: '2025-01-10', maturityDate: '2026-01-10' };

  it('accepts an extension within the limit applied for before maturity', () => {
    expect(codes(extension(loan, '2027-01-10', '2025-12-20'))).toEqual([]);
    expect(codes(extension(loan, '2026-07-10', '2026-01-10'))).toEqual([]); // on the maturity date itself
  });

  it('refuses one beyond the limit, and one applied for after maturity', () => {
    expect(codes(extension(loan, '2027-01-11', '2025-12-20'))).toEqual(['EXTENSION_EXCEEDS_LIMIT']);
    expect(codes(extension(loan, '2026-07-10', '2026-01-11'))).toEqual(['EXTENSION_APPLIED_AFTER_MATURITY']);
  });

  it('counts earlier extensions: the total is measured from the original maturity', () => {
    const extendedBefore = { ...loan, currentMaturityDate: '2026-07-10' };
    expect(codes(extension(extendedBefore, '2027-01-10', '2026-07-01'))).toEqual([]);
    expect(codes(extension(extendedBefore, '2027-02-10', '2026-07-01'))).toEqual(['EXTENSION_EXCEEDS_LIMIT']);
    expect(codes(extension(extendedBefore, '2026-07-10', '2026-07-01'))).toEqual([
      'EXTENSION_NOT_AFTER_MATURITY',
    ]);
  });
});

describe('optional limits', () => {
  it('checks a minimum down payment and a maximum annualised rate', () => {
    const input: RepaymentPlanInput = {
      kind: 'instalmentWithFee',
      owed,
      downPaymentFen: 50_000,
      startDate: '2025-01-01',
      termMonths: 12,
      feeRatePerPeriod: '0.006',
    };
    const policy = { ...CN_REGULATORY_PLAN_POLICY, minDownPaymentPercent: '10', maxAnnualisedRate: '0.12' };
    const violations = checkPlanAgainstPolicy(buildRepaymentPlan(input), policy);
    expect(violations.map((v) => v.code)).toEqual(['DOWN_PAYMENT_BELOW_MINIMUM', 'PLAN_RATE_EXCEEDS_LIMIT']);
    expect(violations[0]?.actual).toBe('5');
    expect(violations[1]?.message.en).toContain('13.03%');
    expect(codes(input, { maxAnnualisedRate: '0.14', minDownPaymentPercent: '5' })).toEqual([]);
  });
});
