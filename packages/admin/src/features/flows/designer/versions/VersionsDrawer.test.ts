// @vitest-environment happy-dom
/**
 * The versions drawer against a fake network: an urql exchange that answers each operation the way
 * the server would (the real server is exercised by e2e/designer-versions.spec.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus, { ElMessage } from 'element-plus';
import urql from '@urql/vue';
import { makeResult, type Operation } from '@urql/core';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../../app/i18n';
import { createUrqlClient } from '../../../../app/urql-client';
import { useSessionStore } from '../../../session';
import { useDesignerStore } from '../designer.store';
import { highlight } from './diff-highlight';
import VersionsDrawer from './VersionsDrawer.vue';
import { fakeExchange } from '../../../../test/fake-urql';

const v1 = findTemplate('complaint-handling') as FlowDefinition;
const v2 = {
  ...v1,
  version: 2,
  steps: v1.steps.filter((s) => s.key !== 'track'),
  transitions: v1.transitions.filter((t) => t.from !== 'track' && t.to !== 'track'),
} as FlowDefinition;
/** The draft: v2 with the first step renamed. */
const draft = {
  ...v2,
  steps: v2.steps.map((s) => (s.key === 'receive' ? { ...s, name: { zh: '受理', en: 'Intake' } } : s)),
} as FlowDefinition;

function version(n: number, openCaseCount: number, releaseNotes: string | null) {
  return {
    id: `fv-${n}`,
    version: n,
    contentHash: `${n}abcdef0123456789`,
    releaseNotes,
    publishedAt: '2026-03-01T02:00:00.000Z',
    publishedBy: { displayName: '王发布' },
    openCaseCount,
  };
}

