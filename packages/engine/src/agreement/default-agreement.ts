import type { FlowDefinition } from '../definition/flow-definition.types';
import type { AgreementTemplate } from './agreement.types';

const PARTIES = {
  key: 'parties',
  title: { zh: '协议双方', en: 'Parties' },
  body: {
    zh: '甲方：{{bank.name}}\n乙方：{{customer.name}}\n案件编号：{{case.reference}}\n双方经平等协商，就乙方所欠款项的处理达成如下协议。',
    en: 'Party A: {{bank.name}}\nParty B: {{customer.name}}\nCase reference: {{case.reference}}\nHaving negotiated on equal terms, the parties agree as follows on the amounts Party B owes.',
  },
};

const EFFECT = {
  key: 'effect',
  title: { zh: '生效与存证', en: 'Effect and record' },
  body: {
    zh: '本协议经乙方电子签署后生效。签署时间、IP 地址及本协议文件的 SHA-256 指纹记录于案件的审计日志中，作为签署的凭证。',
    en: 'This agreement takes effect when Party B signs it electronically. The signing time, IP address and the SHA-256 fingerprint of this document are recorded in the audit log of the case as evidence of the signature.',
  },
};

/** The agreement of a flow with an offer policy and no `agreement` of its own. */
export const DEFAULT_PLAN_AGREEMENT: AgreementTemplate = {
  clauses: [
    PARTIES,
    {
      key: 'debt',
      title: { zh: '欠款确认与减免', en: 'Amount owed and relief' },
      body: {
        zh: '乙方确认欠款总额为 {{plan.owedTotalFen}}，其中本金 {{plan.principalFen}}。甲方同意减免 {{plan.forgivenFen}}。',
        en: 'Party B confirms owing {{plan.owedTotalFen}} in total, of which {{plan.principalFen}} is principal. Party A agrees to forgive {{plan.forgivenFen}}.',
      },
    },
    {
      key: 'plan',
      title: { zh: '还款方案', en: 'Repayment plan' },
      body: {
        zh: '双方约定采用「{{plan.kind}}」方式还款：协议自{{plan.startDate}}起执行，首付款 {{plan.downPaymentFen}}，分 {{plan.termMonths}} 期偿还，应还总额 {{plan.totalDueFen}}，年化利率 {{plan.annualisedRate}}。乙方按下表按期足额还款：\n{{schedule}}',
        en: 'The parties agree on "{{plan.kind}}": from {{plan.startDate}}, a down payment of {{plan.downPaymentFen}}, then {{plan.termMonths}} instalments, {{plan.totalDueFen}} due in total, annualised rate {{plan.annualisedRate}}. Party B pays in full and on time as follows:\n{{schedule}}',
      },
    },
    {
      key: 'default',
      title: { zh: '违约责任', en: 'Default' },
      body: {
        zh: '乙方未按上表按期足额还款的，甲方有权解除本协议，已减免的款项不再减免，并依原合同约定主张权利。',
        en: 'If Party B does not pay in full and on time as above, Party A may terminate this agreement; the relief granted lapses and Party A may enforce the original contract.',
      },
    },
    EFFECT,
  ],
};

/** The agreement of a flow that signs a document without an offer (e.g. a loan contract). */
export const DEFAULT_DOCUMENT_AGREEMENT: AgreementTemplate = {
  clauses: [
    PARTIES,
    {
      key: 'confirmation',
      title: { zh: '签署确认', en: 'Confirmation' },
      body: {
        zh: '乙方确认上述签署事项真实、准确，并同意按其办理。',
        en: 'Party B confirms that the matters signed above are true and accurate and agrees to proceed on them.',
      },
    },
    EFFECT,
  ],
};

/**
 * The agreement a flow version prints: its own, or the default (with a plan when the flow has an offer
 * policy), so flows written before agreements existed keep a sensible text.
 */
export function agreementOfFlow(
  definition: Pick<FlowDefinition, 'agreement' | 'offerPolicy'>,
): AgreementTemplate {
  return (
    definition.agreement ?? (definition.offerPolicy ? DEFAULT_PLAN_AGREEMENT : DEFAULT_DOCUMENT_AGREEMENT)
  );
}
