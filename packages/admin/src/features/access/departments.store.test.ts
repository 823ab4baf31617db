// @vitest-environment happy-dom
/**
 * The departments store against the shared fake network: it loads the departments, renames and deletes
 * departments and queues and replaces members with one mutation each, keeps its list in step with what
 * the server answered, and leaves the list alone when the server refuses (the refusal comes back as an
 * outcome carrying both languages).
 */
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import type { Operation, OperationResult } from '@urql/core';
import { createUrqlClient } from '../../app/urql-client';
import { answer, fakeExchange, operationName, refusal } from '../../test/fake-urql';
import { useAccessDepartmentsStore } from './departments.store';

const queue = (code: string, zh: string, en: string) => ({
  __typename: 'Queue',
  id: `q-${code}`,
  code,
  name: { __typename: 'LocalizedText', zh, en },
});
const department = (code: string, zh: string, en: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Department',
  code,
  name: { __typename: 'LocalizedText', zh, en },
  queues: [queue('GENERAL', '综合', 'General'), queue('DESK', '柜台', 'Desk')],
  members: [],
  routedCategories: [],
  ...extra,
});
const LIST = {
  departments: [department('LETTERS', '信函组', 'Letters'), department('POLICY', '政策部门', 'Policy')],
};

function setup(respond: (op: Operation) => OperationResult | undefined) {
  const sent: Operation[] = [];
  const client = createUrqlClient({
    getLocale: () => 'zh-CN',
    exchanges: [
      fakeExchange((op) => {
        sent.push(op);
        if (operationName(op) === 'AccessDepartments') return answer(op, LIST);
        return respond(op) ?? refusal(op, 'INTERNAL_SERVER_ERROR');
      }),
    ],
  });
  let store!: ReturnType<typeof useAccessDepartmentsStore>;
  const Host = defineComponent({
    setup() {
      store = useAccessDepartmentsStore();
      return () => h('div');
    },
  });
  mount(Host, { global: { plugins: [createPinia(), [urql, client]] } });
  const mutations = () =>
    sent.filter((o) => o.kind === 'mutation').map((o) => [operationName(o), o.variables]);
  return { store: () => store, mutations };
}

describe('departments store', () => {
  it('renames a department with both names and puts the answer in its place', async () => {
    const { store, mutations } = setup((op) =>
      operationName(op) === 'AccessRenameDepartment'
        ? answer(op, { renameDepartment: department('LETTERS', '来信组', 'Mail') })
        : undefined,
    );
    await store().load();
    const outcome = await store().rename('LETTERS', { zh: '来信组', en: 'Mail' });
    expect(outcome.ok).toBe(true);
    expect(store().departments.map((d) => [d.code, d.name.zh, d.name.en])).toEqual([
      ['LETTERS', '来信组', 'Mail'],
      ['POLICY', '政策部门', 'Policy'],
    ]);
    expect(mutations()).toEqual([
      ['AccessRenameDepartment', { code: 'LETTERS', name: { zh: '来信组', en: 'Mail' } }],
    ]);
  });

  it('drops a deleted department, and keeps one the server refuses with its words in both languages', async () => {
    const words = {
      zh: '部门“POLICY”不能删除：有 2 名成员。',
      en: 'The department "POLICY" cannot be deleted: 2 members.',
    };
    const { store, mutations } = setup((op) => {
      if (operationName(op) !== 'AccessDeleteDepartment') return undefined;
      return (op.variables as { code: string }).code === 'POLICY'
        ? refusal(op, 'REFERENCED', words)
        : answer(op, { deleteDepartment: true });
    });
    await store().load();
    const refused = await store().remove('POLICY');
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'server', code: 'REFERENCED', messages: words },
    });
    expect(store().departments.map((d) => d.code)).toEqual(['LETTERS', 'POLICY']);
    expect(await store().remove('LETTERS')).toEqual({ ok: true, value: 'LETTERS' });
    expect(store().departments.map((d) => d.code)).toEqual(['POLICY']);
    expect(mutations()).toEqual([
      ['AccessDeleteDepartment', { code: 'POLICY' }],
      ['AccessDeleteDepartment', { code: 'LETTERS' }],
    ]);
  });

  it('renames and deletes a queue of one department only', async () => {
    const { store, mutations } = setup((op) => {
      if (operationName(op) === 'AccessRenameQueue')
        return answer(op, { renameQueue: queue('DESK', '窗口', 'Counter') });
      if (operationName(op) === 'AccessDeleteQueue') return answer(op, { deleteQueue: true });
      return undefined;
    });
    await store().load();
    expect((await store().renameQueue('LETTERS', 'DESK', { zh: '窗口', en: 'Counter' })).ok).toBe(true);
    expect((await store().removeQueue('LETTERS', 'GENERAL')).ok).toBe(true);
    const [letters, policy] = store().departments;
    expect(letters!.queues.map((q) => [q.code, q.name.zh, q.name.en])).toEqual([['DESK', '窗口', 'Counter']]);
    // The other department's queues of the same codes are untouched.
    expect(policy!.queues.map((q) => [q.code, q.name.zh])).toEqual([
      ['GENERAL', '综合'],
      ['DESK', '柜台'],
    ]);
    expect(mutations()).toEqual([
      ['AccessRenameQueue', { departmentCode: 'LETTERS', code: 'DESK', name: { zh: '窗口', en: 'Counter' } }],
      ['AccessDeleteQueue', { departmentCode: 'LETTERS', code: 'GENERAL' }],
    ]);
  });

  it('a refused queue delete leaves the queues as they were', async () => {
    const { store } = setup((op) =>
      operationName(op) === 'AccessDeleteQueue'
        ? refusal(op, 'REFERENCED', {
            zh: '队列“LETTERS/DESK”不能删除：有 1 个未结案件。',
            en: '1 open case',
          })
        : undefined,
    );
    await store().load();
    const outcome = await store().removeQueue('LETTERS', 'DESK');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'REFERENCED' } });
    expect(store().departments[0]!.queues.map((q) => q.code)).toEqual(['GENERAL', 'DESK']);
  });

  it("replaces a department's members with the list sent, in place", async () => {
    const member = { __typename: 'User', id: 'u1', username: 'alice', displayName: 'Alice', active: true };
    const { store, mutations } = setup((op) =>
      operationName(op) === 'AccessSetDepartmentMembers'
        ? answer(op, {
            setDepartmentMembers: department('POLICY', '政策部门', 'Policy', { members: [member] }),
          })
        : undefined,
    );
    await store().load();
    expect((await store().setMembers('POLICY', ['u1'])).ok).toBe(true);
    expect(store().departments.map((d) => d.members.map((m) => m.username))).toEqual([[], ['alice']]);
    expect(mutations()).toEqual([
      ['AccessSetDepartmentMembers', { departmentCode: 'POLICY', userIds: ['u1'] }],
    ]);
  });
});
