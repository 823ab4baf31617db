/**
 * Negotiation maths: exact money in fen, repayment plans, annualised rates, policy limits, the
 * authority matrix and the contact-compliance guard. See packages/engine/docs/finance.md.
 */
export { FinanceError, isFinanceError } from './finance-errors';
export type { FinanceErrorCode } from './finance-errors';

export { fenToYuanString, formatFen, isFen, percentOfFen, requireFen, sumFen, yuanToFen } from './money';
export type { DecimalString, Fen, MoneyLocale } from './money';

export { buildRepaymentPlan, equalInstalmentPayment } from './repayment-plan';
export { instalmentDueDates } from './repayment-schedule';
export type {
  AmountsOwed,
  EqualInstalmentPlanInput,
  EqualPrincipalPlanInput,
  ExtensionPlanInput,
  FeeInstalmentPlanInput,
  ForgivenAmounts,
  InterestFrozenPlanInput,
  LumpSumSettlementPlanInput,
  PlanWaivers,
  RepaymentPlan,
  RepaymentPlanInput,
  RepaymentPlanKind,
  RepaymentPlanLine,
  RepaymentPlanTotals,
  SettlementDiscount,
  WaiverAmount,
} from './repayment-types';

export { formatRatePercent, internalRateOfReturn, planAnnualisedRate } from './irr';
export type { InternalRateOfReturnOptions, PlanAnnualisedRate } from './irr';

export {
  CN_LOAN_EXTENSION_LIMITS,
  CN_REGULATORY_PLAN_POLICY,
  checkPlanAgainstPolicy,
  loanTermClass,
  maxExtendedMaturityDate,
} from './plan-policy';
export type {
  LoanExtensionLimits,
  LoanTermClass,
  PlanPolicy,
  PlanPolicyViolation,
  PlanPolicyViolationCode,
} from './plan-policy';

export { assertAuthorityMatrix, evaluateOfferAuthority, offerAuthorityMetrics } from './authority-matrix';
export type {
  AuthorityMatrix,
  AuthorityReason,
  AuthorityReasonCode,
  OfferAuthorityDecision,
  OfferAuthorityMetrics,
  RoleAuthority,
} from './authority-matrix';

export { CN_COLLECTION_CONTACT_POLICY, evaluateContactAttempt } from './contact-guard';
export type {
  ContactAttemptDecision,
  ContactAttemptRecord,
  ContactAttemptRequest,
  ContactCompliancePolicy,
  ContactOutcome,
  ContactRefusal,
  ContactRefusalCode,
} from './contact-guard';
