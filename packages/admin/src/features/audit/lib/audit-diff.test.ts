import { describe, expect, it } from 'vitest';
import { auditDiff, formatValue, LONG_TEXT } from './audit-diff';

describe('auditDiff', () => {
  it('shows a rename as one changed text, both languages before and after', () => {
    const diff = auditDiff({
      before: { name: { zh: '卡费', en: 'Card fees' } },
      after: { name: { zh: '信用卡费用', en: 'Credit card fees' } },
    });
    expect(diff.changes).toEqual([
      {
        path: 'name',
        kind: 'changed',
        before: { zh: '卡费', en: 'Card fees' },
        after: { zh: '信用卡费用', en: 'Credit card fees' },
        long: false,
      },
    ]);
    expect(diff.facts).toEqual([]);
  });

  it('walks nested paths and tells added, removed and changed apart', () => {
    const diff = auditDiff({
      before: { routing: { departmentCode: 'CS', queueCode: null }, severity: 'LOW', requiredFields: ['a'] },
      after: { routing: { departmentCode: 'PRODUCT', queueCode: 'GENERAL' }, requiredFields: ['a', 'b'] },
    });
    expect(diff.changes.map((c) => [c.path, c.kind])).toEqual([
      ['routing.departmentCode', 'changed'],
      ['routing.queueCode', 'added'],
      ['severity', 'removed'],
      ['requiredFields', 'changed'],
    ]);
    expect(diff.changes[2]).toMatchObject({ before: 'LOW' });
    expect(diff.changes[2]).not.toHaveProperty('after');
  });

  it('matches array items by key, so a reordered list changes only what changed', () => {
    const diff = auditDiff({
      before: {
        steps: [
          { key: 'a', n: 1 },
          { key: 'b', n: 2 },
        ],
      },
      after: {
        steps: [
          { key: 'b', n: 3 },
          { key: 'a', n: 1 },
        ],
      },
    });
    expect(diff.changes).toEqual([{ path: 'steps[b].n', kind: 'changed', before: 2, after: 3, long: false }]);
  });

  it('lists every field of a creation as added and of a deletion as removed', () => {
    const created = auditDiff({ after: { code: 'X', active: true } });
    expect(created.changes.map((c) => [c.path, c.kind, c.after])).toEqual([
      ['code', 'added', 'X'],
      ['active', 'added', true],
    ]);
    const deleted = auditDiff({ before: { code: 'X' } });
    expect(deleted.changes).toEqual([{ path: 'code', kind: 'removed', before: 'X', long: false }]);
  });

  it('marks long or multi-line texts to be shown side by side', () => {
    const long = 'x'.repeat(LONG_TEXT + 1);
    const diff = auditDiff({ before: { notes: 'short' }, after: { notes: long } });
    expect(diff.changes[0]!.long).toBe(true);
    expect(auditDiff({ before: { t: 'a' }, after: { t: 'a\nb' } }).changes[0]!.long).toBe(true);
    expect(auditDiff({ before: { t: 'a' }, after: { t: 'b' } }).changes[0]!.long).toBe(false);
  });

  it('keeps the other recorded facts as flattened paths, as stored (masked values stay masked)', () => {
    const diff = auditDiff({
      version: 3,
      contentHash: 'abc',
      changes: { displayName: '王*', roles: ['agent'] },
      reason: 'parent missing',
    });
    expect(diff.changes).toEqual([]);
    expect(diff.facts).toEqual([
      { path: 'version', value: 3 },
      { path: 'contentHash', value: 'abc' },
      { path: 'changes.displayName', value: '王*' },
      { path: 'changes.roles', value: ['agent'] },
      { path: 'reason', value: 'parent missing' },
    ]);
  });

  it('has nothing to show for an entry without details', () => {
    expect(auditDiff(null)).toEqual({ changes: [], facts: [] });
    expect(auditDiff('text')).toEqual({ changes: [], facts: [] });
  });
});

describe('formatValue', () => {
  it('says values in one line', () => {
    expect(formatValue({ zh: '服务', en: 'Service' })).toBe('服务 / Service');
    expect(formatValue(['a', 'b'])).toBe('a, b');
    expect(formatValue([])).toBe('[]');
    expect(formatValue(null)).toBe('—');
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue(false)).toBe('false');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
  });
});