function mountDrawer(permissions: string[]) {
  const sent: Operation[] = [];
  const versions = [version(2, 0, '删除跟踪'), version(1, 1, null)];
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((op) => {
        sent.push(op);
        const vars = (op.variables ?? {}) as Record<string, unknown>;
        const name = op.query.definitions.map((d) => ('name' in d ? d.name?.value : '')).join();
        const data: Record<string, unknown> = {
          DesignerTemplate: {
            flowTemplate: {
              id: 't',
              key: 'complaint-handling',
              name: { zh: '投诉', en: 'Complaints' },
              kind: 'COMPLAINT',
              archived: false,
              latestVersion: { version: versions[0]!.version },
              draft: {
                definition: draft,
                revision: 3,
                state: 'UNPUBLISHED',
                updatedAt: '2026-03-01T02:00:00.000Z',
                updatedBy: null,
              },
            },
          },
          DesignerServerValidation: { validateFlowDefinition: { problems: [] } },
          VersionHistory: { flowTemplate: { id: 't', key: 'complaint-handling', versions: [...versions] } },
          VersionDefinition: {
            flowVersion: {
              id: `fv-${String(vars['version'])}`,
              version: vars['version'],
              definition: vars['version'] === 1 ? v1 : v2,
            },
          },
          VersionDiff: {
            flowVersionDiff: {
              changes: [
                {
                  area: 'STEP',
                  key: 'track',
                  kind: 'REMOVED',
                  values: [{ path: '', before: v1.steps[3], after: null }],
                },
                {
                  area: 'FLOW',
                  key: 'sla',
                  kind: 'CHANGED',
                  values: [{ path: 'sla.rules[0].policy.target.amount', before: 15, after: 10 }],
                },
              ],
            },
          },
          VersionOpenCases: {
            flowVersion: {
              id: 'fv-1',
              version: 1,
              openCases: {
                totalCount: 1,
                edges: [{ node: { id: 'c1', reference: 'C-1', status: 'OPEN', activeSteps: ['track'] } }],
              },
            },
          },
          PlanCaseMigration: {
            planCaseMigration: {
              migratableCount: 1,
              blockedCount: 0,
              cases: [
                {
                  caseId: 'c1',
                  reference: 'C-1',
                  migratable: true,
                  fromSteps: ['track'],
                  toSteps: ['handle'],
                  changes: [{ zh: '位置从跟踪移到处理', en: 'moved' }],
                  problems: [],
                },
              ],
            },
          },
          MigrateCases: {
            migrateCases: {
              migrated: 1,
              skipped: 0,
              failed: 0,
              results: [
                {
                  caseId: 'c1',
                  reference: 'C-1',
                  outcome: 'MIGRATED',
                  code: null,
                  message: { zh: '已迁移到版本 2', en: 'Moved' },
                },
              ],
            },
          },
          RollbackFlow: { rollbackFlowTemplate: { id: 'fv-3', version: 3 } },
        };
        if (name === 'RollbackFlow') versions.unshift(version(3, 0, '回滚'));
        return makeResult(op, { data: data[name ?? ''] ?? null });
      }),
    ],
  });
  const open = ref(true);
  const Host = defineComponent({
    setup() {
      useSessionStore().user = { id: 'u1', username: 'u', displayName: 'U', permissions };
      void useDesignerStore().load('complaint-handling');
      return () => h(VersionsDrawer, { open: open.value, 'onUpdate:open': (v: boolean) => (open.value = v) });
    },
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  const ops = (n: string) =>
    sent.filter((op) => op.query.definitions.some((d) => 'name' in d && d.name?.value === n));
  return { wrapper, ops };
}

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const byTestId = (id: string) => $(`[data-testid="${id}"]`);

afterEach(() => {
  ElMessage.closeAll();
  document.body.innerHTML = '';
});

describe('VersionsDrawer', () => {
  it('lists the versions newest first; roll back only with flow.publish', async () => {
    const reader = mountDrawer(['flow.read', 'flow.write', 'case.read']);
    await flushPromises();
    const items = [...document.querySelectorAll('[data-testid^="version-"]')].filter((e) =>
      /^version-\d+$/.test(e.getAttribute('data-testid') ?? ''),
    );
    expect(items.map((e) => e.getAttribute('data-testid'))).toEqual(['version-2', 'version-1']);
    expect(byTestId('version-2')?.textContent).toContain('删除跟踪');
    expect(byTestId('version-2')?.textContent).toContain('2abcdef0');
    expect(byTestId('version-2')?.textContent).not.toContain('2abcdef01');
    expect(byTestId('version-1')?.textContent).toContain('无发布说明');
    expect(byTestId('open-count-1')?.textContent).toBe('1');
    expect(byTestId('rollback-1')).toBeNull();
    reader.wrapper.unmount();
    document.body.innerHTML = '';

    const publisher = mountDrawer(['flow.read', 'flow.write', 'flow.publish', 'case.read']);
    await flushPromises();
    byTestId('rollback-1')!.click();
    await flushPromises();
    const notes = byTestId('rollback-notes') as HTMLTextAreaElement;
    notes.value = 'v2 丢了跟踪';
    notes.dispatchEvent(new Event('input'));
    await flushPromises();
    byTestId('confirm-rollback')!.click();
    await flushPromises();
    expect(publisher.ops('RollbackFlow').map((op) => op.variables)).toEqual([
      { key: 'complaint-handling', toVersion: 1, releaseNotes: 'v2 丢了跟踪' },
    ]);
    // The new version makes the drawer read the history again.
    expect(publisher.ops('VersionHistory').length).toBe(2);
    expect(byTestId('version-3')).not.toBeNull();
  });

  it('compares two versions through the server and a version with the draft in the browser', async () => {
    const { ops } = mountDrawer(['flow.read', 'flow.write', 'case.read']);
    await flushPromises();
    byTestId('compare-previous-2')!.click();
    await flushPromises();
    expect(ops('VersionDiff').map((op) => op.variables)).toEqual([
      { key: 'complaint-handling', from: 1, to: 2 },
    ]);
    const sla = byTestId('diff-flow:sla')!.textContent ?? '';
    expect(sla).toContain('SLA 时限策略');
    expect(sla).toMatch(/15\s*→\s*10/);
    expect(byTestId('diff-step:track')?.textContent).toContain('投诉跟踪');
    expect([...highlight.value.steps]).toEqual([['track', 'removed']]);

    // v2 → the draft: the engine diffs in the browser, the server is not asked.
    document.querySelector<HTMLElement>('#tab-history')!.click();
    await flushPromises();
    byTestId('version-2')!.querySelector<HTMLElement>('button')!.click();
    await flushPromises();
    expect(ops('VersionDiff')).toHaveLength(1);
    const row = byTestId('diff-step:receive')!.textContent ?? '';
    expect(row).toContain('接收投诉');
    expect(row).toContain('受理');
    expect([...highlight.value.steps]).toEqual([['receive', 'changed']]);
  });

  it("lists a version's open cases, dry-runs the move with a step mapping and moves them", async () => {
    const { ops } = mountDrawer(['flow.read', 'flow.write', 'flow.publish', 'case.read']);
    await flushPromises();
    byTestId('show-cases-1')!.click();
    await flushPromises();
    expect(byTestId('open-cases')?.textContent).toContain('C-1');
    expect(byTestId('open-cases')?.textContent).toContain('投诉跟踪');
    expect(byTestId('mapping-track')?.textContent).toContain('1 件案件在此');
    // Choose "handle" for the removed step "track".
    byTestId('mapping-track')!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
    await flushPromises();
    const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) =>
      o.textContent?.includes('(handle)'),
    );
    option!.click();
    await flushPromises();
    byTestId('migrate-dry-run')!.click();
    await flushPromises();
    expect(ops('PlanCaseMigration')[0]?.variables).toMatchObject({
      from: 1,
      to: 2,
      mapping: [{ from: 'track', to: 'handle' }],
    });
    expect(byTestId('migration-plan')?.textContent).toContain('可迁移 1 件，受阻 0 件');
    byTestId('migrate-run')!.click();
    await flushPromises();
    byTestId('confirm-migrate')!.click();
    await flushPromises();
    const sent = ops('MigrateCases')[0]?.variables as Record<string, unknown>;
    expect(sent).toMatchObject({
      from: 1,
      to: 2,
      caseIds: ['c1'],
      mapping: [{ from: 'track', to: 'handle' }],
    });
    expect(sent['idempotencyKey']).toMatch(/^[0-9a-f-]{36}$/);
    expect(byTestId('result-C-1')?.textContent).toContain('已迁移');
  }, 30_000);
});
