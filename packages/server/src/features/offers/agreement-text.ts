/**
 * The agreement text a customer reads before signing (`CustomerView.agreementText`): the flow version's
 * clauses (`agreementOfFlow`) rendered by the engine with the same values the signed PDF is rendered
 * with (agreement.service.ts) — the case's reference and the offer on the table's plan — except the
 * customer's name, masked on the link as everywhere else there (the PDF prints it in full).
 */
import { withBankParty } from '../agreements';
import {
  DEFAULT_BANK_NAME,
  agreementOfFlow,
  renderAgreement,
  type FlowDefinition,
  type RenderedAgreementClause,
  type RepaymentPlan,
  type RepaymentPlanInput,
} from '@parley/engine';
import type {
  AgreementClauseText,
  AgreementText,
  CustomerAction,
  Offer,
} from '../../generated/resolvers-types';
import type { CaseRecord } from '../cases';
import { planOf } from './offer-plan';

function clauseView(clause: RenderedAgreementClause): AgreementClauseText {
  return {
    key: clause.key,
    title: clause.title,
    text: clause.text,
    parts: clause.parts.map((part) =>
      part.kind === 'text'
        ? { text: part.text, scheduleRows: null, scheduleTotal: null }
        : { text: null, scheduleRows: [...part.rows], scheduleTotal: part.total },
    ),
  };
}

export function agreementTextOf(
  definition: FlowDefinition,
  values: { customerName: string; caseReference: string; plan?: RepaymentPlan },
): AgreementText {
  const template = withBankParty(agreementOfFlow(definition));
  const bank = template.bankName ?? DEFAULT_BANK_NAME;
  return {
    bankName: { zh: bank.zh, en: bank.en },
    zh: renderAgreement(template, values, 'zh').map(clauseView),
    en: renderAgreement(template, values, 'en').map(clauseView),
  };
}

/**
 * The text of what the customer would sign, before it is signed: with the offer on the table, or the
 * flow's document when it signs without offers (`SIGN` and no offer). Null when there is neither.
 * The PDF renders the same template with the same values (agreement.service.ts).
 */
export function customerAgreementText(
  definition: FlowDefinition,
  c: CaseRecord,
  offer: Offer | null,
  actions: readonly CustomerAction[],
): AgreementText | null {
  if (offer === null && !actions.includes('SIGN')) return null;
  return agreementTextOf(definition, {
    customerName: c.customer.masked.name,
    caseReference: c.reference,
    ...(offer ? { plan: planOf(offer.input as RepaymentPlanInput) } : {}),
  });
}
