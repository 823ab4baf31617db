// @vitest-environment happy-dom
/**
 * The people stores against the shared fake network: users page by keyset (the next page starts at the
 * previous page's end cursor, a new search starts over), role drafts hold matrix edits until saved
 * and send the role's whole list once, a refusal comes back as an outcome with the server's words.
 */
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount, flushPromises } from '@vue/test-utils';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import type { Operation } from '@urql/core';
import { createUrqlClient } from '../../app/urql-client';
import { answer, fakeExchange, operationName, refusal } from '../../test/fake-urql';
import { useAccessUsersStore } from './users.store';
import { useAccessRolesStore } from './roles.store';

const user = (username: string) => ({
  __typename: 'User',
  id: `id-${username}`,
  username,
  displayName: username.toUpperCase(),
  active: true,
  roles: [],
  departments: [],
});

function setup(respond: (op: Operation) => ReturnType<typeof answer>) {
  const sent: Operation[] = [];
  const client = createUrqlClient({
    getLocale: () => 'zh-CN',
    exchanges: [
      fakeExchange((op) => {
        sent.push(op);
        return respond(op);
      }),
    ],
  });
  let stores!: {
    users: ReturnType<typeof useAccessUsersStore>;
    roles: ReturnType<typeof useAccessRolesStore>;
  };
  const Host = defineComponent({
    setup() {
      stores = { users: useAccessUsersStore(), roles: useAccessRolesStore() };
      return () => h('div');
    },
  });
  mount(Host, { global: { plugins: [createPinia(), [urql, client]] } });
  return { stores, sent };
}

describe('users store', () => {
  it('reads the next page after the end cursor and restarts on a new search', async () => {
    const { stores, sent } = setup((op) => {
      const after = (op.variables as { after?: string | null }).after;
      const page = after === 'c2' ? [user('carol')] : [user('alice'), user('bob')];
      return answer(op, {
        users: {
          totalCount: 3,
          edges: page.map((node) => ({ node })),
          pageInfo: { hasNextPage: after !== 'c2', endCursor: after === 'c2' ? 'c3' : 'c2' },
        },
      });
    });
    await stores.users.load();
    expect(stores.users.rows.map((u) => u.username)).toEqual(['alice', 'bob']);
    expect(stores.users.hasNextPage).toBe(true);
    await stores.users.loadMore();
    expect(stores.users.rows.map((u) => u.username)).toEqual(['alice', 'bob', 'carol']);
    expect(stores.users.hasNextPage).toBe(false);
    stores.users.search = '  bo ';
    await stores.users.load();
    expect(stores.users.rows.map((u) => u.username)).toEqual(['alice', 'bob']);
    expect(sent.map((o) => o.variables)).toEqual([
      { first: 50, after: null, search: null },
      { first: 50, after: 'c2', search: null },
      { first: 50, after: null, search: 'bo' },
    ]);
  });

  it('returns a refused reset as an outcome carrying both languages', async () => {
    const { stores } = setup((op) =>
      refusal(op, 'FORBIDDEN', {
        zh: '不能授予自己没有的权限：audit.read。',
        en: 'You cannot grant … audit.read.',
      }),
    );
    const outcome = await stores.users.resetPassword('id-x');
    expect(outcome).toMatchObject({
      ok: false,
      error: { kind: 'server', code: 'FORBIDDEN', messages: { zh: '不能授予自己没有的权限：audit.read。' } },
    });
  });
});

describe('roles store', () => {
  const ROLES = {
    roles: [
      {
        __typename: 'Role',
        key: 'readers',
        name: { zh: '读', en: 'R' },
        permissions: ['case.read'],
        builtIn: false,
      },
    ],
    permissions: [
      { key: 'case.read', group: 'CASES', description: { zh: '读', en: 'Read' } },
      { key: 'case.work', group: 'CASES', description: { zh: '办', en: 'Work' } },
    ],
  };

  it('keeps matrix edits as a draft, drops a draft that returns to the saved list, saves the whole list once', async () => {
    const { stores, sent } = setup((op) => {
      if (operationName(op) === 'AccessRoles') return answer(op, ROLES);
      return answer(op, {
        updateRole: {
          ...ROLES.roles[0],
          permissions: (op.variables as { input: { permissions: string[] } }).input.permissions,
        },
      });
    });
    await stores.roles.load();
    await flushPromises();
    const role = stores.roles.roles[0]!;
    stores.roles.toggle(role, 'case.work', true);
    expect(stores.roles.permissionsOf(role)).toEqual(['case.read', 'case.work']);
    stores.roles.toggle(role, 'case.work', false);
    expect(stores.roles.drafts).toEqual({});
    stores.roles.toggle(role, 'case.work', true);
    stores.roles.toggle(role, 'case.read', false);
    const saved = await stores.roles.save('readers');
    expect(saved.ok).toBe(true);
    expect(stores.roles.drafts).toEqual({});
    expect(stores.roles.roles[0]!.permissions).toEqual(['case.work']);
    const mutation = sent.find((o) => o.kind === 'mutation')!;
    expect(mutation.variables).toEqual({ key: 'readers', input: { permissions: ['case.work'] } });
  });
});
