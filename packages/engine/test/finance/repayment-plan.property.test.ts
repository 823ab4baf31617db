import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRepaymentPlan,
  internalRateOfReturn,
  planAnnualisedRate,
  type RepaymentPlan,
  type RepaymentPlanInput,
} from '../../src/finance/index';

const rateString = (maxBasisPoints: number) =>
  fc.integer({ min: 0, max: maxBasisPoints }).map((bp) => (bp / 10_000).toFixed(4));

const owed = fc.record({
  principalFen: fc.integer({ min: 1, max: 10_000_000_000 }),
  interestFen: fc.integer({ min: 0, max: 100_000_000 }),
  penaltyInterestFen: fc.integer({ min: 0, max: 100_000_000 }),
  feesFen: fc.integer({ min: 0, max: 10_000_000 }),
});

const waiverAmount = fc.oneof(
  fc.constant(undefined),
  fc.constant('all' as const),
  fc.integer({ min: 0, max: 100 }).map((p) => ({ percent: String(p) })),
);

const schedule = fc.record({
  startDate: fc
    .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  termMonths: fc.integer({ min: 1, max: 360 }),
  dueDayOfMonth: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
});

const instalmentInput: fc.Arbitrary<RepaymentPlanInput> = fc
  .tuple(
    fc.constantFrom(
      'equalInstalment',
      'equalPrincipal',
      'instalmentWithFee',
      'interestFrozen',
      'lumpSumSettlement',
    ),
    owed,
    fc.record({ interest: waiverAmount, penaltyInterest: waiverAmount, fees: waiverAmount }),
    schedule,
    rateString(3600),
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 90 }),
  )
  .map(([kind, owedAmounts, waivers, sched, rate, downPercent, discountPercent]): RepaymentPlanInput => {
    // At most half the principal, which waivers never touch, so something is always left to finance.
    const downPaymentFen = Math.floor((owedAmounts.principalFen * downPercent) / 200);
    const common = { owed: owedAmounts, waivers, downPaymentFen, ...sched };
    switch (kind) {
      case 'equalInstalment':
        return { kind, annualRate: rate, ...common };
      case 'equalPrincipal':
        return { kind, annualRate: rate, ...common };
      case 'instalmentWithFee':
        return { kind, feeRatePerPeriod: (Number(rate) / 12).toFixed(6), ...common };
      case 'interestFrozen':
        return { kind, ...common };
      case 'lumpSumSettlement':
        return {
          kind,
          owed: owedAmounts,
          waivers,
          startDate: sched.startDate,
          discount: { percent: String(discountPercent) },
        };
    }
  });

function buildOrSkip(input: RepaymentPlanInput): RepaymentPlan | undefined {
  try {
    return buildRepaymentPlan(input);
  } catch (error) {
    // Only "nothing left to finance" may legitimately occur for these generated inputs.
    expect(String(error)).toMatch(/PLAN_NOTHING_TO_FINANCE/);
    return undefined;
  }
}

describe('repayment plan invariants (fast-check)', () => {
  it('principal parts always sum to the amount financed, exactly; totals add up', () => {
    fc.assert(
      fc.property(instalmentInput, (input) => {
        const plan = buildOrSkip(input);
        if (!plan) return;
        const sum = (pick: (l: RepaymentPlan['lines'][number]) => number) =>
          plan.lines.reduce((acc, line) => acc + pick(line), 0);
        expect(sum((l) => l.principalFen)).toBe(plan.financedFen);
        expect(plan.totals.principalFen).toBe(plan.financedFen);
        expect(sum((l) => l.totalFen)).toBe(plan.totals.instalmentsFen);
        expect(plan.totals.totalDueFen).toBe(plan.totals.downPaymentFen + plan.totals.instalmentsFen);
        expect(plan.owedTotalFen).toBe(
          plan.waived.totalFen + plan.discount.totalFen + plan.downPayment.amountFen + plan.financedFen,
        );
        // Per-line checks in plain code (one expect per run keeps 300 runs of up to 360 lines fast).
        let remaining = plan.financedFen;
        let previousDate = '';
        const badLines = plan.lines.filter((line) => {
          remaining -= line.principalFen;
          const ok =
            Number.isSafeInteger(line.principalFen) &&
            line.principalFen >= 0 &&
            line.interestFen >= 0 &&
            line.feeFen >= 0 &&
            line.totalFen === line.principalFen + line.interestFen + line.feeFen &&
            line.remainingPrincipalFen === remaining &&
            line.dueDate > previousDate;
          previousDate = line.dueDate;
          return !ok;
        });
        expect(badLines).toEqual([]);
        expect(remaining).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('the IRR of a fee-free 等额本息 plan is its nominal rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 120 }),
        rateString(3600).filter((r) => Number(r) > 0),
        (principalFen, termMonths, annualRate) => {
          const plan = buildRepaymentPlan({
            kind: 'equalInstalment',
            owed: { principalFen, interestFen: 0, penaltyInterestFen: 0, feesFen: 0 },
            startDate: '2025-01-15',
            termMonths,
            annualRate,
          });
          const rate = planAnnualisedRate(plan);
          expect(rate).not.toBeNull();
          expect(Math.abs((rate?.apr ?? 0) - Number(annualRate))).toBeLessThan(2e-5);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('internalRateOfReturn recovers the rate that generated the cash flows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.05, max: 0.2, noNaN: true }),
        fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (rate, payments) => {
          const presentValue = payments.reduce((acc, p, i) => acc + p / Math.pow(1 + rate, i + 1), 0);
          const found = internalRateOfReturn([-presentValue, ...payments]);
          expect(Math.abs(found - rate)).toBeLessThan(1e-8);
        },
      ),
      { numRuns: 300 },
    );
  });
});
