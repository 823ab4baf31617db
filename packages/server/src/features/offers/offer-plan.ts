/**
 * Plan inputs as the API receives them (engine `RepaymentPlanInput` JSON) and the plan maths' result as
 * the API shows it (`RepaymentPlanPreview`). All amounts stay integer fen; the engine does the maths.
 */
import {
  CN_REGULATORY_PLAN_POLICY,
  buildRepaymentPlan,
  checkPlanAgainstPolicy,
  isFinanceError,
  offerAuthorityMetrics,
  planAnnualisedRate,
  type PlanPolicy,
  type PlanPolicyViolation,
  type RepaymentPlan,
  type RepaymentPlanInput,
} from '@parley/engine';
import { AppError } from '../../errors/app-error';
import type { RepaymentPlanPreview, ValidationProblem } from '../../generated/resolvers-types';

const money = (fen: number) => ({ fen, currency: 'CNY' });

/** `a.b[2].c` → `['a', 'b', '2', 'c']`. */
function pathOf(path: string | undefined): string[] {
  return (path ?? '').split(/[.[\]]+/).filter((p) => p.length > 0);
}

/** The request's plan as an engine input; a shape error is BAD_USER_INPUT at `fieldPath`. */
export function planInputOf(value: unknown, fieldPath: readonly string[] = ['plan']): RepaymentPlanInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '还款方案须为对象。', en: 'The plan must be an object.' },
      { fieldPath },
    );
  if (typeof (value as { kind?: unknown }).kind !== 'string')
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '还款方案须有方案类型 kind。', en: 'The plan needs a `kind`.' },
      { fieldPath: [...fieldPath, 'kind'] },
    );
  return value as RepaymentPlanInput;
}

/** The engine's plan; an input the maths rejects is OFFER_INVALID with the problem's field path. */
export function planOf(input: RepaymentPlanInput, fieldPath: readonly string[] = ['plan']): RepaymentPlan {
  try {
    return buildRepaymentPlan(input);
  } catch (err) {
    if (!isFinanceError(err)) throw err;
    const problemPath = [...fieldPath, ...pathOf(err.path)];
    throw new AppError(
      'OFFER_INVALID',
      { zh: `还款方案无效：${err.messages.zh}`, en: `The plan is not valid: ${err.messages.en}` },
      {
        fieldPath: problemPath,
        details: {
          problems: [{ code: err.code, fieldPath: problemPath, messages: err.messages }],
        },
      },
    );
  }
}

function problemOf(v: PlanPolicyViolation): ValidationProblem {
  return { code: v.code, path: pathOf(v.path), message: v.message, severity: 'error' };
}

/** The plan as shown: totals, schedule, and the policy's findings (empty when acceptable). */
export function planPreview(
  plan: RepaymentPlan,
  policy: PlanPolicy | null = CN_REGULATORY_PLAN_POLICY,
): RepaymentPlanPreview {
  const rate = planAnnualisedRate(plan);
  return {
    kind: plan.kind,
    owedTotal: money(plan.owedTotalFen),
    forgiven: money(offerAuthorityMetrics(plan).forgivenFen),
    downPayment: money(plan.downPayment.amountFen),
    financed: money(plan.financedFen),
    totalDue: money(plan.totals.totalDueFen),
    termMonths: plan.termMonths,
    annualisedRate: rate && rate.apr > 0 ? rate.apr.toFixed(6) : null,
    schedule: plan.lines.map((l) => ({
      period: l.period,
      dueDate: l.dueDate,
      principal: money(l.principalFen),
      interest: money(l.interestFen),
      fee: money(l.feeFen),
      total: money(l.totalFen),
      remainingPrincipal: money(l.remainingPrincipalFen),
    })),
    problems: policy ? checkPlanAgainstPolicy(plan, policy).map(problemOf) : [],
  };
}
