/**
 * Plan inputs as the API receives them (engine `RepaymentPlanInput` JSON) and the plan maths' result as
 * the API shows it (`RepaymentPlanPreview`). All amounts stay integer fen; the engine does the maths.
 */
import {
  addDaysToIsoDate,
  CN_REGULATORY_PLAN_POLICY,
  isIsoDate,
  localDateOfInstant,
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

/**
 * How long before the case was opened an offer's plan may start: a plan settles what is owed when the
 * case is handled, so a start over a year earlier is a typing error (1900-01-01), not a plan.
 */
export const PLAN_START_MAX_DAYS_BEFORE_OPENING = 366;

/**
 * Refuses a plan that starts (or settles) more than PLAN_START_MAX_DAYS_BEFORE_OPENING days before the
 * day the case was opened (Asia/Shanghai): OFFER_INVALID at `plan.startDate` / `plan.settlementDate`.
 * Shape errors are left to the engine's maths.
 */
export function checkPlanStart(
  input: RepaymentPlanInput,
  openedAt: Date,
  fieldPath: readonly string[] = ['plan'],
): void {
  const earliest = addDaysToIsoDate(
    localDateOfInstant(openedAt.toISOString(), 'Asia/Shanghai'),
    -PLAN_START_MAX_DAYS_BEFORE_OPENING,
  );
  for (const field of ['startDate', 'settlementDate'] as const) {
    const value = (input as Partial<Record<typeof field, unknown>>)[field];
    if (!isIsoDate(value) || value >= earliest) continue;
    const problemPath = [...fieldPath, field];
    const messages = {
      zh: `${field} 不能早于 ${earliest}（立案日前 ${PLAN_START_MAX_DAYS_BEFORE_OPENING} 天）。`,
      en: `${field} cannot be before ${earliest} (${PLAN_START_MAX_DAYS_BEFORE_OPENING} days before the case was opened).`,
    };
    throw new AppError(
      'OFFER_INVALID',
      { zh: `还款方案无效：${messages.zh}`, en: `The plan is not valid: ${messages.en}` },
      {
        fieldPath: problemPath,
        details: { problems: [{ code: 'START_TOO_EARLY', fieldPath: problemPath, messages }] },
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
