/**
 * The builder's fields beyond the basics (issue 10 audit): partial waivers, a due day of the month, a
 * first due date, an earlier extension and a discount as an amount. Each maps to the engine's plan
 * input exactly, says what is wrong with it on its own field, and the engine computes from it.
 */
import { describe, expect, it } from 'vitest';
import { buildRepaymentPlan, type RepaymentPlanInput } from '@parley/engine';
import { emptyOfferForm, formFromInput, toPlanInput, type OfferForm } from './offer-form';

const OWED = { principal: '80000', interest: '6000', penaltyInterest: '3000', fees: '1000' };
const form = (patch: Partial<OfferForm>): OfferForm => ({
  ...emptyOfferForm('2026-03-10'),
  ...OWED,
  ...patch,
});
const inputOf = (patch: Partial<OfferForm>): RepaymentPlanInput => {
  const result = toPlanInput(form(patch));
  if (!result.ok) throw new Error(`problems: ${JSON.stringify(result.problems)}`);
  return result.input;
};
const problemsOf = (patch: Partial<OfferForm>) => {
  const result = toPlanInput(form(patch));
  return result.ok ? [] : result.problems;
};

describe('partial waivers', () => {
  it('sends a percentage as the engine takes it, and the engine waives that part', () => {
    const input = inputOf({ penaltyInterestWaiver: '10', penaltyInterestWaiverUnit: 'percent' });
    expect(input.waivers).toEqual({ penaltyInterest: { percent: '10' } });
    expect(buildRepaymentPlan(input).waived.penaltyInterestFen).toBe(30_000);
  });

  it('sends an amount in exact fen', () => {
    const input = inputOf({ feesWaiver: '250.5', feesWaiverUnit: 'amount', interestWaiver: '12.5%' });
    expect(input.waivers).toEqual({ fees: { fen: 25_050 }, interest: { percent: '12.5' } });
    const plan = buildRepaymentPlan(input);
    expect(plan.waived.feesFen).toBe(25_050);
    expect(plan.waived.interestFen).toBe(75_000);
  });

  it('leaves out a blank or zero waiver; "waive all" wins over a partial one', () => {
    expect(
      inputOf({ interestWaiver: '', feesWaiver: '0', feesWaiverUnit: 'amount' }).waivers,
    ).toBeUndefined();
    expect(inputOf({ penaltyInterestWaiver: '0.00' }).waivers).toBeUndefined();
    expect(inputOf({ waiveInterest: true, interestWaiver: '30' }).waivers).toEqual({ interest: 'all' });
  });

  it('says on the waiver what is wrong with it', () => {
    expect(problemsOf({ interestWaiver: '150' })).toEqual([
      { field: 'interestWaiver', code: 'PERCENT_RANGE' },
    ]);
    expect(problemsOf({ interestWaiver: 'ten' })).toEqual([{ field: 'interestWaiver', code: 'NOT_A_RATE' }]);
    expect(problemsOf({ feesWaiver: '1000.01', feesWaiverUnit: 'amount' })).toEqual([
      { field: 'feesWaiver', code: 'WAIVER_EXCEEDS_OWED' },
    ]);
    expect(problemsOf({ feesWaiver: '1.234', feesWaiverUnit: 'amount' })).toEqual([
      { field: 'feesWaiver', code: 'NOT_AN_AMOUNT' },
    ]);
    // All of it, as an amount, is still a waiver of what is owed, not more.
    expect(inputOf({ feesWaiver: '1000', feesWaiverUnit: 'amount' }).waivers).toEqual({
      fees: { fen: 100_000 },
    });
  });
});

