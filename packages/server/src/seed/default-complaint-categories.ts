/**
 * The default complaint-category tree of a fresh install. The four classes come from the enterprise
 * service manual (seed 004, ch. 9: product / service / policy / other, routed to the product, customer
 * service and policy departments). Below them, one category per JR/T 0169-2018 business type (under
 * product) or cause (under service, policy and other), so that a bank starts with statistics that
 * match the regulator's. The debt-collection branch shows the CFPB shape on tree depth:
 * product (Debt collection) → sub-product (Credit card debt) → issue (Attempts to collect debt not owed).
 */
import type { LocalizedText } from '@parley/engine';
import type { SeverityValue } from '../features/complaint-categories/complaint-category.model';
import {
  CFPB_EXAMPLE,
  jrtBusinessType,
  jrtCause,
} from '../features/complaint-categories/regulatory-vocabulary';

export interface SeedCategory {
  code: string;
  name: LocalizedText;
  severity?: SeverityValue;
  regulatoryCodes?: {
    jrtBusinessType?: string;
    jrtCause?: string;
    cfpbProduct?: string;
    cfpbIssue?: string;
  };
  children?: SeedCategory[];
}

export interface SeedClass extends SeedCategory {
  /** Department that handles the whole class; children inherit it. */
  departmentCode: string;
}

const b = (key: string) => ({ jrtBusinessType: jrtBusinessType(key) });
const c = (key: string) => ({ jrtCause: jrtCause(key) });

export const DEFAULT_COMPLAINT_CATEGORIES: readonly SeedClass[] = [
  {
    code: 'PRODUCT',
    name: { zh: '产品类投诉', en: 'Product complaints' },
    departmentCode: 'PRODUCT',
    children: [
      {
        code: 'PRODUCT-SAVINGS',
        name: { zh: '人民币储蓄', en: 'RMB savings' },
        regulatoryCodes: b('RMB_SAVINGS'),
      },
      { code: 'PRODUCT-LOAN', name: { zh: '贷款产品', en: 'Loan products' }, regulatoryCodes: b('LOANS') },
      {
        code: 'PRODUCT-CARD',
        name: { zh: '银行卡产品', en: 'Bank card products' },
        regulatoryCodes: b('BANK_CARDS'),
      },
      {
        code: 'PRODUCT-PAYMENT',
        name: { zh: '支付结算', en: 'Payment and settlement' },
        regulatoryCodes: b('PAYMENT_SETTLEMENT'),
      },
      {
        code: 'PRODUCT-CASH',
        name: { zh: '人民币现金服务', en: 'RMB cash services' },
        regulatoryCodes: b('RMB_CURRENCY'),
      },
      {
        code: 'PRODUCT-RETURNS',
        name: { zh: '产品收益', en: 'Product returns' },
        regulatoryCodes: c('PRODUCT_RETURN'),
      },
      {
        code: 'PRODUCT-OTHER',
        name: { zh: '其他业务', en: 'Other business' },
        regulatoryCodes: b('BUSINESS_OTHER'),
      },
    ],
  },
  {
    code: 'SERVICE',
    name: { zh: '服务类投诉', en: 'Service complaints' },
    departmentCode: 'CUSTOMER_SERVICE',
    children: [
      {
        code: 'SERVICE-ATTITUDE',
        name: { zh: '服务态度及服务质量', en: 'Service attitude and quality' },
        regulatoryCodes: c('SERVICE_ATTITUDE'),
      },
      {
        code: 'SERVICE-FACILITIES',
        name: { zh: '服务设施、设备与系统', en: 'Facilities, equipment and systems' },
        regulatoryCodes: c('FACILITIES'),
      },
      {
        code: 'SERVICE-MARKETING',
        name: { zh: '营销方式', en: 'Marketing practices' },
        regulatoryCodes: c('MARKETING'),
      },
      {
        code: 'SERVICE-DISCLOSURE',
        name: { zh: '信息披露', en: 'Information disclosure' },
        regulatoryCodes: c('DISCLOSURE'),
      },
      {
        code: 'SERVICE-CHOICE',
        name: { zh: '自主选择权', en: 'Freedom of choice' },
        regulatoryCodes: c('FREE_CHOICE'),
      },
      {
        code: 'SERVICE-COLLECTION',
        name: { zh: '债务催收', en: 'Debt collection' },
        severity: 'HIGH',
        regulatoryCodes: { ...c('DEBT_COLLECTION'), cfpbProduct: CFPB_EXAMPLE.product },
        children: [
          {
            code: 'SERVICE-COLLECTION-CARD',
            name: { zh: '信用卡欠款催收', en: 'Credit card debt' },
            severity: 'HIGH',
            regulatoryCodes: {
              ...b('BANK_CARDS'),
              ...c('DEBT_COLLECTION'),
              cfpbProduct: CFPB_EXAMPLE.product,
            },
            children: [
              {
                code: 'SERVICE-COLLECTION-CARD-NOT-OWED',
                name: { zh: '催收非本人所欠债务', en: 'Attempts to collect debt not owed' },
                severity: 'HIGH',
                regulatoryCodes: {
                  ...b('BANK_CARDS'),
                  ...c('DEBT_COLLECTION'),
                  cfpbProduct: CFPB_EXAMPLE.product,
                  cfpbIssue: CFPB_EXAMPLE.issue,
                },
              },
            ],
          },
          {
            code: 'SERVICE-COLLECTION-LOAN',
            name: { zh: '贷款欠款催收', en: 'Loan debt' },
            severity: 'HIGH',
            regulatoryCodes: { ...b('LOANS'), ...c('DEBT_COLLECTION'), cfpbProduct: CFPB_EXAMPLE.product },
          },
        ],
      },
    ],
  },
  {
    code: 'POLICY',
    name: { zh: '政策类投诉', en: 'Policy complaints' },
    departmentCode: 'POLICY',
    children: [
      {
        code: 'POLICY-RULES',
        name: { zh: '管理制度、业务规则与流程', en: 'Policies, business rules and processes' },
        regulatoryCodes: c('RULES_PROCESS'),
      },
      {
        code: 'POLICY-PRICING',
        name: { zh: '定价收费', en: 'Pricing and fees' },
        regulatoryCodes: c('PRICING_FEES'),
      },
      {
        code: 'POLICY-CONTRACT',
        name: { zh: '合同条款', en: 'Contract terms' },
        regulatoryCodes: c('CONTRACT_TERMS'),
      },
    ],
  },
  {
    code: 'OTHER',
    name: { zh: '其他投诉', en: 'Other complaints' },
    departmentCode: 'CUSTOMER_SERVICE',
    children: [
      {
        code: 'OTHER-FUNDS-SAFETY',
        name: { zh: '资金安全', en: 'Safety of funds' },
        severity: 'HIGH',
        regulatoryCodes: c('FUNDS_SAFETY'),
      },
      {
        code: 'OTHER-PERSONAL-INFO',
        name: { zh: '个人金融信息安全', en: 'Personal financial information security' },
        severity: 'HIGH',
        regulatoryCodes: { ...b('PERSONAL_FINANCIAL_INFO'), ...c('INFORMATION_SECURITY') },
      },
      { code: 'OTHER-MISC', name: { zh: '其他原因', en: 'Other causes' }, regulatoryCodes: c('CAUSE_OTHER') },
    ],
  },
];
