import { describe, expect, it } from 'vitest';
import { evaluateFormState, validateFormData } from '../../src/index';
import type { FormDefinition } from '../../src/index';

const t = (zh: string, en: string) => ({ zh, en });

const form: FormDefinition = {
  key: 'everything',
  title: t('全部字段', 'All fields'),
  elements: [
    { type: 'text', name: 'name', title: t('姓名', 'Name'), isRequired: true, minLength: 2, maxLength: 4 },
    { type: 'textarea', name: 'note', title: t('备注', 'Note'), maxLength: 10 },
    { type: 'number', name: 'count', title: t('数量', 'Count'), integer: true, min: 1, max: 9 },
    { type: 'money', name: 'amountFen', title: t('金额', 'Amount'), minFen: 100, maxFen: 1_000_000 },
    { type: 'date', name: 'due', title: t('日期', 'Date'), min: '2026-01-01' },
    {
      type: 'select',
      name: 'kind',
      title: t('类型', 'Kind'),
      isRequired: true,
      choices: [
        { value: 'personal', text: t('个人', 'Personal') },
        { value: 'business', text: t('企业', 'Business') },
        { value: 'vip', text: t('贵宾', 'VIP'), visibleWhen: { '>=': [{ var: 'data.amountFen' }, 500_000] } },
      ],
    },
    {
      type: 'multi-select',
      name: 'tags',
      title: t('标签', 'Tags'),
      minSelected: 1,
      maxSelected: 2,
      choices: [
        { value: 'a', text: t('甲', 'A') },
        { value: 'b', text: t('乙', 'B') },
        { value: 'c', text: t('丙', 'C') },
      ],
    },
    { type: 'phone', name: 'mobile', title: t('手机', 'Mobile') },
    { type: 'prc-id', name: 'idNumber', title: t('身份证', 'ID') },
    { type: 'bank-card', name: 'card', title: t('银行卡', 'Card') },
    {
      type: 'file',
      name: 'files',
      title: t('附件', 'Files'),
      maxFiles: 1,
      maxSizeBytes: 1000,
      accept: ['image/*'],
    },
    { type: 'rating', name: 'stars', title: t('评分', 'Stars'), rateMin: 1, rateMax: 5 },
    {
      type: 'text',
      name: 'companyName',
      title: t('企业名称', 'Company'),
      visibleWhen: { '==': [{ var: 'data.kind' }, 'business'] },
      requiredWhen: { '==': [{ var: 'data.kind' }, 'business'] },
    },
  ],
};

const codes = (data: Record<string, unknown>) =>
  validateFormData(form, data).problems.map((p) => `${p.code} ${p.path}`);

describe('validateFormData', () => {
  it('accepts good data and keeps only visible fields', () => {
    const result = validateFormData(form, {
      name: '张三',
      kind: 'personal',
      companyName: 'left over from an earlier choice',
      amountFen: 12_345,
      due: '2026-02-28',
      tags: ['a'],
      mobile: '13800138000',
      idNumber: '11010519491231002X',
      card: '4111111111111111',
      files: [{ id: 'f1', name: 'a.png', sizeBytes: 10, mime: 'image/png' }],
      stars: 5,
    });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.values).not.toHaveProperty('companyName');
  });

  it('reports required fields, including those required by a rule', () => {
    expect(codes({ kind: 'business' })).toEqual(['REQUIRED data.name', 'REQUIRED data.companyName']);
  });

  it('reports every type problem with its path', () => {
    expect(
      codes({
        name: '张',
        note: '一二三四五六七八九十十一',
        count: 2.5,
        amountFen: 99.5,
        due: '2026-02-30',
        kind: 'nobody',
        tags: ['a', 'a', 'z'],
        mobile: '12345',
        idNumber: '110105194912310021',
        card: '4111111111111112',
        files: [{ id: 'f', name: 'big.pdf', sizeBytes: 5000, mime: 'application/pdf' }, { id: 'g' }],
        stars: 6,
        extra: 1,
      }),
    ).toEqual([
      'UNKNOWN_FIELD data.extra',
      'TOO_SHORT data.name',
      'TOO_LONG data.note',
      'NOT_INTEGER data.count',
      'NOT_FEN data.amountFen',
      'INVALID_DATE data.due',
      'UNKNOWN_OPTION data.kind',
      'DUPLICATE_OPTION data.tags[1]',
      'UNKNOWN_OPTION data.tags[2]',
      'TOO_MANY_SELECTED data.tags',
      'INVALID_PHONE data.mobile',
      'INVALID_PRC_ID data.idNumber',
      'INVALID_BANK_CARD data.card',
      'TOO_MANY_FILES data.files',
      'FILE_TOO_LARGE data.files[0]',
      'FILE_TYPE_NOT_ALLOWED data.files[0]',
      'INVALID_FILE data.files[1]',
      'RATING_OUT_OF_RANGE data.stars',
    ]);
  });

  it('counts characters, not UTF-16 units, for length limits', () => {
    expect(codes({ name: '𠀀𠀀', kind: 'personal' })).toEqual([]);
  });

  it('checks ranges and wrong value shapes', () => {
    expect(
      codes({ name: '张三', kind: 'personal', amountFen: 50, count: 10, due: '2025-12-31', tags: [] }),
    ).toEqual(['ABOVE_MAX data.count', 'BELOW_MIN data.amountFen', 'BELOW_MIN data.due']);
    expect(codes({ name: 7, kind: ['personal'], amountFen: '100', tags: 'a', stars: '5' })).toEqual([
      'WRONG_TYPE data.name',
      'WRONG_TYPE data.amountFen',
      'WRONG_TYPE data.kind',
      'WRONG_TYPE data.tags',
      'WRONG_TYPE data.stars',
    ]);
  });

  it('offers options by rule: VIP only for large amounts', () => {
    expect(codes({ name: '张三', kind: 'vip', amountFen: 100_000 })).toEqual([
      'OPTION_NOT_AVAILABLE data.kind',
    ]);
    expect(codes({ name: '张三', kind: 'vip', amountFen: 600_000 })).toEqual([]);
  });

  it('lets rules read the case data the form is filled in', () => {
    const gated: FormDefinition = {
      key: 'g',
      title: t('g', 'g'),
      elements: [
        {
          type: 'textarea',
          name: 'reason',
          title: t('原因', 'Reason'),
          requiredWhen: { '>': [{ var: 'data.amountOwedFen' }, 1000] },
        },
      ],
    };
    expect(
      validateFormData(gated, {}, { caseData: { amountOwedFen: 5000 } }).problems.map((p) => p.code),
    ).toEqual(['REQUIRED']);
    expect(validateFormData(gated, {}, { caseData: { amountOwedFen: 10 } }).ok).toBe(true);
  });

  it('gives messages in both languages with the field title', () => {
    const [problem] = validateFormData(form, { kind: 'personal' }).problems;
    expect(problem?.message).toEqual({ zh: '「姓名」为必填项', en: 'Name is required' });
  });
});

describe('evaluateFormState', () => {
  it('says what to show, what is required and which options are offered', () => {
    const state = evaluateFormState(form, { kind: 'business', amountFen: 100 });
    const company = state.find((s) => s.field.name === 'companyName');
    const kind = state.find((s) => s.field.name === 'kind');
    expect(company).toMatchObject({ visible: true, required: true });
    expect(kind?.choices?.map((c) => c.value)).toEqual(['personal', 'business']);
  });
});
