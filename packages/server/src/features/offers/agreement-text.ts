/**
 * The agreement text a customer reads before signing (`CustomerView.agreementText`): the flow version's
 * clauses (`agreementOfFlow`) rendered by the engine with the same values the signed PDF is rendered
 * with (agreement.service.ts) — the case's reference and the offer on the table's plan — except the
 * customer's name, masked on the link as everywhere else there (the PDF prints it in full).
 */
import {
  DEFAULT_BANK_NAME,
  agreementOfFlow,
  renderAgreement,
  type FlowDefinition,
  type RenderedAgreementClause,
  type RepaymentPlan,
} from '@parley/engine';
import type { AgreementClauseText, AgreementText } from '../../generated/resolvers-types';

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
  const template = agreementOfFlow(definition);
  const bank = template.bankName ?? DEFAULT_BANK_NAME;
  return {
    bankName: { zh: bank.zh, en: bank.en },
    zh: renderAgreement(template, values, 'zh').map(clauseView),
    en: renderAgreement(template, values, 'en').map(clauseView),
  };
}
