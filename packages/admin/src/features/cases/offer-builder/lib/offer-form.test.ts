import { describe, expect, it } from 'vitest';
import {
  decimalToPercent,
  emptyOfferForm,
  formFromInput,
  percentToDecimal,
  toPlanInput,
  type OfferForm,
} from './offer-form';

const form = (patch: Partial<OfferForm>): OfferForm => ({ ...emptyOfferForm('2026-03-10'), ...patch });

describe('percentToDecimal / decimalToPercent', () => {
  it('moves the decimal point exactly, without floating point', () => {
    expect(percentToDecimal('6')).toBe('0.06');
    expect(percentToDecimal('4.35')).toBe('0.0435');
    expect(percentToDecimal('0.75')).toBe('0.0075');
    expect(percentToDecimal('100')).toBe('1');
    expect(percentToDecimal('12.5%')).toBe('0.125');
    expect(percentToDecimal('0')).toBe('0');
    expect(percentToDecimal('abc')).toBeNull();
    expect(percentToDecimal('-1')).toBeNull();
    expect(decimalToPercent('0.0435')).toBe('4.35');
    expect(decimalToPercent('0.06')).toBe('6');
    expect(decimalToPercent('1')).toBe('100');
  });
});

describe('toPlanInput', () => {
  it('turns a 24-month 停息挂账 form into the engine input, amounts in exact fen', () => {
    const result = toPlanInput(
      form({
        kind: 'interestFrozen',
        principal: '45,000.10',
        interest: '3000',
        penaltyInterest: '4000',
        fees: '¥3,000.00',
        waivePenaltyInterest: true,
        waiveFees: true,
        termMonths: 24,
      }),
    );
    expect(result).toEqual({
      ok: true,
      input: {
        kind: 'interestFrozen',
        owed: {
          principalFen: 4_500_010,
          interestFen: 300_000,
          penaltyInterestFen: 400_000,
          feesFen: 300_000,
        },
        waivers: { penaltyInterest: 'all', fees: 'all' },
        startDate: '2026-03-10',
        termMonths: 24,
      },
    });
  });

  it('names the field of each problem', () => {
    const result = toPlanInput(
      form({
        kind: 'equalInstalment',
        principal: '',
        interest: '1.234',
        annualRatePercent: 'x',
        termMonths: 0,
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { field: 'principal', code: 'REQUIRED' },
        { field: 'interest', code: 'NOT_AN_AMOUNT' },
        { field: 'annualRatePercent', code: 'NOT_A_RATE' },
        { field: 'termMonths', code: 'TERM_RANGE' },
      ]),
    );
  });

  it('refuses a plan for nothing owed', () => {
    const result = toPlanInput(form({ principal: '0' }));
    expect(result).toEqual({ ok: false, problems: [{ field: 'principal', code: 'NOTHING_OWED' }] });
  });

  it('builds each kind with its own fields', () => {
    const fee = toPlanInput(
      form({
        kind: 'instalmentWithFee',
        principal: '1200',
        feeRatePercent: '0.75',
        downPayment: '200',
        termMonths: 12,
      }),
    );
    expect(fee.ok && fee.input).toMatchObject({
      kind: 'instalmentWithFee',
      feeRatePerPeriod: '0.0075',
      feeCollection: 'perPeriod',
      downPaymentFen: 20_000,
      termMonths: 12,
    });
    const ext = toPlanInput(
      form({
        kind: 'extension',
        principal: '100000',
        annualRatePercent: '4.35',
        loanStartDate: '2025-06-01',
        maturityDate: '2026-06-01',
        newMaturityDate: '2027-06-01',
        repayment: 'interestOnly',
      }),
    );
    expect(ext.ok && ext.input).toMatchObject({
      kind: 'extension',
      annualRate: '0.0435',
      originalLoan: { startDate: '2025-06-01', maturityDate: '2026-06-01' },
      newMaturityDate: '2027-06-01',
      applicationDate: '2026-03-10',
    });
    const lump = toPlanInput(form({ kind: 'lumpSumSettlement', principal: '5000', discount: '20' }));
    expect(lump.ok && lump.input).toMatchObject({
      kind: 'lumpSumSettlement',
      settlementDate: '2026-03-10',
      discount: { percent: '20' },
    });
    expect(lump.ok && 'termMonths' in lump.input).toBe(false);
  });

  it('round-trips through formFromInput (revising the last offer)', () => {
    const original = form({
      kind: 'equalInstalment',
      principal: '45000',
      interest: '3000',
      penaltyInterest: '1500',
      fees: '500',
      waivePenaltyInterest: true,
      downPayment: '2000',
      termMonths: 24,
      annualRatePercent: '6',
    });
    const first = toPlanInput(original);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = toPlanInput(formFromInput(first.input, '2026-04-01'));
    expect(again).toEqual(first);
  });
});
