import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  childrenOf,
  chosenCategory,
  complaintProblems,
  customerOf,
  daysLeft,
  deadlineDay,
  fieldOfPath,
  filesProblem,
  toBase64,
  type CategoryNode,
} from './complaint-form';

const TREE: CategoryNode[] = [
  {
    id: 'cards',
    name: { zh: '银行卡', en: 'Bank cards' },
    children: [{ id: 'fees', name: { zh: '年费', en: 'Fees' } }],
  },
  { id: 'branch', name: { zh: '网点服务', en: 'Branch service' }, children: [] },
];
const VALID = { categoryId: 'fees', text: '年费被扣', name: ' 李四 ', phone: '138 0013 8000', idNumber: '' };

describe('complaint form checks', () => {
  it('accepts a complete complaint and normalises the contact details like the server', () => {
    expect(complaintProblems(VALID, []).size).toBe(0);
    expect(customerOf(VALID)).toEqual({ name: '李四', phone: '13800138000' });
    expect(customerOf({ ...VALID, idNumber: '11010519491231002x' }).idNumber).toBe('11010519491231002X');
  });

  it('names each missing or wrong field', () => {
    const problems = complaintProblems(
      { categoryId: '', text: '  ', name: '', phone: '12345', idNumber: '123' },
      [],
    );
    expect([...problems.keys()].sort()).toEqual(['categoryId', 'idNumber', 'name', 'phone', 'text']);
    expect(complaintProblems({ ...VALID, text: '长'.repeat(4001) }, []).has('text')).toBe(true);
    expect(complaintProblems({ ...VALID, text: '长'.repeat(4000) }, []).has('text')).toBe(false);
  });

  it('checks the files: at most five, 5 MB each, accepted types only', () => {
    const png = { name: 'a.png', type: 'image/png', size: 10 };
    expect(filesProblem([png])).toBeNull();
    expect(filesProblem(Array.from({ length: 6 }, () => png))?.en).toMatch(/At most 5/);
    expect(filesProblem([{ ...png, size: MAX_FILE_BYTES + 1 }])?.en).toMatch(/5 MB/);
    expect(filesProblem([{ name: 'a.exe', type: 'application/x-msdownload', size: 1 }])?.zh).toMatch(
      /仅支持/,
    );
    expect(complaintProblems(VALID, [{ ...png, size: MAX_FILE_BYTES + 1 }]).has('attachments')).toBe(true);
  });

  it("maps the server's field paths onto the form's fields", () => {
    expect(fieldOfPath(['input', 'text'])).toBe('text');
    expect(fieldOfPath(['input', 'customer', 'phone'])).toBe('phone');
    expect(fieldOfPath(['input', 'attachments', 1, 'contentBase64'])).toBe('attachments');
    expect(fieldOfPath(['input', 'categoryId'])).toBe('categoryId');
    expect(fieldOfPath(['idempotencyKey'])).toBeNull();
  });

  it('files a complaint under the sub-category when the top one has some', () => {
    expect(childrenOf(TREE, 'cards').map((c) => c.id)).toEqual(['fees']);
    expect(chosenCategory(TREE, 'cards', '')).toBe('');
    expect(chosenCategory(TREE, 'cards', 'fees')).toBe('fees');
    expect(chosenCategory(TREE, 'cards', 'elsewhere')).toBe('');
    expect(chosenCategory(TREE, 'branch', '')).toBe('branch');
    expect(chosenCategory(TREE, '', '')).toBe('');
  });

  it('counts calendar days left in Asia/Shanghai to the last day of the deadline', () => {
    // Received 6 Dec 21:09 Beijing time; due at the end of 21 Dec (00:00 on the 22nd, Beijing).
    const deadline = '2026-12-21T16:00:00Z';
    expect(deadlineDay(deadline)).toBe('2026-12-21');
    expect(daysLeft(deadline, new Date('2026-12-06T13:09:00Z'))).toBe(15);
    // 23:30 on the 6th in Beijing is still the 6th; 00:30 on the 7th is the 7th.
    expect(daysLeft(deadline, new Date('2026-12-06T15:30:00Z'))).toBe(15);
    expect(daysLeft(deadline, new Date('2026-12-06T16:30:00Z'))).toBe(14);
    expect(daysLeft(deadline, new Date('2026-12-21T10:00:00Z'))).toBe(0);
    expect(daysLeft(deadline, new Date('2026-12-21T16:00:00Z'))).toBeNull();
    expect(toBase64(new TextEncoder().encode('投诉'))).toBe(Buffer.from('投诉').toString('base64'));
  });
});
