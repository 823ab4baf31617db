/**
 * The authority matrix: which role may grant how much. An offer within the agent's own authority goes
 * ahead; otherwise it needs the approval of the lowest role above the agent whose authority covers it;
 * if no role can, the offer is outside authority altogether (OFFER_OUTSIDE_AUTHORITY).
 */
import { FinanceError } from './finance-errors';
import {
  FinanceDecimal,
  formatFen,
  isFen,
  type DecimalString,
  type Fen,
  type FinanceDecimalValue,
} from './money';
import type { RepaymentPlan } from './repayment-types';
import type { LocalizedText } from '../shared/localized-text';

export interface RoleAuthority {
  /** Largest share of the total owed that may be forgiven (waivers + settlement discount), in percent. */
  readonly maxWaiverPercent: DecimalString | number;
  /** Largest amount that may be forgiven, in fen. */
  readonly maxWaiverFen: Fen;
  /** Longest plan, in instalments. */
  readonly maxTermMonths: number;
  /** Largest settlement discount, in percent of the balance after waivers. */
  readonly maxDiscountPercent: DecimalString | number;
}

export interface AuthorityMatrix {
  /** Roles from the least to the most authority, e.g. ['agent', 'teamLead', 'branchManager', 'headOffice']. */
  readonly escalationOrder: readonly string[];
  readonly roles: Readonly<Record<string, RoleAuthority>>;
}

/** The measures of an offer that authority is granted on. Percentages are decimal strings. */
export interface OfferAuthorityMetrics {
  readonly forgivenPercent: DecimalString;
  readonly forgivenFen: Fen;
  readonly termMonths: number;
  readonly discountPercent: DecimalString;
}

export type AuthorityReasonCode =
  | 'WAIVER_PERCENT_ABOVE_AUTHORITY'
  | 'WAIVER_AMOUNT_ABOVE_AUTHORITY'
  | 'TERM_ABOVE_AUTHORITY'
  | 'DISCOUNT_PERCENT_ABOVE_AUTHORITY';

export interface AuthorityReason {
  readonly code: AuthorityReasonCode;
  readonly role: string;
  readonly limit: string;
  readonly actual: string;
  readonly message: LocalizedText;
}

export type OfferAuthorityDecision =
  | {
      readonly withinAuthority: true;
      readonly agentRole: string;
      readonly approverRole?: undefined;
      readonly reasons: readonly [];
    }
  | {
      readonly withinAuthority: false;
      readonly agentRole: string;
      /** The lowest role above the agent whose authority covers the offer. */
      readonly approverRole: string;
      /** Why the agent's own authority does not suffice. */
      readonly reasons: readonly AuthorityReason[];
    }
  | {
      readonly withinAuthority: false;
      readonly agentRole: string;
      readonly approverRole?: undefined;
      readonly code: 'OFFER_OUTSIDE_AUTHORITY';
      readonly message: LocalizedText;
      readonly reasons: readonly AuthorityReason[];
    };

/** Percent rounded up at 6 decimals, so a share just over a limit never reads as equal to it. */
function percentOf(part: Fen, whole: Fen): DecimalString {
  if (whole === 0) return '0';
  return new FinanceDecimal(part)
    .times(100)
    .dividedBy(whole)
    .toDecimalPlaces(6, FinanceDecimal.ROUND_UP)
    .toString();
}

/** The authority measures of a built plan. */
export function offerAuthorityMetrics(plan: RepaymentPlan): OfferAuthorityMetrics {
  const forgivenFen = plan.waived.totalFen + plan.discount.totalFen;
  return {
    forgivenPercent: percentOf(forgivenFen, plan.owedTotalFen),
    forgivenFen,
    termMonths: plan.termMonths,
    discountPercent: percentOf(plan.discount.totalFen, plan.owedTotalFen - plan.waived.totalFen),
  };
}

function invalidMatrixValue(path: string, value: unknown): FinanceError {
  return new FinanceError(
    'AUTHORITY_MATRIX_INVALID',
    {
      zh: `${path} 必须是非负数：${String(value)}`,
      en: `${path} must be a non-negative number: ${String(value)}`,
    },
    { path },
  );
}

function decimal(value: DecimalString | number, path: string): FinanceDecimalValue {
  let parsed: FinanceDecimalValue | undefined;
  try {
    parsed = new FinanceDecimal(value);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !parsed.isFinite() || parsed.isNegative()) throw invalidMatrixValue(path, value);
  return parsed;
}

