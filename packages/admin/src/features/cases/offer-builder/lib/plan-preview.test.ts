import { describe, expect, it } from 'vitest';
import { findTemplate, type FlowDefinition, type RepaymentPlanInput } from '@parley/engine';
import { authorityRoleOf, chartSeries, previewPlan, scheduleRows, scheduleTotal } from './plan-preview';

/** Seed 000 (Minsheng): agent may forgive 10 % / ¥5,000 and 36 months; supervisor 30 % / ¥50,000, 60 months. */
const MINSHENG = findTemplate('minsheng-e-negotiation') as unknown as FlowDefinition;
const AGENT = { roles: ['agent'], departments: ['CUSTOMER_SERVICE'] };
const SUPERVISOR = { roles: ['supervisor'], departments: ['CUSTOMER_SERVICE'] };

const frozen = (patch: Partial<RepaymentPlanInput> = {}): RepaymentPlanInput =>
  ({
    kind: 'interestFrozen',
    owed: { principalFen: 4_500_000, interestFen: 300_000, penaltyInterestFen: 400_000, feesFen: 300_000 },
    startDate: '2026-03-10',
    termMonths: 24,
    ...patch,
  }) as RepaymentPlanInput;

describe('previewPlan', () => {
  it('computes the schedule with the engine: 24 equal parts of the balance, no interest', () => {
    const preview = previewPlan(frozen(), MINSHENG, AGENT);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.plan.lines).toHaveLength(24);
    expect(preview.plan.totals.totalDueFen).toBe(5_500_000);
    expect(preview.plan.lines.every((l) => l.interestFen === 0)).toBe(true);
    expect(preview.annualisedRate).toBeNull();
    expect(preview.violations).toEqual([]);
    expect(preview.kindAllowed).toBe(true);
    expect(preview.authority).toEqual({ kind: 'within', role: 'agent' });
  });

  it('says when the offer needs a supervisor’s approval, and that the supervisor may make it', () => {
    const waived = frozen({ waivers: { penaltyInterest: 'all', fees: 'all' } });
    const forAgent = previewPlan(waived, MINSHENG, AGENT);
    expect(forAgent.ok && forAgent.authority).toMatchObject({
      kind: 'needsApproval',
      role: 'agent',
      approver: 'supervisor',
    });
    expect(
      forAgent.ok && forAgent.authority?.kind === 'needsApproval' && forAgent.authority.reasons.length,
    ).toBeGreaterThan(0);
    const forSupervisor = previewPlan(waived, MINSHENG, SUPERVISOR);
    expect(forSupervisor.ok && forSupervisor.authority).toEqual({ kind: 'within', role: 'supervisor' });
    expect(authorityRoleOf(MINSHENG, SUPERVISOR)).toBe('supervisor');
    expect(authorityRoleOf(MINSHENG, { roles: ['auditor'], departments: [] })).toBeUndefined();
    expect(previewPlan(waived, MINSHENG, { roles: ['auditor'], departments: [] })).toMatchObject({
      authority: { kind: 'noRole' },
    });
  });

  it('is outside every role when even the supervisor may not forgive that much', () => {
    const preview = previewPlan(
      frozen({
        owed: { principalFen: 1_000_000, interestFen: 0, penaltyInterestFen: 900_000, feesFen: 0 },
        waivers: { penaltyInterest: 'all' },
      }),
      MINSHENG,
      AGENT,
    );
    expect(preview.ok && preview.authority?.kind).toBe('outside');
  });

  it('reports the flow’s policy: a term beyond 60 months, a kind the flow does not allow', () => {
    const long = previewPlan(frozen({ termMonths: 72 } as Partial<RepaymentPlanInput>), MINSHENG, AGENT);
    expect(long.ok && long.violations.map((v) => v.code)).toEqual(['PLAN_TERM_EXCEEDS_LIMIT']);
    const principal = previewPlan(
      { ...frozen(), kind: 'equalPrincipal', annualRate: '0.06' } as RepaymentPlanInput,
      MINSHENG,
      AGENT,
    );
    expect(principal.ok && principal.kindAllowed).toBe(false);
  });

  it('returns the engine’s message for an input the maths refuses', () => {
    const bad = previewPlan(frozen({ termMonths: 0 } as Partial<RepaymentPlanInput>), MINSHENG, AGENT);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.message.zh).toBeTruthy();
    expect(bad.message.en).toBeTruthy();
  });
});

describe('schedule rows and chart series', () => {
  it('lists the down payment first and totals everything paid', () => {
    const preview = previewPlan(
      { ...frozen(), downPaymentFen: 100_000 } as RepaymentPlanInput,
      MINSHENG,
      AGENT,
    );
    if (!preview.ok) throw new Error('expected a plan');
    const rows = scheduleRows(preview.plan, '首付');
    expect(rows[0]).toMatchObject({ period: '首付', total: '¥1,000.00' });
    expect(rows).toHaveLength(25);
    expect(scheduleTotal(preview.plan, '合计').total).toBe('¥55,000.00');
    const series = chartSeries(preview.plan);
    expect(series.periods).toHaveLength(24);
    expect(series.principal.reduce((a, b) => a + b, 0)).toBe(preview.plan.financedFen);
    expect(series.interest.every((v) => v === 0)).toBe(true);
  });
});
