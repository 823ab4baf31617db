/**
 * The agreement text of a flow: clauses with variables, rendered with a case's values for the customer's
 * page and the signed PDF. See docs/designer.md ("Agreement text").
 */
export type * from './agreement.types';
export {
  AGREEMENT_VARIABLES,
  agreementVariable,
  agreementVariablesIn,
  tokenizeAgreementText,
} from './agreement-variables';
export type { AgreementTextProblem, AgreementToken } from './agreement-variables';
export {
  DEFAULT_BANK_NAME,
  NO_VALUE,
  formatAgreementDate,
  formatAgreementMoney,
  renderAgreement,
  scheduleText,
} from './render-agreement';
export type { AgreementValues } from './render-agreement';
export { DEFAULT_DOCUMENT_AGREEMENT, DEFAULT_PLAN_AGREEMENT, agreementOfFlow } from './default-agreement';
export { AGREEMENT_MESSAGES, checkAgreement } from './check-agreement';
export type { AgreementProblemCode, CheckAgreementOptions } from './check-agreement';
