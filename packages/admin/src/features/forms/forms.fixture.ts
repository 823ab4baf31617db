/** Form definitions for the forms feature's tests: one field of every engine type, with rules. */
import {
  defaultRegistry,
  defineFieldType,
  type FormContext,
  type FormDefinition,
  type PluginField,
} from '@parley/engine';

const text = (zh: string, en: string) => ({ zh, en });
const choice = (value: string, zh: string, en: string) => ({ value, text: text(zh, en) });

export const EVERY_TYPE_FORM: FormDefinition = {
  key: 'every-type',
  title: text('全部字段类型', 'Every field type'),
  elements: [
    {
      type: 'text',
      name: 'name',
      title: text('姓名', 'Name'),
      isRequired: true,
      minLength: 2,
      maxLength: 20,
    },
    { type: 'textarea', name: 'story', title: text('情况说明', 'Story'), maxLength: 500 },
    { type: 'number', name: 'children', title: text('子女人数', 'Children'), min: 0, max: 20, integer: true },
    {
      type: 'money',
      name: 'owedFen',
      title: text('欠款金额', 'Amount owed'),
      minFen: 100,
      maxFen: 100_000_000,
    },
    {
      type: 'date',
      name: 'since',
      title: text('逾期开始日', 'Overdue since'),
      min: '2020-01-01',
      max: '2026-12-31',
    },
    {
      type: 'select',
      name: 'matter',
      title: text('协商事项', 'Matter'),
      isRequired: true,
      choices: [
        choice('overdue', '逾期还款', 'Overdue repayment'),
        choice('loan', '贷款', 'Loan'),
        // Offered only for large debts (an option driven by a rule).
        {
          ...choice('settle', '一次性结清', 'Settlement'),
          visibleWhen: { '>=': [{ var: 'data.owedFen' }, 1_000_000] },
        },
      ],
    },
    {
      type: 'multi-select',
      name: 'hardship',
      title: text('困难原因', 'Hardship'),
      visibleWhen: { '==': [{ var: 'data.matter' }, 'overdue'] },
      requiredWhen: { '==': [{ var: 'data.matter' }, 'overdue'] },
      choices: [choice('illness', '疾病', 'Illness'), choice('job', '失业', 'Job loss')],
      maxSelected: 2,
    },
    { type: 'phone', name: 'mobile', title: text('手机号码', 'Mobile') },
    { type: 'prc-id', name: 'idNumber', title: text('身份证号', 'ID number'), sensitive: true },
    { type: 'bank-card', name: 'card', title: text('银行卡号', 'Bank card'), sensitive: true },
    {
      type: 'file',
      name: 'proof',
      title: text('证明材料', 'Proof'),
      maxFiles: 3,
      accept: ['application/pdf'],
    },
    { type: 'rating', name: 'service', title: text('服务评分', 'Service'), rateMin: 1, rateMax: 5 },
    {
      type: 'matrix',
      name: 'aspects',
      title: text('各项评价', 'Aspects'),
      rows: [choice('speed', '速度', 'Speed'), choice('manner', '态度', 'Manner')],
      columns: [choice('good', '好', 'Good'), choice('bad', '差', 'Bad')],
    },
    { type: 'x-signature', name: 'sig', title: text('签名（插件）', 'Signature (plug-in)') },
  ],
};

/** A plug-in field type, as a host would register it: a signature captured as text. */
export const SIGNATURE_FIELD = defineFieldType<PluginField>({
  type: 'x-signature',
  label: text('签名', 'Signature'),
  valueType: () => 'string',
  validateValue: (value) =>
    typeof value === 'string' && value.length >= 2
      ? []
      : [{ code: 'BAD_SIGNATURE', path: '', message: text('签名无效', 'Invalid signature') }],
});

export const FIXTURE_CONTEXT: FormContext = { registry: defaultRegistry.with(SIGNATURE_FIELD) };
