import { describe, expect, it } from 'vitest';
import {
  buildRepaymentPlan,
  equalInstalmentPayment,
  type AmountsOwed,
  type RepaymentPlanInput,
} from '../../src/finance/index';

const principalOnly = (principalFen: number): AmountsOwed => ({
  principalFen,
  interestFen: 0,
  penaltyInterestFen: 0,
  feesFen: 0,
});

const cells = (input: RepaymentPlanInput) =>
  buildRepaymentPlan(input).lines.map((l) => [
    l.dueDate,
    l.principalFen,
    l.interestFen,
    l.feeFen,
    l.totalFen,
    l.remainingPrincipalFen,
  ]);

describe('等额本息 (equal instalments)', () => {
  // Source: the standard annuity formula P·r·(1+r)^n/((1+r)^n−1) with P = 100,000.00, r = 1 %, n = 12
  // gives 8,884.8788 → 8,884.88. Rows 1–2 by hand: interest 100,000.00 × 1 % = 1,000.00, principal
  // 7,884.88; interest 92,115.12 × 1 % = 921.1512 → 921.15, principal 7,963.73. The remaining rows were
  // recomputed with an independent Python `decimal` script using the same conventions (interest rounded
  // half-up each month; last instalment takes the remaining principal).
  const input: RepaymentPlanInput = {
    kind: 'equalInstalment',
    owed: principalOnly(10_000_000),
    startDate: '2025-01-15',
    termMonths: 12,
    annualRate: '0.12',
  };

  it('exposes the formula payment', () => {
    expect(equalInstalmentPayment(10_000_000, '0.12', 12)).toBe(888_488);
  });

  it('pays 8,884.88 a month for 100,000.00 at 12 % over 12 months', () => {
    expect(cells(input)).toEqual([
      ['2025-02-15', 788488, 100000, 0, 888488, 9211512],
      ['2025-03-15', 796373, 92115, 0, 888488, 8415139],
      ['2025-04-15', 804337, 84151, 0, 888488, 7610802],
      ['2025-05-15', 812380, 76108, 0, 888488, 6798422],
      ['2025-06-15', 820504, 67984, 0, 888488, 5977918],
      ['2025-07-15', 828709, 59779, 0, 888488, 5149209],
      ['2025-08-15', 836996, 51492, 0, 888488, 4312213],
      ['2025-09-15', 845366, 43122, 0, 888488, 3466847],
      ['2025-10-15', 853820, 34668, 0, 888488, 2613027],
      ['2025-11-15', 862358, 26130, 0, 888488, 1750669],
      ['2025-12-15', 870981, 17507, 0, 888488, 879688],
      ['2026-01-15', 879688, 8797, 0, 888485, 0],
    ]);
    expect(buildRepaymentPlan(input).totals).toEqual({
      principalFen: 10_000_000,
      interestFen: 661_853,
      feeFen: 0,
      instalmentsFen: 10_661_853,
      downPaymentFen: 0,
      totalDueFen: 10_661_853,
    });
  });

  it('matches the published mortgage figure: 1,000,000 at 4.9 % over 30 years → 5,307.27 a month', () => {
    // 5,307.27 is the figure every Chinese mortgage calculator shows for this loan; last line and
    // total interest from the independent Python script.
    const plan = buildRepaymentPlan({
      ...input,
      owed: principalOnly(100_000_000),
      termMonths: 360,
      annualRate: '0.049',
    });
    expect(plan.lines[0]?.totalFen).toBe(530_727);
    expect(plan.lines[359]).toMatchObject({ principalFen: 528_362, interestFen: 2_157, totalFen: 530_519 });
    expect(plan.totals.interestFen).toBe(91_061_512);
    expect(plan.lines[359]?.dueDate).toBe('2055-01-15');
  });

  it('falls back to equal principal at a zero rate', () => {
    expect(equalInstalmentPayment(1000, '0', 3)).toBe(333);
    const plan = buildRepaymentPlan({ ...input, owed: principalOnly(1000), termMonths: 3, annualRate: '0' });
    expect(plan.lines.map((l) => l.totalFen)).toEqual([333, 333, 334]);
  });
});

