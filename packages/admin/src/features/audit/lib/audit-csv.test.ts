import { describe, expect, it } from 'vitest';
import { auditCsv, csvField } from './audit-csv';

describe('the audit log as CSV', () => {
  it('writes a header and one row per entry, Shanghai time, words and raw details', () => {
    const csv = auditCsv(
      [
        {
          at: '2026-12-06T01:30:05.000Z',
          action: 'category.rename',
          entityType: 'ComplaintCategory',
          entityKey: 'FEES',
          actor: 'sup.wang',
          actorName: '王主管',
          details: { before: { name: 'a' }, after: { name: 'b' } },
        },
      ],
      'zh-CN',
    );
    expect(csv.startsWith('\uFEFF时间（北京时间）,操作人,')).toBe(true);
    const row = csv.split('\r\n')[1]!;
    expect(row).toBe(
      '2026-12-06 09:30:05,王主管,sup.wang,重命名了投诉分类 FEES,投诉分类,FEES,category.rename,"{""before"":{""name"":""a""},""after"":{""name"":""b""}}"',
    );
  });

  it('quotes commas and line breaks and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('plain')).toBe('plain');
  });
});
