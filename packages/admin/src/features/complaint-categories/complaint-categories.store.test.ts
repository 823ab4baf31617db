// @vitest-environment happy-dom
/**
 * The store against the shared fake network (test/fake-urql.ts), which answers each operation the way
 * the server would (the real server is exercised by e2e/complaint-categories.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import { makeResult, type Operation, type OperationResult } from '@urql/core';
import { createUrqlClient } from '../../app/urql-client';
import { fakeExchange } from '../../test/fake-urql';
import type { CategoryRow } from './lib/category-tree';
import { useComplaintCategoriesStore } from './complaint-categories.store';

function row(code: string, path: string[] = [code]): CategoryRow {
  return {
    id: `id-${code}`,
    code,
    name: { zh: code, en: code },
    path,
    depth: path.length - 1,
    order: 0,
    active: true,
    severity: 'MEDIUM',
    slaPolicyKey: 'regulatory-complaint',
    routing: null,
    regulatoryCodes: null,
    requiredFields: [],
  };
}

const nameOf = (op: Operation) =>
  op.query.definitions.map((d) => ('name' in d ? d.name?.value : undefined)).find(Boolean) ?? '';

function setup(respond: (name: string, op: Operation) => OperationResult) {
  const sent: string[] = [];
  const client = createUrqlClient({
    getLocale: () => 'zh-CN',
    exchanges: [
      fakeExchange((op) => {
        sent.push(nameOf(op));
        return respond(nameOf(op), op);
      }),
    ],
  });
  let store!: ReturnType<typeof useComplaintCategoriesStore>;
  mount(
    defineComponent({
      setup() {
        store = useComplaintCategoriesStore();
        return () => h('div');
      },
    }),
    { global: { plugins: [createPinia(), [urql, client]] } },
  );
  return { store, sent };
}

const page = (rows: CategoryRow[]) => ({
  complaintCategories: {
    edges: rows.map((node) => ({ node })),
    pageInfo: { hasNextPage: false, endCursor: null },
  },
});

const referenced = {
  message: 'REFERENCED',
  extensions: {
    code: 'REFERENCED',
    messages: {
      zh: '有 12 个案件引用分类“A”，不能删除（可以停用）。',
      en: '12 cases reference the category "A".',
    },
    cases: 12,
  },
};

describe('complaint categories store', () => {
  it('loads the list into a tree and re-reads it after a move', async () => {
    let server = [row('A'), row('B')];
    const { store, sent } = setup((name, op) => {
      if (name === 'ComplaintCategories') return makeResult(op, { data: page(server) });
      if (name === 'MoveComplaintCategory') {
        server = [row('A'), row('B', ['A', 'B'])];
        return makeResult(op, { data: { moveComplaintCategory: server[1] } });
      }
      throw new Error(name);
    });
    await store.load();
    expect(store.tree.map((n) => n.code)).toEqual(['A', 'B']);
    const outcome = await store.move({ id: 'id-B', parentId: 'id-A', order: 0 });
    expect(outcome.ok).toBe(true);
    expect(sent).toEqual(['ComplaintCategories', 'MoveComplaintCategory', 'ComplaintCategories']);
    expect(store.tree.map((n) => n.code)).toEqual(['A']);
    expect(store.tree[0]!.children.map((n) => n.code)).toEqual(['B']);
  });

  it('returns a refused delete with the server’s reason in both languages, and keeps the row', async () => {
    const { store } = setup((name, op) => {
      if (name === 'ComplaintCategories') return makeResult(op, { data: page([row('A')]) });
      if (name === 'DeleteComplaintCategory') return makeResult(op, { data: null, errors: [referenced] });
      throw new Error(name);
    });
    await store.load();
    const outcome = await store.remove('id-A');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ kind: 'server', code: 'REFERENCED' });
    expect(outcome.error.kind === 'server' && outcome.error.messages?.zh).toContain('12 个案件');
    expect(store.rows.map((r) => r.code)).toEqual(['A']);
  });

  it('re-reads the list only after an import that was written', async () => {
    let written = false;
    const { store, sent } = setup((name, op) => {
      if (name === 'ComplaintCategories') return makeResult(op, { data: page([row('A')]) });
      if (name === 'ImportComplaintCategories')
        return makeResult(op, {
          data: {
            importComplaintCategories: { written, created: 1, updated: 0, unchanged: 1, problems: [] },
          },
        });
      throw new Error(name);
    });
    expect((await store.importXlsx('UEsDBA==', true)).ok).toBe(true);
    expect(sent).toEqual(['ImportComplaintCategories']);
    written = true;
    await store.importXlsx('UEsDBA==', false);
    expect(sent).toEqual(['ImportComplaintCategories', 'ImportComplaintCategories', 'ComplaintCategories']);
  });

  it('updates one row in place from the server’s answer', async () => {
    const { store } = setup((name, op) => {
      if (name === 'ComplaintCategories') return makeResult(op, { data: page([row('A'), row('B')]) });
      if (name === 'UpdateComplaintCategory')
        return makeResult(op, { data: { updateComplaintCategory: { ...row('B'), severity: 'HIGH' } } });
      throw new Error(name);
    });
    await store.load();
    const outcome = await store.update('id-B', { severity: 'HIGH' });
    expect(outcome.ok).toBe(true);
    expect(store.rows.map((r) => [r.code, r.severity])).toEqual([
      ['A', 'MEDIUM'],
      ['B', 'HIGH'],
    ]);
  });
});