describe('等额本金 (equal principal)', () => {
  it('120,000.00 at 6 % over 12 months: 10,000.00 principal, interest falling by 50.00 (by hand)', () => {
    const plan = buildRepaymentPlan({
      kind: 'equalPrincipal',
      owed: principalOnly(12_000_000),
      startDate: '2025-03-01',
      termMonths: 12,
      annualRate: '0.06',
    });
    expect(plan.lines.map((l) => l.principalFen)).toEqual(Array(12).fill(1_000_000));
    expect(plan.lines.map((l) => l.interestFen)).toEqual([
      60000, 55000, 50000, 45000, 40000, 35000, 30000, 25000, 20000, 15000, 10000, 5000,
    ]);
    expect(plan.totals.interestFen).toBe(390_000); // 0.5 % × 10,000.00 × (12 + 11 + … + 1) = 3,900.00
  });

  it('rounds principal to the fen and puts the remainder on the last line', () => {
    // 1,000,000.00 / 360 = 2,777.777… → 2,777.78 × 359 = 997,223.02; last = 2,776.98
    const plan = buildRepaymentPlan({
      kind: 'equalPrincipal',
      owed: principalOnly(100_000_000),
      startDate: '2025-01-01',
      termMonths: 360,
      annualRate: '0.049',
    });
    expect(plan.lines[0]).toMatchObject({ principalFen: 277_778, interestFen: 408_333, totalFen: 686_111 });
    expect(plan.lines[359]?.principalFen).toBe(277_698);
    expect(plan.totals.principalFen).toBe(100_000_000);
  });
});

describe('instalments with a per-period fee (credit-card 分期)', () => {
  const base: RepaymentPlanInput = {
    kind: 'instalmentWithFee',
    owed: principalOnly(1_200_000),
    startDate: '2025-06-20',
    termMonths: 12,
    feeRatePerPeriod: '0.006',
  };

  it('charges 0.6 % of 12,000.00 = 72.00 every month (by hand)', () => {
    const plan = buildRepaymentPlan(base);
    expect(
      plan.lines.every((l) => l.principalFen === 100_000 && l.feeFen === 7_200 && l.interestFen === 0),
    ).toBe(true);
    expect(plan.totals.feeFen).toBe(86_400);
  });

  it('can collect the whole fee with the first instalment', () => {
    const plan = buildRepaymentPlan({ ...base, feeCollection: 'upfront' });
    expect(plan.lines.map((l) => l.feeFen)).toEqual([86_400, ...Array(11).fill(0)]);
  });
});

describe('停息挂账 with waivers and a down payment', () => {
  it('freezes interest, waives penalty interest and fees, and spreads the rest', () => {
    const plan = buildRepaymentPlan({
      kind: 'interestFrozen',
      owed: { principalFen: 5_000_000, interestFen: 300_000, penaltyInterestFen: 120_000, feesFen: 50_000 },
      waivers: { penaltyInterest: 'all', fees: { percent: '100' } },
      downPaymentFen: 200_000,
      startDate: '2025-01-31',
      termMonths: 36,
    });
    // 50,000 + 3,000 interest − 2,000 down = 51,000.00; / 36 = 1,416.666… → 1,416.67 × 35, last 1,416.55
    expect(plan.owedTotalFen).toBe(5_470_000);
    expect(plan.waived).toEqual({
      principalFen: 0,
      interestFen: 0,
      penaltyInterestFen: 120_000,
      feesFen: 50_000,
      totalFen: 170_000,
    });
    expect(plan.financedFen).toBe(5_100_000);
    expect(plan.lines[0]).toMatchObject({
      dueDate: '2025-02-28',
      principalFen: 141_667,
      interestFen: 0,
      feeFen: 0,
    });
    expect(plan.lines[1]?.dueDate).toBe('2025-03-31'); // month-end clamping without drift
    expect(plan.lines[35]).toMatchObject({
      dueDate: '2028-01-31',
      principalFen: 141_655,
      remainingPrincipalFen: 0,
    });
    expect(plan.totals.totalDueFen).toBe(5_300_000);
    expect(plan.downPayment).toEqual({ amountFen: 200_000, dueDate: '2025-01-31' });
  });

  it('honours an explicit due day and first due date', () => {
    const plan = buildRepaymentPlan({
      kind: 'interestFrozen',
      owed: principalOnly(300),
      startDate: '2025-01-05',
      firstDueDate: '2025-01-25',
      dueDayOfMonth: 25,
      termMonths: 3,
    });
    expect(plan.lines.map((l) => l.dueDate)).toEqual(['2025-01-25', '2025-02-25', '2025-03-25']);
  });
});

