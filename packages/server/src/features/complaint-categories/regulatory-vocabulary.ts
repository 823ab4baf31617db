/**
 * The regulatory classification vocabularies that complaint categories map onto, as data.
 *
 * JR/T 0169-2018 (PBOC, 《金融消费者投诉统计分类及编码 银行业金融机构》) codes every complaint on three
 * dimensions: the channel where the business was handled (A), the business type (B) and the cause (C).
 * A category carries a business type and a cause; the channel belongs to the individual complaint (it
 * is how that customer came in), so it is listed here for intake forms and reports, not stored on a
 * category. The stored value is the standard's Chinese term (e.g. `贷款`): that is what the regulatory
 * statistics are tallied by, so a typo would silently fall out of the report — hence the closed lists.
 * `key` is Parley's own stable English identifier, not the standard's numeric code.
 *
 * The CFPB shape (product → sub-product → issue → sub-issue) is open-ended and changes over time, so it
 * is not a closed list; the example below shows how its levels map onto tree depth.
 */

export interface VocabularyTerm {
  /** Parley's stable identifier (upper snake case). */
  key: string;
  /** The standard's term, stored on categories and used in regulatory reports. */
  zh: string;
  en: string;
}

export interface ChannelTerm extends VocabularyTerm {
  /** Finer channels under this one (the standard itemises the electronic channel). */
  items?: readonly VocabularyTerm[];
}

/** A: where the business was handled (front-office channels, plus the middle/back office). */
export const JRT_CHANNELS: readonly ChannelTerm[] = [
  { key: 'BRANCH_COUNTER', zh: '营业现场', en: 'Branch premises' },
  { key: 'SELF_SERVICE', zh: '自助机具', en: 'Self-service machines' },
  {
    key: 'ELECTRONIC',
    zh: '电子渠道',
    en: 'Electronic channels',
    items: [
      { key: 'ONLINE_BANKING', zh: '网银', en: 'Online banking' },
      { key: 'TELEPHONE', zh: '电话', en: 'Telephone banking' },
      { key: 'MOBILE_APP', zh: '移动客户端', en: 'Mobile app' },
      { key: 'PUBLIC_PLATFORM', zh: '网络公众平台', en: 'Public online platforms (e.g. WeChat)' },
      { key: 'SMS', zh: '短信', en: 'Text messages' },
      { key: 'ELECTRONIC_OTHER', zh: '其他电子渠道', en: 'Other electronic channels' },
    ],
  },
  { key: 'THIRD_PARTY', zh: '第三方渠道', en: 'Third-party channels' },
  { key: 'BACK_OFFICE', zh: '中后台业务渠道', en: 'Middle and back office' },
  { key: 'CHANNEL_OTHER', zh: '其他', en: 'Other channels' },
];

/** B: the business the complaint is about. */
export const JRT_BUSINESS_TYPES: readonly VocabularyTerm[] = [
  { key: 'RMB_SAVINGS', zh: '人民币储蓄', en: 'RMB savings' },
  { key: 'LOANS', zh: '贷款', en: 'Loans' },
  { key: 'BANK_CARDS', zh: '银行卡', en: 'Bank cards' },
  { key: 'PAYMENT_SETTLEMENT', zh: '支付结算', en: 'Payment and settlement' },
  { key: 'RMB_CURRENCY', zh: '人民币管理', en: 'RMB currency management' },
  { key: 'PERSONAL_FINANCIAL_INFO', zh: '个人金融信息', en: 'Personal financial information' },
  { key: 'BUSINESS_OTHER', zh: '其他', en: 'Other business' },
];

/** C: what caused the complaint. */
export const JRT_CAUSES: readonly VocabularyTerm[] = [
  { key: 'SERVICE_ATTITUDE', zh: '服务态度及服务质量', en: 'Service attitude and quality' },
  { key: 'FACILITIES', zh: '服务设施、设备、业务系统', en: 'Facilities, equipment and systems' },
  { key: 'RULES_PROCESS', zh: '管理制度、业务规则与流程', en: 'Policies, business rules and processes' },
  { key: 'MARKETING', zh: '营销方式', en: 'Marketing practices' },
  { key: 'DISCLOSURE', zh: '信息披露', en: 'Information disclosure' },
  { key: 'PRODUCT_RETURN', zh: '产品收益', en: 'Product returns' },
  { key: 'FREE_CHOICE', zh: '自主选择权', en: 'Freedom of choice' },
  { key: 'PRICING_FEES', zh: '定价收费', en: 'Pricing and fees' },
  { key: 'CONTRACT_TERMS', zh: '合同条款', en: 'Contract terms' },
  { key: 'FUNDS_SAFETY', zh: '资金安全', en: "Safety of the consumer's funds" },
  { key: 'INFORMATION_SECURITY', zh: '信息安全', en: "Security of the consumer's information" },
  { key: 'DEBT_COLLECTION', zh: '债务催收', en: 'Debt collection' },
  { key: 'CAUSE_OTHER', zh: '其他', en: 'Other causes' },
];

export const JRT_BUSINESS_TYPE_TERMS: ReadonlySet<string> = new Set(JRT_BUSINESS_TYPES.map((t) => t.zh));
export const JRT_CAUSE_TERMS: ReadonlySet<string> = new Set(JRT_CAUSES.map((t) => t.zh));

/** Looks a term up by its key; throws on a typo in code (keys are compile-time data, not input). */
export function jrtBusinessType(key: string): string {
  return termByKey(JRT_BUSINESS_TYPES, key);
}
export function jrtCause(key: string): string {
  return termByKey(JRT_CAUSES, key);
}

function termByKey(list: readonly VocabularyTerm[], key: string): string {
  const term = list.find((t) => t.key === key);
  if (!term) throw new Error(`Unknown JR/T 0169-2018 vocabulary key: ${key}`);
  return term.zh;
}

/**
 * The CFPB hierarchy, one level per tree depth: a category at the product level carries `cfpbProduct`;
 * its descendants inherit the product and the issue level adds `cfpbIssue`. Sub-product and sub-issue
 * are tree levels of their own (their names are the category names).
 */
export interface CfpbPath {
  product: string;
  subProduct?: string;
  issue?: string;
  subIssue?: string;
}

/** A CFPB complaint-database path (product › sub-product › issue › sub-issue), one level per tree depth in the default tree. */
export const CFPB_EXAMPLE = {
  product: 'Debt collection',
  subProduct: 'Credit card debt',
  issue: 'Attempts to collect debt not owed',
  subIssue: 'Debt is not mine',
} as const satisfies CfpbPath;
