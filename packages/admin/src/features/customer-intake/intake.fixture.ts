/** A small intake form shaped like the Minsheng application (tests only). */
import type { FormDefinition } from '@parley/engine';

export const APPLICATION_FORM: FormDefinition = {
  key: 'application',
  title: { zh: '协商申请', en: 'Negotiation request' },
  elements: [
    {
      type: 'text',
      name: 'customerName',
      title: { zh: '姓名', en: 'Name' },
      isRequired: true,
      maxLength: 50,
    },
    { type: 'phone', name: 'mobile', title: { zh: '手机号码', en: 'Mobile number' }, isRequired: true },
    {
      type: 'select',
      name: 'matter',
      title: { zh: '协商事项', en: 'Matter' },
      isRequired: true,
      choices: [
        { value: 'overdue-repayment', text: { zh: '逾期还款协商', en: 'Overdue repayment' } },
        { value: 'loan', text: { zh: '贷款', en: 'Loan' } },
      ],
    },
    {
      type: 'money',
      name: 'amountOwedFen',
      title: { zh: '欠款金额', en: 'Amount owed' },
      minFen: 1,
      visibleWhen: { '==': [{ var: 'data.matter' }, 'overdue-repayment'] },
      requiredWhen: { '==': [{ var: 'data.matter' }, 'overdue-repayment'] },
    },
    {
      type: 'multi-select',
      name: 'hardship',
      title: { zh: '困难原因', en: 'Reasons for hardship' },
      visibleWhen: { '==': [{ var: 'data.matter' }, 'overdue-repayment'] },
      choices: [
        { value: 'illness', text: { zh: '疾病', en: 'Illness' } },
        { value: 'other', text: { zh: '其他', en: 'Other' } },
      ],
    },
    { type: 'textarea', name: 'description', title: { zh: '情况说明', en: 'Description' }, isRequired: true },
    { type: 'file', name: 'attachments', title: { zh: '证明材料', en: 'Supporting documents' } },
  ],
};
