import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/lib/graphql-error';
import { joinShort, nameFormErrors, removedMembers, removedPermissions, toNameInput } from './access-changes';

const serverError = (fieldPath: (string | number)[]): AppError =>
  ({
    kind: 'server',
    code: 'BAD_USER_INPUT',
    messages: { zh: '中文名称须为 1–100 个字符。', en: 'The Chinese name must have 1–100 characters.' },
    problems: [
      {
        fieldPath,
        messages: { zh: '中文名称须为 1–100 个字符。', en: 'The Chinese name must have 1–100 characters.' },
      },
    ],
  }) as unknown as AppError;

describe('what a change takes away', () => {
  it('lists the permissions a save removes, not the ones it adds', () => {
    expect(removedPermissions(['case.read', 'case.work', 'audit.read'], ['case.read', 'flow.read'])).toEqual([
      'case.work',
      'audit.read',
    ]);
    expect(removedPermissions(['case.read'], ['case.read', 'case.work'])).toEqual([]);
  });

  it('lists the members a new list drops', () => {
    const members = [
      { id: 'a', username: 'alice' },
      { id: 'b', username: 'bob' },
      { id: 'c', username: 'carol' },
    ];
    expect(removedMembers(members, ['c', 'x']).map((m) => m.username)).toEqual(['alice', 'bob']);
    expect(removedMembers(members, ['a', 'b', 'c'])).toEqual([]);
  });

  it('shortens long lists with an ellipsis', () => {
    expect(joinShort(['a', 'b', 'c'], '、', 2)).toBe('a、b、…');
    expect(joinShort(['a', 'b'], ', ', 2)).toBe('a, b');
  });
});

describe('the rename form', () => {
  it('trims the names it sends', () => {
    expect(toNameInput({ nameZh: ' 信函组 ', nameEn: 'Letters ' })).toEqual({ zh: '信函组', en: 'Letters' });
  });

  it('puts a server error under its field, whether the path starts at name or at input', () => {
    expect(Object.keys(nameFormErrors(serverError(['name', 'zh'])))).toEqual(['nameZh']);
    expect(Object.keys(nameFormErrors(serverError(['input', 'name', 'zh'])))).toEqual(['nameZh']);
    expect(nameFormErrors(serverError(['code']))).toEqual({});
  });
});
