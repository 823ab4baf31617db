import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/lib/graphql-error';
import { codeNameFormErrors, roleFormErrors, toCreateUserInput, userFormErrors } from './access-forms';

const problem = (fieldPath: (string | number)[], en: string): AppError => ({
  kind: 'server',
  code: 'BAD_USER_INPUT',
  messages: { zh: en, en },
  fieldPath,
  problems: [{ fieldPath, messages: { zh: en, en } }],
});

describe('access forms', () => {
  it('trims names and keeps the password as typed', () => {
    expect(
      toCreateUserInput({
        username: ' li.na ',
        displayName: ' 李娜 ',
        password: ' pw ',
        roles: ['agent'],
        departments: [],
      }),
    ).toEqual({
      username: 'li.na',
      displayName: '李娜',
      password: ' pw ',
      roles: ['agent'],
      departments: [],
    });
  });

  it('puts a server error under the field it names, list items under their list', () => {
    expect(userFormErrors(problem(['input', 'username'], 'bad'))).toEqual({
      username: { zh: 'bad', en: 'bad' },
    });
    expect(userFormErrors(problem(['input', 'roles', 1], 'unknown role'))).toHaveProperty('roles');
    expect(userFormErrors(problem(['input', 'roles'], 'refused'))).toHaveProperty('roles');
    expect(roleFormErrors(problem(['input', 'name', 'en'], 'x'))).toHaveProperty('nameEn');
    expect(roleFormErrors(problem(['input', 'permissions'], 'x'))).toHaveProperty('permissions');
    expect(codeNameFormErrors(problem(['input', 'code'], 'x'))).toHaveProperty('code');
    // An error on no field of the form maps to nothing (the page shows it as a toast).
    expect(userFormErrors(problem(['id'], 'x'))).toEqual({});
  });
});