describe('展期 (extension)', () => {
  it('keeps charging interest monthly and repays principal at the new maturity', () => {
    const plan = buildRepaymentPlan({
      kind: 'extension',
      owed: principalOnly(20_000_000),
      startDate: '2025-12-20',
      annualRate: '0.05',
      originalLoan: { startDate: '2025-01-10', maturityDate: '2026-01-10' },
      newMaturityDate: '2026-07-10',
      applicationDate: '2025-12-20',
      repayment: 'interestOnly',
    });
    // 200,000.00 × 5 % / 12 = 833.333… → 833.33 a month (by hand)
    expect(cells({ ...plan.input })).toEqual([
      ['2026-01-10', 0, 83_333, 0, 83_333, 20_000_000],
      ['2026-02-10', 0, 83_333, 0, 83_333, 20_000_000],
      ['2026-03-10', 0, 83_333, 0, 83_333, 20_000_000],
      ['2026-04-10', 0, 83_333, 0, 83_333, 20_000_000],
      ['2026-05-10', 0, 83_333, 0, 83_333, 20_000_000],
      ['2026-06-10', 0, 83_333, 0, 83_333, 20_000_000],
      ['2026-07-10', 20_000_000, 83_333, 0, 20_083_333, 0],
    ]);
  });

  it('can amortise until the new maturity, the last date being the maturity itself', () => {
    const plan = buildRepaymentPlan({
      kind: 'extension',
      owed: principalOnly(20_000_000),
      startDate: '2025-12-20',
      annualRate: '0.05',
      originalLoan: { startDate: '2025-01-10', maturityDate: '2026-01-10' },
      newMaturityDate: '2026-07-10',
      applicationDate: '2025-12-20',
      repayment: 'equalInstalment',
      dueDayOfMonth: 1,
    });
    expect(plan.lines.map((l) => l.dueDate)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-07-10',
    ]);
    expect(plan.totals.principalFen).toBe(20_000_000);
  });
});

describe('一次性结清减免 (lump-sum settlement)', () => {
  it('applies the discount after waivers, fees first and principal last', () => {
    const plan = buildRepaymentPlan({
      kind: 'lumpSumSettlement',
      owed: { principalFen: 3_000_000, interestFen: 200_000, penaltyInterestFen: 100_000, feesFen: 50_000 },
      waivers: { penaltyInterest: 'all' },
      discount: { percent: '20' },
      startDate: '2025-11-03',
      settlementDate: '2025-11-10',
    });
    // balance 33,500 − 1,000 = 32,500; 20 % = 6,500 = fees 500 + interest 2,000 + principal 4,000
    expect(plan.discount).toEqual({
      principalFen: 400_000,
      interestFen: 200_000,
      penaltyInterestFen: 0,
      feesFen: 50_000,
      totalFen: 650_000,
    });
    expect(plan.lines).toEqual([
      {
        period: 1,
        dueDate: '2025-11-10',
        principalFen: 2_600_000,
        interestFen: 0,
        feeFen: 0,
        totalFen: 2_600_000,
        remainingPrincipalFen: 0,
      },
    ]);
  });

  it('accepts the amount to pay instead of a percentage', () => {
    const plan = buildRepaymentPlan({
      kind: 'lumpSumSettlement',
      owed: principalOnly(1_000_000),
      discount: { settlementAmountFen: 700_000 },
      startDate: '2025-11-03',
    });
    expect(plan.discount.totalFen).toBe(300_000);
    expect(plan.totals.totalDueFen).toBe(700_000);
  });
});

describe('input errors are coded', () => {
  const ok: RepaymentPlanInput = {
    kind: 'equalInstalment',
    owed: principalOnly(100_000),
    startDate: '2025-01-01',
    termMonths: 12,
    annualRate: '0.12',
  };
  it.each<[string, RepaymentPlanInput, string]>([
    ['a fractional fen amount', { ...ok, owed: principalOnly(100.5) }, 'MONEY_INVALID_FEN'],
    ['a rate with a percent sign', { ...ok, annualRate: '12%' }, 'RATE_INVALID'],
    ['zero instalments', { ...ok, termMonths: 0 }, 'PLAN_INPUT_INVALID'],
    ['a bad start date', { ...ok, startDate: '2025-02-30' }, 'PLAN_INPUT_INVALID'],
    [
      'a down payment above the balance',
      { ...ok, downPaymentFen: 100_001 },
      'PLAN_DOWN_PAYMENT_EXCEEDS_BALANCE',
    ],
    ['a down payment of everything', { ...ok, downPaymentFen: 100_000 }, 'PLAN_NOTHING_TO_FINANCE'],
    ['a waiver above what is owed', { ...ok, waivers: { fees: { fen: 1 } } }, 'PLAN_WAIVER_EXCEEDS_OWED'],
    [
      'a discount above the balance',
      {
        kind: 'lumpSumSettlement',
        owed: principalOnly(100),
        startDate: '2025-01-01',
        discount: { fen: 101 },
      },
      'PLAN_DISCOUNT_INVALID',
    ],
  ])('%s', (_label, input, code) => {
    expect(() => buildRepaymentPlan(input)).toThrow(code);
  });
});
