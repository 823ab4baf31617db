import {
  buildRepaymentPlan,
  checkPlanAgainstPolicy,
  evaluateOfferAuthority,
  isFinanceError,
  offerAuthorityMetrics,
  planAnnualisedRate,
} from '../finance/index';
import type { AuthorityMatrix, OfferAuthorityMetrics, RepaymentPlan } from '../finance/index';
import type { Problem } from '../shared/problem.types';
import type { Command } from './command.types';
import { activeStep, hasRole, isActiveStep, requireStaff } from './authorisation';
import type { CompiledFlow } from './compiled-flow';
import type { OfferSummary } from './offer.types';
import type { Actor } from './ports.types';
import { refuse } from './refusal';
import type { Refusal } from './refusal';
import { completeStep } from './routing';
import { emit, summaryFacts } from './session';
import type { Session } from './session';
import { stepData, validateStepData } from './step-commands';

/** The highest role of the matrix's escalation order the actor holds (directly or inherited). */
function authorityRole(flow: CompiledFlow, matrix: AuthorityMatrix, actor: Actor): string | undefined {
  for (let i = matrix.escalationOrder.length - 1; i >= 0; i--) {
    const role = matrix.escalationOrder[i] as string;
    if (hasRole(flow, actor, role)) return role;
  }
  return undefined;
}

function summarise(
  plan: RepaymentPlan,
  metrics: OfferAuthorityMetrics,
  authorisedRole: string,
): OfferSummary {
  const rate = planAnnualisedRate(plan);
  return {
    kind: plan.kind,
    owedTotalFen: plan.owedTotalFen,
    forgivenFen: metrics.forgivenFen,
    forgivenPercent: metrics.forgivenPercent,
    downPaymentFen: plan.downPayment.amountFen,
    financedFen: plan.financedFen,
    termMonths: plan.termMonths,
    totalDueFen: plan.totals.totalDueFen,
    firstInstalmentFen: plan.lines[0]?.totalFen ?? 0,
    lastInstalmentFen: plan.lines[plan.lines.length - 1]?.totalFen ?? 0,
    // For disclosure only (the IRR is a root-finding result); amounts stay exact in fen.
    annualisedRate: rate && rate.apr > 0 ? rate.apr.toFixed(6) : null,
    authorisedRole,
  };
}

/**
 * Plan drafting: the proposal is built and checked by the finance module (plan maths, regulatory
 * limits, authority matrix), checked against the flow's eligibility rule, recorded with its summary,
 * and the step completes.
 */
export function proposeOffer(s: Session, c: Extract<Command, { type: 'proposeOffer' }>): Refusal | undefined {
  const found = activeStep(s.flow, s.draft, c.stepKey, c.type, ['offer']);
  if (!isActiveStep(found)) return found;
  const denied = requireStaff(s.flow, c.actor, found.token.assigneeRole);
  if (denied) return denied;
  const policy = s.flow.definition.offerPolicy;
  if (!policy)
    return refuse('OFFER_INVALID', {
      reason: { zh: '流程未设置方案政策', en: 'the flow has no offer policy' },
    });
  if (!policy.allowedKinds.includes(c.offer.kind))
    return refuse('OFFER_INVALID', {
      reason: { zh: `不允许方案类型 ${c.offer.kind}`, en: `plan type ${c.offer.kind} is not allowed` },
    });
  const checked = validateStepData(s, found, c.data);
  if (!('values' in checked)) return checked;

  let plan: RepaymentPlan;
  try {
    plan = buildRepaymentPlan(c.offer);
  } catch (error: unknown) {
    if (!isFinanceError(error)) throw error;
    const problem: Problem = {
      code: error.code,
      path: `offer.${error.path ?? ''}`,
      message: error.messages,
      severity: 'error',
    };
    return refuse('OFFER_INVALID', { reason: error.messages }, { problems: [problem] });
  }
  const violations = checkPlanAgainstPolicy(plan, policy.planPolicy);
  const first = violations[0];
  if (first) {
    const problems = violations.map((v): Problem => ({
      code: v.code,
      path: `offer.${v.path}`,
      message: v.message,
      severity: 'error',
    }));
    return refuse('OFFER_INVALID', { reason: first.message }, { problems });
  }

  const role = authorityRole(s.flow, policy.authority, c.actor);
  if (role === undefined)
    return refuse('NOT_AUTHORISED', { role: policy.authority.escalationOrder.join(' / ') });
  // Computed once and shared by the summary, the eligibility rule and the authority matrix.
  const metrics = offerAuthorityMetrics(plan);
  const summary = summarise(plan, metrics, role);
  if (policy.eligibility !== undefined) {
    const context = { data: s.draft.data, case: s.draft.facts, offer: summaryFacts(summary) };
    if (!s.flow.evaluator.holds(policy.eligibility, context)) return refuse('OFFER_NOT_ELIGIBLE');
  }
  const decision = evaluateOfferAuthority(policy.authority, role, metrics);
  if (!decision.withinAuthority) {
    const approver = decision.approverRole;
    return refuse(
      'OFFER_OUTSIDE_AUTHORITY',
      { role: approver ?? { zh: '（无人有权）', en: '(no role may)' } },
      approver ? { requiredRole: approver } : {},
    );
  }
  emit(s, {
    type: 'offerProposed',
    stepKey: c.stepKey,
    offerId: s.ports.newId(),
    input: c.offer,
    summary,
    actor: c.actor,
  });
  return completeStep(s, found.token.id, c.stepKey, 'proposed', c.actor, stepData(checked));
}
