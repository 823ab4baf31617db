import type { AgreementMessages } from './zh-CN';

/** The agreement-text editor's texts, English. */
const agreement: AgreementMessages = {
  title: 'Agreement text',
  intro:
    'The clauses the customer reads before signing and that the signed PDF prints. Bodies may contain variables, filled with the case’s data at signing.',
  usingDefault:
    'This flow has no agreement text of its own: signing uses the default clauses (see the preview below).',
  customise: 'Customise the agreement text',
  useDefault: 'Back to the default text',
  bankName: 'Bank name',
  bankNameZh: 'Bank name (Chinese)',
  bankNameEn: 'Bank name (English)',
  bankNameHint: 'Empty: “the lender”.',
  clauses: 'Clauses',
  clause: 'Clause {n}',
  key: 'Clause key',
  keyOf: 'Key of clause {n}',
  titleZh: 'Chinese title',
  titleEn: 'English title',
  titleOf: '{lang} title of clause {n}',
  bodyZh: 'Chinese text',
  bodyEn: 'English text',
  bodyOf: '{lang} text of clause {n}',
  langs: { zh: 'Chinese', en: 'English' },
  insertVariable: 'Insert variable',
  insertInto: 'Insert a variable at the cursor in the {lang} text of clause {n}',
  moveUp: 'Move clause {n} up',
  moveDown: 'Move clause {n} down',
  remove: 'Remove clause {n}',
  addClause: 'Add clause',
  noClauses: 'No clauses yet.',
  problems: 'Problems in the agreement text',
  preview: 'Preview',
  previewLanguage: 'Preview language',
  previewNote: 'Sample data: customer 张三, case NEG-2026-000123, a 12-month equal-instalment plan.',
  previewLangs: { zh: '中文', en: 'English' },
  schedule: 'Repayment schedule',
  columns: {
    period: 'No.',
    dueDate: 'Due date',
    principal: 'Principal',
    interest: 'Interest',
    fee: 'Fee',
    total: 'Due',
  },
};

export default agreement;
