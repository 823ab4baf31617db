import { describe, expect, it } from 'vitest';
import { buildSchema as buildGraphQLSchema } from 'graphql';
import { buildSchema, loadTypeDefs } from './schema';
import { FIELD_ACCESS, TYPE_READ_ACCESS, isAllowed } from './authorization';
import { PERMISSIONS, BUILT_IN_ROLES, type Permission } from '../features/access/permissions';

describe('the authorization map', () => {
  const contract = buildGraphQLSchema(loadTypeDefs());

  it('covers every root field (the schema builds) and names only fields that exist', () => {
    expect(() => buildSchema()).not.toThrow();
    for (const key of Object.keys(FIELD_ACCESS)) {
      const [typeName, fieldName] = key.split('.') as [string, string];
      const type = contract.getType(typeName);
      expect(type && 'getFields' in type ? Object.keys(type.getFields()) : [], key).toContain(fieldName);
    }
    for (const typeName of Object.keys(TYPE_READ_ACCESS))
      expect(contract.getType(typeName), typeName).toBeDefined();
  });

  it('uses only permissions of the catalogue', () => {
    for (const access of [...Object.values(FIELD_ACCESS), ...Object.values(TYPE_READ_ACCESS)]) {
      if (access !== 'public' && access !== 'authenticated')
        expect(Object.keys(PERMISSIONS)).toContain(access);
    }
  });

  it('decides by permission, and never lets the anonymous past an authenticated field', () => {
    const agent = BUILT_IN_ROLES.find((r) => r.key === 'agent')!;
    const viewer = {
      kind: 'user' as const,
      userId: 'u',
      username: 'agent',
      permissions: new Set<Permission>(agent.permissions),
      departments: [],
    };
    expect(isAllowed(viewer, 'category.read')).toBe(true);
    expect(isAllowed(viewer, 'category.write')).toBe(false);
    expect(isAllowed({ kind: 'anonymous' }, 'authenticated')).toBe(false);
    expect(isAllowed({ kind: 'anonymous' }, 'public')).toBe(true);
  });
});
