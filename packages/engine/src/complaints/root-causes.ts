/**
 * Root causes of complaints (溯源整改): the closed vocabulary a complaint's finding is recorded in when
 * its case is closed. The codes are stable (they are stored on the case log and rolled up by insight);
 * the labels and one-line descriptions help the agent choose. Order is the order pickers show.
 */
import type { LocalizedText } from '../shared/localized-text';

export const ROOT_CAUSE_CODES = [
  'product-design',
  'pricing-fees',
  'information-disclosure',
  'sales-conduct',
  'service-attitude',
  'process-rules',
  'system-fault',
  'staff-error',
  'third-party',
  'debt-collection',
  'customer-misunderstanding',
  'other',
] as const;

export type RootCauseCode = (typeof ROOT_CAUSE_CODES)[number];

export interface RootCause {
  readonly code: RootCauseCode;
  readonly label: LocalizedText;
  /** One line on when to choose it. */
  readonly description: LocalizedText;
}

export const ROOT_CAUSES: readonly RootCause[] = [
  {
    code: 'product-design',
    label: { zh: '产品设计缺陷', en: 'Product design' },
    description: {
      zh: '产品本身的条款、功能或规则设计不合理，导致客户权益受损或体验差。',
      en: 'The product’s terms, features or rules are badly designed and hurt the customer.',
    },
  },
  {
    code: 'pricing-fees',
    label: { zh: '收费与定价', en: 'Pricing and fees' },
    description: {
      zh: '利率、费用、罚息等收费项目或定价方式引起争议。',
      en: 'Interest, fees, penalty interest or how a price is set is disputed.',
    },
  },
  {
    code: 'information-disclosure',
    label: { zh: '信息披露不充分', en: 'Information disclosure' },
    description: {
      zh: '未充分告知客户重要条款、风险或费用。',
      en: 'Key terms, risks or costs were not made clear to the customer.',
    },
  },
  {
    code: 'sales-conduct',
    label: { zh: '营销与销售行为', en: 'Sales conduct' },
    description: {
      zh: '误导销售、搭售、不当营销或未做适当性评估。',
      en: 'Mis-selling, tying, improper marketing or no suitability check.',
    },
  },
  {
    code: 'service-attitude',
    label: { zh: '服务态度与质量', en: 'Service attitude and quality' },
    description: {
      zh: '工作人员态度、响应速度或服务质量不达标。',
      en: 'Staff attitude, response time or service quality fell short.',
    },
  },
  {
    code: 'process-rules',
    label: { zh: '流程与制度不完善', en: 'Processes and rules' },
    description: {
      zh: '内部流程、制度或授权安排存在缺陷或不合理。',
      en: 'An internal process, policy or authority arrangement is flawed.',
    },
  },
  {
    code: 'system-fault',
    label: { zh: '系统与渠道故障', en: 'System or channel fault' },
    description: {
      zh: '系统、App、网点设备或渠道故障导致交易或服务异常。',
      en: 'A system, app, branch device or channel failed and broke a transaction or service.',
    },
  },
  {
    code: 'staff-error',
    label: { zh: '员工操作差错', en: 'Staff error' },
    description: {
      zh: '员工个人操作失误，如录入、核算或办理错误。',
      en: 'A member of staff made a mistake, e.g. in data entry, calculation or processing.',
    },
  },
  {
    code: 'third-party',
    label: { zh: '第三方或合作机构', en: 'Third party or partner' },
    description: {
      zh: '外包、合作机构或第三方服务商的行为引起投诉。',
      en: 'An outsourcer, partner institution or third-party provider caused the complaint.',
    },
  },
  {
    code: 'debt-collection',
    label: { zh: '催收行为', en: 'Debt collection' },
    description: {
      zh: '催收方式、频次或措辞不当，或骚扰第三人。',
      en: 'Collection methods, frequency or wording were improper, or third parties were harassed.',
    },
  },
  {
    code: 'customer-misunderstanding',
    label: { zh: '客户误解', en: 'Customer misunderstanding' },
    description: {
      zh: '经核实银行无过错，客户对规则或事实存在误解。',
      en: 'On review the bank was not at fault; the customer misunderstood the rules or facts.',
    },
  },
  {
    code: 'other',
    label: { zh: '其他', en: 'Other' },
    description: {
      zh: '以上均不适用，请在整改措施中说明原因。',
      en: 'None of the above applies; explain the cause in the remedy.',
    },
  },
];

/** Whether a string is one of the codes. */
export function isRootCauseCode(code: string): code is RootCauseCode {
  return (ROOT_CAUSE_CODES as readonly string[]).includes(code);
}

/** The root cause with this code; undefined for an unknown one. */
export function rootCauseOf(code: string): RootCause | undefined {
  return ROOT_CAUSES.find((c) => c.code === code);
}

/** Longest remedy text, in characters, once trimmed. */
export const REMEDY_MAX_LENGTH = 1000;
