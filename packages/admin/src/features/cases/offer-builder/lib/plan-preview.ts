/**
 * The plan as the engine computes it, live in the browser with the server's own code: the schedule,
 * the annualised rate, the flow's policy check (allowed kinds, regulatory limits) and whether the
 * offer is within the viewer's authority (the authority matrix, for the highest matrix role the
 * viewer holds). The server's `checkOffer` confirms the verdict before sending.
 */
import {
  buildRepaymentPlan,
  checkPlanAgainstPolicy,
  evaluateOfferAuthority,
  holdsFlowRole,
  isFinanceError,
  planAnnualisedRate,
  type FlowDefinition,
  type OfferAuthorityDecision,
  type PlanPolicyViolation,
  type RepaymentPlan,
  type RepaymentPlanInput,
} from '@parley/engine';
import { formatCny } from '../../../../shared/lib/money';
import type { ScheduleRow } from '../../../../shared/ui/ScheduleTable.vue';

export interface ViewerRoles {
  readonly roles: readonly string[];
  readonly departments: readonly string[];
}

export type AuthorityView =
  | { readonly kind: 'within'; readonly role: string }
  | {
      readonly kind: 'needsApproval';
      readonly role: string;
      readonly approver: string;
      readonly reasons: readonly { zh: string; en: string }[];
    }
  | { readonly kind: 'outside'; readonly reasons: readonly { zh: string; en: string }[] }
  | { readonly kind: 'noRole' };

export interface ChartSeries {
  readonly periods: readonly string[];
  /** Fen per instalment (the chart formats them). */
  readonly principal: readonly number[];
  readonly interest: readonly number[];
  readonly fee: readonly number[];
}

export type PlanPreview =
  | {
      readonly ok: true;
      readonly plan: RepaymentPlan;
      /** APR (12 × monthly IRR) as a decimal string with 6 places, or null when the plan has no cost. */
      readonly annualisedRate: string | null;
      readonly kindAllowed: boolean;
      readonly violations: readonly PlanPolicyViolation[];
      readonly authority: AuthorityView | null;
    }
  | { readonly ok: false; readonly message: { zh: string; en: string }; readonly path: string | null };

/** The highest role of the matrix's escalation order the viewer holds (as the engine picks it). */
export function authorityRoleOf(definition: FlowDefinition, viewer: ViewerRoles): string | undefined {
  const order = definition.offerPolicy?.authority.escalationOrder ?? [];
  for (let i = order.length - 1; i >= 0; i--) {
    const role = order[i] as string;
    if (holdsFlowRole(definition, { roles: [...viewer.roles], departments: [...viewer.departments] }, role))
      return role;
  }
  return undefined;
}

/** Whether the viewer may make the plan, and if not who must approve it. */
export function authorityOf(
  definition: FlowDefinition,
  viewer: ViewerRoles,
  plan: RepaymentPlan,
): AuthorityView | null {
  const policy = definition.offerPolicy;
  if (!policy) return null;
  const role = authorityRoleOf(definition, viewer);
  if (role === undefined) return { kind: 'noRole' };
  const decision: OfferAuthorityDecision = evaluateOfferAuthority(policy.authority, role, plan);
  if (decision.withinAuthority) return { kind: 'within', role };
  const reasons = decision.reasons.map((r) => r.message);
  return decision.approverRole
    ? { kind: 'needsApproval', role, approver: decision.approverRole, reasons }
    : { kind: 'outside', reasons };
}

export function previewPlan(
  input: RepaymentPlanInput,
  definition: FlowDefinition | null,
  viewer: ViewerRoles | null,
): PlanPreview {
  let plan: RepaymentPlan;
  try {
    plan = buildRepaymentPlan(input);
  } catch (error) {
    if (!isFinanceError(error)) throw error;
    return { ok: false, message: error.messages, path: error.path ?? null };
  }
  const rate = planAnnualisedRate(plan);
  // The IRR is a root-finding result: an interest-free plan may come back as 1e-12; show it as none.
  const apr = rate ? rate.apr.toFixed(6) : null;
  const policy = definition?.offerPolicy;
  return {
    ok: true,
    plan,
    annualisedRate: apr !== null && Number(apr) > 0 ? apr : null,
    kindAllowed: policy ? policy.allowedKinds.includes(plan.kind) : true,
    violations: policy ? checkPlanAgainstPolicy(plan, policy.planPolicy) : [],
    authority: definition && viewer ? authorityOf(definition, viewer, plan) : null,
  };
}

/** The schedule as ScheduleTable rows (down payment first, as period 0, when there is one). */
export function scheduleRows(plan: RepaymentPlan, downPaymentLabel: string): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  if (plan.downPayment.amountFen > 0)
    rows.push({
      period: downPaymentLabel,
      dueDate: plan.downPayment.dueDate,
      principal: formatCny(plan.downPayment.amountFen),
      interest: formatCny(0),
      fee: formatCny(0),
      total: formatCny(plan.downPayment.amountFen),
    });
  for (const line of plan.lines)
    rows.push({
      period: String(line.period),
      dueDate: line.dueDate,
      principal: formatCny(line.principalFen),
      interest: formatCny(line.interestFen),
      fee: formatCny(line.feeFen),
      total: formatCny(line.totalFen),
    });
  return rows;
}

export function scheduleTotal(plan: RepaymentPlan, label: string): ScheduleRow {
  return {
    period: label,
    dueDate: '',
    principal: formatCny(plan.totals.principalFen + plan.downPayment.amountFen),
    interest: formatCny(plan.totals.interestFen),
    fee: formatCny(plan.totals.feeFen),
    total: formatCny(plan.totals.totalDueFen),
  };
}

/** Principal, interest and fee per instalment, for the stacked chart. */
export function chartSeries(plan: RepaymentPlan): ChartSeries {
  return {
    periods: plan.lines.map((l) => String(l.period)),
    principal: plan.lines.map((l) => l.principalFen),
    interest: plan.lines.map((l) => l.interestFen),
    fee: plan.lines.map((l) => l.feeFen),
  };
}
