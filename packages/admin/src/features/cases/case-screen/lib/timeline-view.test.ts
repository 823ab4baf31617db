import { describe, expect, it } from 'vitest';
import { actorText, eventDetails, fieldLabels, formatValue } from './timeline-view';

const WORDS = { customer: '客户', system: '系统', apiClient: '外部系统', unknownUser: '已删除的用户' };

const STEPS = [
  {
    key: 'apply',
    form: {
      fields: [
        { name: 'customerName', label: { zh: '客户姓名', en: 'Customer name' } },
        { name: 'amountOwedFen', label: { zh: '欠款金额', en: 'Amount owed' } },
      ],
    },
  },
  { key: 'review', form: { fields: [{ name: 'customerName', label: { zh: '另一个标签', en: 'Other' } }] } },
  { key: 'call', form: null },
];

describe('timeline view', () => {
  it('names staff by name and the customer as the customer, never by key', () => {
    expect(actorText({ kind: 'USER', displayName: '王经理' }, WORDS)).toBe('王经理');
    expect(actorText({ kind: 'USER', displayName: null }, WORDS)).toBe('已删除的用户');
    expect(actorText({ kind: 'CUSTOMER', displayName: null }, WORDS)).toBe('客户');
    expect(actorText({ kind: 'SYSTEM' }, WORDS)).toBe('系统');
    expect(actorText({ kind: 'API_CLIENT', displayName: 'crm-bridge' }, WORDS)).toBe('外部系统 crm-bridge');
  });

  it('labels form fields in the page’s language; the first form that defines a name wins', () => {
    expect(fieldLabels(STEPS, 'zh-CN').get('customerName')).toBe('客户姓名');
    expect(fieldLabels(STEPS, 'en').get('amountOwedFen')).toBe('Amount owed');
  });

  it('expands a completed form into its answers under their labels, and a review into outcome and note', () => {
    const labels = fieldLabels(STEPS, 'zh-CN');
    expect(
      eventDetails(
        'stepCompleted',
        {
          stepKey: 'apply',
          outcome: 'submitted',
          data: { customerName: '张*', hardship: ['illness', 'job'], x: null },
        },
        labels,
      ),
    ).toEqual([
      { label: '客户姓名', value: '张*' },
      { label: 'hardship', value: 'illness、job' },
      { label: 'x', value: '—' },
    ]);
    expect(
      eventDetails(
        'stepCompleted',
        { stepKey: 'review', outcome: 'rejected', data: {}, note: '材料不全' },
        labels,
      ),
    ).toEqual([
      { key: 'outcome', valueKey: 'rejected' },
      { key: 'note', value: '材料不全' },
    ]);
  });

  it('expands a call into channel, masked contact, answered and summary', () => {
    expect(
      eventDetails(
        'communicationLogged',
        { channel: 'phone', contact: '138****8000', answered: false, summary: '未接通' },
        new Map(),
      ),
    ).toEqual([
      { key: 'channel', value: 'phone' },
      { key: 'contact', value: '138****8000' },
      { key: 'answered', valueKey: 'no' },
      { key: 'summary', value: '未接通' },
    ]);
  });

  it('shows comments, answers and reasons; events without any have no details', () => {
    expect(eventDetails('commentAdded', { text: '已致电' }, new Map())).toEqual([
      { key: 'comment', value: '已致电' },
    ]);
    expect(
      eventDetails('customerResponded', { response: 'changes-requested', comment: '期数再长些' }, new Map()),
    ).toEqual([
      { key: 'response', valueKey: 'changesRequested' },
      { key: 'comment', value: '期数再长些' },
    ]);
    expect(eventDetails('offerApprovalDecided', { approved: true, comment: null }, new Map())).toEqual([
      { key: 'outcome', valueKey: 'approved' },
    ]);
    expect(eventDetails('caseCancelled', { reason: '客户撤诉' }, new Map())).toEqual([
      { key: 'reason', value: '客户撤诉' },
    ]);
    expect(eventDetails('stepActivated', { stepKey: 'apply' }, new Map())).toEqual([]);
    expect(eventDetails('commentAdded', { text: '  ' }, new Map())).toEqual([]);
    expect(eventDetails('caseOpened', null, new Map())).toEqual([]);
  });

  it('formats values for reading', () => {
    expect(formatValue(5_000_000)).toBe('5000000');
    expect(formatValue(true)).toBe('true');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
  });
});
