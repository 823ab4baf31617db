/**
 * The forms of the people screens: their models, how a model becomes GraphQL input, and which form
 * field a server error's `fieldPath` points at. Pure; the server's rules and messages decide validity.
 */
import type {
  CreateDepartmentInput,
  CreateQueueInput,
  CreateRoleInput,
  CreateUserInput,
  UpdateUserInput,
} from '../../../generated/graphql';
import { fieldMessages, type AppError, type FieldMessages } from '../../../shared/lib/graphql-error';

export interface UserForm {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  departments: string[];
}
export type UserField = keyof UserForm | 'active';

export function emptyUserForm(): UserForm {
  return { username: '', displayName: '', password: '', roles: [], departments: [] };
}

export function toCreateUserInput(form: UserForm): CreateUserInput {
  return {
    username: form.username.trim(),
    displayName: form.displayName.trim(),
    password: form.password,
    roles: [...form.roles],
    departments: [...form.departments],
  };
}

export function toUpdateUserInput(form: UserForm): UpdateUserInput {
  return { displayName: form.displayName.trim(), roles: [...form.roles], departments: [...form.departments] };
}

/** `roles.2` (an unknown role) shows under the roles picker, as does `roles` (a refusal). */
function listField<F extends string>(fields: [string, F][], lists: F[], error: AppError): FieldMessages<F> {
  const map = new Map<string, F>(fields);
  for (const list of lists) for (let i = 0; i < 50; i++) map.set(`${list}.${i}`, list);
  return fieldMessages(error, ['input'], map);
}

export function userFormErrors(error: AppError): FieldMessages<UserField> {
  return listField<UserField>(
    [
      ['username', 'username'],
      ['displayName', 'displayName'],
      ['password', 'password'],
      ['roles', 'roles'],
      ['departments', 'departments'],
      ['active', 'active'],
    ],
    ['roles', 'departments'],
    error,
  );
}

export interface RoleForm {
  key: string;
  nameZh: string;
  nameEn: string;
  permissions: string[];
}
export type RoleField = keyof RoleForm;

export function emptyRoleForm(): RoleForm {
  return { key: '', nameZh: '', nameEn: '', permissions: [] };
}

export function toCreateRoleInput(form: RoleForm): CreateRoleInput {
  return {
    key: form.key.trim(),
    name: { zh: form.nameZh.trim(), en: form.nameEn.trim() },
    permissions: [...form.permissions],
  };
}

export function roleFormErrors(error: AppError): FieldMessages<RoleField> {
  return listField<RoleField>(
    [
      ['key', 'key'],
      ['name.zh', 'nameZh'],
      ['name.en', 'nameEn'],
      ['permissions', 'permissions'],
    ],
    ['permissions'],
    error,
  );
}

export interface CodeNameForm {
  code: string;
  nameZh: string;
  nameEn: string;
}
export type CodeNameField = keyof CodeNameForm;

export function emptyCodeNameForm(): CodeNameForm {
  return { code: '', nameZh: '', nameEn: '' };
}

export function toCodeNameInput(form: CodeNameForm): CreateDepartmentInput & CreateQueueInput {
  return { code: form.code.trim(), name: { zh: form.nameZh.trim(), en: form.nameEn.trim() } };
}

export function codeNameFormErrors(error: AppError): FieldMessages<CodeNameField> {
  return fieldMessages(
    error,
    ['input'],
    new Map<string, CodeNameField>([
      ['code', 'code'],
      ['name.zh', 'nameZh'],
      ['name.en', 'nameEn'],
    ]),
  );
}