describe('due day of the month and first due date', () => {
  it('sends both for the instalment kinds, and the engine dates the schedule by them', () => {
    const input = inputOf({
      kind: 'interestFrozen',
      termMonths: 3,
      dueDayOfMonth: '31',
      firstDueDate: '2026-04-30',
    });
    expect(input).toMatchObject({ dueDayOfMonth: 31, firstDueDate: '2026-04-30' });
    expect(buildRepaymentPlan(input).lines.map((l) => l.dueDate)).toEqual([
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
  });

  it('leaves both out when blank (the engine defaults: a month after the start)', () => {
    const input = inputOf({ kind: 'equalInstalment', annualRatePercent: '6', termMonths: 2 });
    expect('dueDayOfMonth' in input || 'firstDueDate' in input).toBe(false);
    expect(buildRepaymentPlan(input).lines[0]?.dueDate).toBe('2026-04-10');
  });

  it('refuses a day outside 1–31 and a first due date not after the start', () => {
    for (const day of ['0', '32', '15.5', 'x'])
      expect(problemsOf({ dueDayOfMonth: day })).toEqual([{ field: 'dueDayOfMonth', code: 'DUE_DAY_RANGE' }]);
    expect(problemsOf({ firstDueDate: '2026-03-10' })).toEqual([
      { field: 'firstDueDate', code: 'FIRST_DUE_NOT_AFTER_START' },
    ]);
    expect(problemsOf({ firstDueDate: '10/04/2026' })).toEqual([
      { field: 'firstDueDate', code: 'NOT_A_DATE' },
    ]);
  });

  it('ignores them for a settlement, which has no instalments', () => {
    const input = inputOf({ kind: 'lumpSumSettlement', dueDayOfMonth: '99', firstDueDate: 'x' });
    expect('dueDayOfMonth' in input || 'firstDueDate' in input).toBe(false);
  });
});

describe('extension: an earlier extension and a due day', () => {
  const extension: Partial<OfferForm> = {
    kind: 'extension',
    annualRatePercent: '4.5',
    loanStartDate: '2025-03-01',
    maturityDate: '2026-03-01',
    newMaturityDate: '2026-12-20',
    repayment: 'interestOnly',
  };

  it('sends the current maturity inside the original loan, and the due day', () => {
    const input = inputOf({ ...extension, currentMaturityDate: '2026-06-01', dueDayOfMonth: '5' });
    expect(input).toMatchObject({
      originalLoan: {
        startDate: '2025-03-01',
        maturityDate: '2026-03-01',
        currentMaturityDate: '2026-06-01',
      },
      dueDayOfMonth: 5,
    });
    // Monthly on the 5th, the new maturity last; without a due day, on the maturity's day (the 20th).
    expect(
      buildRepaymentPlan(input)
        .lines.map((l) => l.dueDate)
        .slice(0, 2),
    ).toEqual(['2026-04-05', '2026-05-05']);
    expect(buildRepaymentPlan(input).lines.at(-1)?.dueDate).toBe('2026-12-20');
    expect(buildRepaymentPlan(inputOf(extension)).lines[0]?.dueDate).toBe('2026-04-20');
    expect(inputOf(extension)).toMatchObject({
      originalLoan: { startDate: '2025-03-01', maturityDate: '2026-03-01' },
    });
    expect('currentMaturityDate' in (inputOf(extension) as { originalLoan: object }).originalLoan).toBe(
      false,
    );
  });

  it('refuses a current maturity before the original one', () => {
    expect(problemsOf({ ...extension, currentMaturityDate: '2026-02-01' })).toEqual([
      { field: 'currentMaturityDate', code: 'CURRENT_MATURITY_BEFORE_ORIGINAL' },
    ]);
  });
});

describe('settlement discount: a percentage, an amount off, or the amount to pay', () => {
  const lump = (patch: Partial<OfferForm>) => inputOf({ kind: 'lumpSumSettlement', ...patch });

  it('maps each mode to the engine, which settles for the right amount', () => {
    const percent = lump({ discountMode: 'percent', discount: '20' });
    expect(percent).toMatchObject({ discount: { percent: '20' } });
    expect(buildRepaymentPlan(percent).totals.totalDueFen).toBe(7_200_000);
    const off = lump({ discountMode: 'amount', discount: '12,000.50' });
    expect(off).toMatchObject({ discount: { fen: 1_200_050 } });
    expect(buildRepaymentPlan(off).totals.totalDueFen).toBe(7_799_950);
    const pay = lump({ discountMode: 'settlementAmount', discount: '85000' });
    expect(pay).toMatchObject({ discount: { settlementAmountFen: 8_500_000 } });
    expect(buildRepaymentPlan(pay).totals.totalDueFen).toBe(8_500_000);
  });

  it('sends no discount when blank or zero off', () => {
    expect('discount' in lump({ discount: '' })).toBe(false);
    expect('discount' in lump({ discountMode: 'amount', discount: '0' })).toBe(false);
  });

  it('says on the discount what is wrong with it', () => {
    const at = (patch: Partial<OfferForm>) => problemsOf({ kind: 'lumpSumSettlement', ...patch });
    expect(at({ discount: '101' })).toEqual([{ field: 'discount', code: 'PERCENT_RANGE' }]);
    expect(at({ discountMode: 'amount', discount: 'abc' })).toEqual([
      { field: 'discount', code: 'NOT_AN_AMOUNT' },
    ]);
  });
});

describe('formFromInput keeps every new field (revising the last offer)', () => {
  const plans: RepaymentPlanInput[] = [
    // The CMBC template's scripted plan: 10 % of the penalty interest waived.
    {
      kind: 'interestFrozen',
      owed: { principalFen: 8_000_000, interestFen: 600_000, penaltyInterestFen: 300_000, feesFen: 100_000 },
      waivers: { penaltyInterest: { percent: '10' } },
      startDate: '2026-03-10',
      termMonths: 24,
    },
    {
      kind: 'instalmentWithFee',
      owed: { principalFen: 1_200_000, interestFen: 5_000, penaltyInterestFen: 0, feesFen: 2_000 },
      waivers: { interest: { fen: 2_500 }, fees: 'all' },
      downPaymentFen: 100_000,
      startDate: '2026-03-10',
      termMonths: 12,
      dueDayOfMonth: 5,
      firstDueDate: '2026-04-05',
      feeRatePerPeriod: '0.0075',
      feeCollection: 'upfront',
    },
    {
      kind: 'extension',
      owed: { principalFen: 8_000_000, interestFen: 0, penaltyInterestFen: 0, feesFen: 0 },
      startDate: '2026-02-25',
      annualRate: '0.045',
      originalLoan: {
        startDate: '2025-03-01',
        maturityDate: '2026-03-01',
        currentMaturityDate: '2026-06-01',
      },
      newMaturityDate: '2026-12-01',
      applicationDate: '2026-02-20',
      repayment: 'equalPrincipal',
      dueDayOfMonth: 1,
    },
    {
      kind: 'lumpSumSettlement',
      owed: { principalFen: 500_000, interestFen: 10_000, penaltyInterestFen: 0, feesFen: 0 },
      startDate: '2026-03-10',
      settlementDate: '2026-03-20',
      discount: { settlementAmountFen: 400_000 },
    },
    {
      kind: 'lumpSumSettlement',
      owed: { principalFen: 500_000, interestFen: 10_000, penaltyInterestFen: 0, feesFen: 0 },
      startDate: '2026-03-10',
      settlementDate: '2026-03-10',
      discount: { fen: 10_000 },
    },
  ];
  it.each(plans.map((p) => [p.kind, p] as const))('%s', (_kind, plan) => {
    expect(toPlanInput(formFromInput(plan, '2026-04-01'))).toEqual({ ok: true, input: plan });
  });
});