/** Throws `AUTHORITY_MATRIX_INVALID` unless every role in the order has a complete, valid entry. */
export function assertAuthorityMatrix(matrix: AuthorityMatrix): void {
  const seen = new Set<string>();
  for (const role of matrix.escalationOrder) {
    const authority = matrix.roles[role];
    if (seen.has(role) || !authority) {
      throw new FinanceError(
        'AUTHORITY_MATRIX_INVALID',
        {
          zh: `升级顺序中的角色 ${role} 重复或没有权限设置`,
          en: `Role ${role} in the escalation order is repeated or has no authority entry`,
        },
        { path: `escalationOrder`, details: { role } },
      );
    }
    seen.add(role);
    decimal(authority.maxWaiverPercent, `roles.${role}.maxWaiverPercent`);
    decimal(authority.maxDiscountPercent, `roles.${role}.maxDiscountPercent`);
    if (!isFen(authority.maxWaiverFen) || authority.maxWaiverFen < 0) {
      throw invalidMatrixValue(`roles.${role}.maxWaiverFen`, authority.maxWaiverFen);
    }
    if (!Number.isSafeInteger(authority.maxTermMonths) || authority.maxTermMonths < 0) {
      throw invalidMatrixValue(`roles.${role}.maxTermMonths`, authority.maxTermMonths);
    }
  }
}

function reasonsFor(role: string, authority: RoleAuthority, offer: OfferAuthorityMetrics): AuthorityReason[] {
  const reasons: AuthorityReason[] = [];
  const maxWaiverPercent = decimal(authority.maxWaiverPercent, 'maxWaiverPercent');
  const maxDiscountPercent = decimal(authority.maxDiscountPercent, 'maxDiscountPercent');
  if (new FinanceDecimal(offer.forgivenPercent).greaterThan(maxWaiverPercent)) {
    reasons.push({
      code: 'WAIVER_PERCENT_ABOVE_AUTHORITY',
      role,
      limit: maxWaiverPercent.toString(),
      actual: offer.forgivenPercent,
      message: {
        zh: `减免比例 ${offer.forgivenPercent}% 超过 ${role} 的权限 ${maxWaiverPercent.toString()}%`,
        en: `Forgiving ${offer.forgivenPercent}% exceeds ${role}'s authority of ${maxWaiverPercent.toString()}%`,
      },
    });
  }
  if (offer.forgivenFen > authority.maxWaiverFen) {
    reasons.push({
      code: 'WAIVER_AMOUNT_ABOVE_AUTHORITY',
      role,
      limit: String(authority.maxWaiverFen),
      actual: String(offer.forgivenFen),
      message: {
        zh: `减免金额 ${formatFen(offer.forgivenFen)} 超过 ${role} 的权限 ${formatFen(authority.maxWaiverFen)}`,
        en: `Forgiving ${formatFen(offer.forgivenFen, 'en')} exceeds ${role}'s authority of ${formatFen(authority.maxWaiverFen, 'en')}`,
      },
    });
  }
  if (offer.termMonths > authority.maxTermMonths) {
    reasons.push({
      code: 'TERM_ABOVE_AUTHORITY',
      role,
      limit: String(authority.maxTermMonths),
      actual: String(offer.termMonths),
      message: {
        zh: `期数 ${offer.termMonths} 超过 ${role} 的权限 ${authority.maxTermMonths} 期`,
        en: `${offer.termMonths} instalments exceed ${role}'s authority of ${authority.maxTermMonths}`,
      },
    });
  }
  if (new FinanceDecimal(offer.discountPercent).greaterThan(maxDiscountPercent)) {
    reasons.push({
      code: 'DISCOUNT_PERCENT_ABOVE_AUTHORITY',
      role,
      limit: maxDiscountPercent.toString(),
      actual: offer.discountPercent,
      message: {
        zh: `结清折扣 ${offer.discountPercent}% 超过 ${role} 的权限 ${maxDiscountPercent.toString()}%`,
        en: `A settlement discount of ${offer.discountPercent}% exceeds ${role}'s authority of ${maxDiscountPercent.toString()}%`,
      },
    });
  }
  return reasons;
}

/** Decides whether `agentRole` may make the offer, and if not who must approve it. */
export function evaluateOfferAuthority(
  matrix: AuthorityMatrix,
  agentRole: string,
  offer: RepaymentPlan | OfferAuthorityMetrics,
): OfferAuthorityDecision {
  assertAuthorityMatrix(matrix);
  const position = matrix.escalationOrder.indexOf(agentRole);
  if (position < 0) {
    throw new FinanceError(
      'AUTHORITY_ROLE_UNKNOWN',
      { zh: `权限矩阵中没有角色 ${agentRole}`, en: `Role ${agentRole} is not in the authority matrix` },
      { details: { role: agentRole } },
    );
  }
  const metrics = 'lines' in offer ? offerAuthorityMetrics(offer) : offer;
  const check = (role: string): AuthorityReason[] => {
    const authority = matrix.roles[role];
    return authority ? reasonsFor(role, authority, metrics) : [];
  };
  const reasons = check(agentRole);
  if (reasons.length === 0) return { withinAuthority: true, agentRole, reasons: [] };
  const approverRole = matrix.escalationOrder.slice(position + 1).find((role) => check(role).length === 0);
  if (approverRole !== undefined) return { withinAuthority: false, agentRole, approverRole, reasons };
  return {
    withinAuthority: false,
    agentRole,
    code: 'OFFER_OUTSIDE_AUTHORITY',
    message: {
      zh: '该方案超出权限矩阵中所有角色的审批权限',
      en: 'The offer is beyond the authority of every role in the matrix',
    },
    reasons,
  };
}
