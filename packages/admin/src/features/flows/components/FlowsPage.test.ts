// @vitest-environment happy-dom
/**
 * The flows list against a fake network: an urql exchange that answers each operation the way the
 * server would (the real server is exercised by e2e/flows-list.spec.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus, { ElMessage } from 'element-plus';
import urql from '@urql/vue';
import { makeResult, type Operation } from '@urql/core';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { useSessionStore } from '../../session';
import type { FlowRow } from '../lib/flow-list';
import FlowsPage from './FlowsPage.vue';
import { fakeExchange } from '../../../test/fake-urql';

function template(key: string, patch: Partial<FlowRow> = {}): FlowRow {
  return {
    __typename: 'FlowTemplate',
    id: `id-${key}`,
    key,
    name: { zh: `模板 ${key}`, en: `Template ${key}` },
    kind: 'COMPLAINT',
    archived: false,
    updatedAt: '2026-03-01T02:00:00.000Z',
    latestVersion: null,
    versions: [],
    draft: {
      revision: 1,
      state: 'UNPUBLISHED',
      updatedAt: '2026-03-01T02:00:00.000Z',
      updatedBy: { displayName: '李设计' },
    },
    ...patch,
  } as FlowRow;
}

const ROWS = [
  template('complaint-basic', {
    latestVersion: {
      version: 2,
      publishedAt: '2026-03-02T02:00:00.000Z',
      publishedBy: { displayName: '王发布' },
    },
    versions: [
      { version: 2, openCaseCount: 3 },
      { version: 1, openCaseCount: 2 },
    ],
    draft: { revision: 4, state: 'CLEAN', updatedAt: '2026-03-01T02:00:00.000Z', updatedBy: null },
  }),
  template('broken-flow', {
    draft: { revision: 2, state: 'INVALID', updatedAt: '2026-03-01T02:00:00.000Z', updatedBy: null },
  }),
  template('old-flow', { archived: true }),
];

function mountPage(permissions: string[]) {
  const sent: Operation[] = [];
  const archived = new Set<string>();
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((operation) => {
        sent.push(operation);
        const variables = (operation.variables ?? {}) as Record<string, unknown>;
        const name = operation.query.definitions.map((d) => ('name' in d ? d.name?.value : '')).join();
        if (name === 'ArchiveFlowTemplate') {
          const key = variables['key'] as string;
          archived.add(key);
          return makeResult(operation, {
            data: { archiveFlowTemplate: { id: `id-${key}`, key, archived: true } },
          });
        }
        const withDraft = variables['withDraft'] === true;
        const edges = ROWS.map((row) => ({
          node: {
            ...row,
            archived: row.archived || archived.has(row.key),
            draft: withDraft ? row.draft : undefined,
          },
        }));
        return makeResult(operation, {
          data: { flowTemplates: { edges, pageInfo: { hasNextPage: false, endCursor: null } } },
        });
      }),
    ],
  });
  // The session store needs the urql client at creation: the viewer is set inside the app.
  const SignedIn = defineComponent({
    setup() {
      useSessionStore().user = { id: 'u1', username: 'u', displayName: 'U', permissions };
      return () => h(FlowsPage);
    },
  });
  const wrapper = mount(SignedIn, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  return { wrapper, sent };
}

const names = (wrapper: ReturnType<typeof mountPage>['wrapper']) =>
  wrapper.findAll('[data-testid^="flow-name-"]').map((cell) => cell.attributes('data-testid'));

afterEach(() => {
  ElMessage.closeAll();
  document.body.innerHTML = '';
});

describe('FlowsPage', () => {
  it('lists live templates with draft state and open cases per version; search and the archived toggle filter', async () => {
    const { wrapper, sent } = mountPage(['flow.read', 'flow.write', 'flow.publish']);
    await flushPromises();

    expect(sent[0]?.variables).toMatchObject({ withDraft: true, first: 200 });
    expect(names(wrapper)).toEqual(['flow-name-complaint-basic', 'flow-name-broken-flow']);
    expect(wrapper.find('[data-testid="flow-draft-complaint-basic"]').text()).toBe('已发布');
    expect(wrapper.find('[data-testid="flow-draft-broken-flow"]').text()).toBe('有错误');
    const text = wrapper.find('[data-testid="flow-table"]').text();
    expect(text).toContain('v2：3 件');
    expect(text).toContain('v1：2 件');
    expect(text).toContain('王发布');

    await wrapper.find('[data-testid="flow-search"]').setValue('BROKEN');
    expect(names(wrapper)).toEqual(['flow-name-broken-flow']);
    await wrapper.find('[data-testid="flow-search"]').setValue('old');
    expect(names(wrapper)).toEqual([]);
    await wrapper.find('[data-testid="show-archived"]').trigger('click');
    expect(names(wrapper)).toEqual(['flow-name-old-flow']);
  });

  it('archives after a confirmation that names the open cases it leaves running', async () => {
    const { wrapper, sent } = mountPage(['flow.read', 'flow.write', 'flow.publish']);
    await flushPromises();

    await wrapper.find('[data-testid="archive-complaint-basic"]').trigger('click');
    await flushPromises();
    const dialog = document.querySelector('[data-testid="archive-flow-dialog"]');
    expect(dialog?.textContent).toContain('进行中的 5 件案件继续');
    expect(sent.filter((op) => op.kind === 'mutation')).toHaveLength(0);

    (document.querySelector('[data-testid="confirm-archive-flow"]') as HTMLElement).click();
    await flushPromises();
    const mutations = sent.filter((op) => op.kind === 'mutation');
    expect(mutations.map((op) => op.variables)).toEqual([{ key: 'complaint-basic' }]);
    expect(names(wrapper)).toEqual(['flow-name-broken-flow']);
  });

  it('shows a reader (flow.read only) no draft column and no create, import or archive', async () => {
    const { wrapper, sent } = mountPage(['flow.read']);
    await flushPromises();

    expect(sent[0]?.variables).toMatchObject({ withDraft: false });
    expect(names(wrapper)).toHaveLength(2);
    expect(wrapper.find('[data-testid^="flow-draft-"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="open-create-flow"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="open-import-flow"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid^="archive-"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="export-complaint-basic"]').exists()).toBe(true);
  });
});
