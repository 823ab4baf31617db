import { describe, expect, it } from 'vitest';
import {
  buildRepaymentPlan,
  evaluateOfferAuthority,
  offerAuthorityMetrics,
  type AuthorityMatrix,
  type RepaymentPlanInput,
} from '../../src/finance/index';

const matrix: AuthorityMatrix = {
  escalationOrder: ['agent', 'teamLead', 'branchManager', 'headOffice'],
  roles: {
    agent: { maxWaiverPercent: '10', maxWaiverFen: 500_000, maxTermMonths: 24, maxDiscountPercent: '0' },
    teamLead: {
      maxWaiverPercent: '20',
      maxWaiverFen: 2_000_000,
      maxTermMonths: 36,
      maxDiscountPercent: '10',
    },
    branchManager: {
      maxWaiverPercent: 40,
      maxWaiverFen: 10_000_000,
      maxTermMonths: 60,
      maxDiscountPercent: 30,
    },
    headOffice: {
      maxWaiverPercent: '60',
      maxWaiverFen: 50_000_000,
      maxTermMonths: 60,
      maxDiscountPercent: '50',
    },
  },
};

// Owed 54,700.00: principal 50,000, interest 3,000, penalty 1,200, fees 500.
const owed = { principalFen: 5_000_000, interestFen: 300_000, penaltyInterestFen: 120_000, feesFen: 50_000 };

const frozen = (termMonths: number, waivers: RepaymentPlanInput['waivers'] = {}): RepaymentPlanInput => ({
  kind: 'interestFrozen',
  owed,
  waivers,
  startDate: '2025-01-01',
  termMonths,
});

const settle = (percent: string): RepaymentPlanInput => ({
  kind: 'lumpSumSettlement',
  owed,
  startDate: '2025-01-01',
  discount: { percent },
});

describe('evaluateOfferAuthority', () => {
  it('lets the agent waive penalty interest on a 24-month plan', () => {
    const plan = buildRepaymentPlan(frozen(24, { penaltyInterest: 'all' }));
    expect(offerAuthorityMetrics(plan)).toEqual({
      forgivenPercent: '2.193785', // 1,200 / 54,700 = 2.1937842…, rounded up at 6 decimals
      forgivenFen: 120_000,
      termMonths: 24,
      discountPercent: '0',
    });
    expect(evaluateOfferAuthority(matrix, 'agent', plan)).toEqual({
      withinAuthority: true,
      agentRole: 'agent',
      reasons: [],
    });
  });

  it('sends a 36-month plan to the team lead, with the reason', () => {
    const decision = evaluateOfferAuthority(matrix, 'agent', buildRepaymentPlan(frozen(36)));
    expect(decision).toMatchObject({ withinAuthority: false, approverRole: 'teamLead' });
    expect(decision.reasons.map((r) => r.code)).toEqual(['TERM_ABOVE_AUTHORITY']);
    expect(decision.reasons[0]?.message.zh).toContain('36');
  });

  it('sends a 25 % settlement discount to the branch manager', () => {
    const decision = evaluateOfferAuthority(matrix, 'agent', buildRepaymentPlan(settle('25')));
    expect(decision).toMatchObject({ withinAuthority: false, approverRole: 'branchManager' });
    expect(decision.reasons.map((r) => r.code)).toEqual([
      'WAIVER_PERCENT_ABOVE_AUTHORITY',
      'WAIVER_AMOUNT_ABOVE_AUTHORITY',
      'DISCOUNT_PERCENT_ABOVE_AUTHORITY',
    ]);
  });

  it('returns OFFER_OUTSIDE_AUTHORITY when no role can approve', () => {
    const decision = evaluateOfferAuthority(matrix, 'teamLead', buildRepaymentPlan(settle('70')));
    expect(decision).toMatchObject({ withinAuthority: false, code: 'OFFER_OUTSIDE_AUTHORITY' });
    expect(decision.approverRole).toBeUndefined();
    if ('code' in decision) expect(decision.message.en).toMatch(/every role/);
  });

  it('treats a limit as inclusive and a hair above it as outside', () => {
    const at = { forgivenPercent: '10', forgivenFen: 500_000, termMonths: 24, discountPercent: '0' };
    expect(evaluateOfferAuthority(matrix, 'agent', at).withinAuthority).toBe(true);
    const above = { ...at, forgivenFen: 500_001 };
    expect(evaluateOfferAuthority(matrix, 'agent', above)).toMatchObject({ approverRole: 'teamLead' });
  });

  it('only escalates upwards', () => {
    const decision = evaluateOfferAuthority(matrix, 'branchManager', {
      forgivenPercent: '45',
      forgivenFen: 100,
      termMonths: 12,
      discountPercent: '0',
    });
    expect(decision).toMatchObject({ approverRole: 'headOffice' });
  });

  it('rejects unknown roles and broken matrices with codes', () => {
    expect(() => evaluateOfferAuthority(matrix, 'intern', buildRepaymentPlan(frozen(12)))).toThrow(
      /AUTHORITY_ROLE_UNKNOWN/,
    );
    const broken: AuthorityMatrix = {
      escalationOrder: ['agent', 'ghost'],
      roles: { agent: matrix.roles.agent! },
    };
    expect(() => evaluateOfferAuthority(broken, 'agent', buildRepaymentPlan(frozen(12)))).toThrow(
      /AUTHORITY_MATRIX_INVALID/,
    );
    const negative: AuthorityMatrix = {
      escalationOrder: ['agent'],
      roles: { agent: { ...matrix.roles.agent!, maxWaiverPercent: '-1' } },
    };
    expect(() => evaluateOfferAuthority(negative, 'agent', buildRepaymentPlan(frozen(12)))).toThrow(
      /maxWaiverPercent/,
    );
  });
});
