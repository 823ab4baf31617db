// @vitest-environment happy-dom
/**
 * The test-run drawer against a fake network: the designer store loads the seed Minsheng flow as its
 * draft; the test run happens in the browser (the engine), the what-if asks the (fake) server.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import { makeResult } from '@urql/core';
import { findTemplate } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../../app/i18n';
import { createUrqlClient } from '../../../../app/urql-client';
import { useDesignerStore } from '../designer.store';
import TestRunDrawer from './TestRunDrawer.vue';
import { activeSteps, takenTransitions, visitedSteps } from './run-highlight';
import { fakeExchange } from '../../../../test/fake-urql';

const minsheng = findTemplate('minsheng-e-negotiation')!;

const REPORT = {
  templateKey: 'ms',
  publishedVersion: 1,
  draftRevision: 3,
  total: 4,
  differentPath: 2,
  slaChanged: 0,
  blocked: 1,
  skipped: 0,
  differentPathExamples: [
    { caseId: 'c1', reference: 'C-2026-000001', recordedStep: 'communicate', draftStep: 'notify-rejected' },
  ],
  blockedExamples: [
    {
      caseId: 'c2',
      reference: 'C-2026-000002',
      command: 'approve',
      stepKey: 'review',
      refusalCode: 'GUARD_FAILED',
      refusalMessage: {
        zh: '步骤「审核」之后没有满足条件的去向',
        en: 'No transition out of step "Review" has its condition met',
      },
    },
  ],
  slaChangedExamples: [],
  refusals: [{ code: 'GUARD_FAILED', count: 1, message: { zh: '没有满足条件的去向', en: 'No transition' } }],
};

function mountDrawer(latestVersion: number | null) {
  const sent: string[] = [];
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((operation) => {
        const name = operation.query.definitions.map((d) => ('name' in d ? d.name?.value : '')).join();
        sent.push(name ?? '');
        if (name === 'DesignerTemplate')
          return makeResult(operation, {
            data: {
              flowTemplate: {
                __typename: 'FlowTemplate',
                id: 'id-ms',
                key: 'ms',
                name: { zh: '民生', en: 'Minsheng' },
                kind: 'NEGOTIATION',
                archived: false,
                latestVersion: latestVersion === null ? null : { version: latestVersion },
                draft: {
                  definition: minsheng,
                  revision: 3,
                  state: 'CLEAN',
                  updatedAt: '2026-03-01T02:00:00.000Z',
                  updatedBy: null,
                },
              },
            },
          });
        if (name === 'DraftWhatIf')
          return makeResult(operation, {
            data: { simulateDraftOnCases: { ...REPORT, publishedVersion: latestVersion } },
          });
        return makeResult(operation, { data: { validateFlowDefinition: { problems: [] } } });
      }),
    ],
  });
  const Host = defineComponent({
    setup() {
      void useDesignerStore().load('ms');
      return () => h(TestRunDrawer, { open: true });
    },
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  return { wrapper, sent };
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
/** The native control of an Element Plus input (the test id lands on the input or textarea itself). */
function control(id: string): HTMLInputElement {
  const el = byTestId(id)!;
  return (el.matches('input, textarea') ? el : el.querySelector('input, textarea')) as HTMLInputElement;
}
async function click(id: string) {
  byTestId(id)!.click();
  await flushPromises();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TestRunDrawer', () => {
  it('starts with sample data, steps through the review, advances time and shows the SLA and the path', async () => {
    mountDrawer(1);
    await flushPromises();
    const startData = JSON.parse(control('test-run-start-data').value) as Record<string, unknown>;
    expect(Object.keys(startData)).toContain('customerName');

    await click('test-run-start');
    expect(byTestId('test-run-active')!.textContent).toContain('客户申请');
    expect(byTestId('test-run-now')!.textContent).toBe('2026-03-02 09:00');
    expect([...activeSteps.value]).toEqual(['apply']);

    // Data the form refuses: the refusal names the line and each field problem; undo drops the line.
    document
      .querySelector<HTMLElement>('[data-testid="test-run-action-apply:submitStep"] .el-button.is-link')!
      .click();
    await flushPromises();
    control('test-run-payload-apply:submitStep').value = '{"mobile": "123"}';
    control('test-run-payload-apply:submitStep').dispatchEvent(new Event('input'));
    await flushPromises();
    await click('test-run-do-apply:submitStep');
    expect(byTestId('test-run-refusals')!.textContent).toContain('第 1 步 · 提交表单');
    expect(byTestId('test-run-refusals')!.textContent).toContain('data.mobile');
    expect(byTestId('test-run-script')!.textContent).toContain('提交表单 · 客户申请');
    await click('test-run-undo');
    expect(byTestId('test-run-refusals')).toBeNull();
    control('test-run-payload-apply:submitStep').value = JSON.stringify(startData);
    control('test-run-payload-apply:submitStep').dispatchEvent(new Event('input'));
    await flushPromises();

    await click('test-run-do-apply:submitStep');
    expect(byTestId('test-run-refusals')).toBeNull();
    expect(byTestId('test-run-active')!.textContent).toContain('信息审核');
    expect(byTestId('test-run-events')!.textContent).toContain('从「客户申请」流转到「信息审核」');

    control('test-run-duration').value = 'P10D';
    control('test-run-duration').dispatchEvent(new Event('input'));
    await flushPromises();
    await click('test-run-advance');
    expect(byTestId('test-run-now')!.textContent).toBe('2026-03-12 09:00');
    expect(byTestId('test-run-sla-state')!.textContent).toBe('已超时');
    expect(byTestId('test-run-events')!.textContent).toContain('超时');

    await click('test-run-do-review:reject');
    expect(byTestId('test-run-end')!.textContent).toContain('已到达结束：不予受理');
    expect([...visitedSteps.value]).toEqual(['apply', 'review', 'notify-rejected', 'rejected']);
    expect(takenTransitions.value.has('t-review-rejected')).toBe(true);

    await click('test-run-undo');
    expect(byTestId('test-run-end')!.textContent).toContain('尚未结束');
    await click('test-run-restart');
    expect(byTestId('test-run-start')).not.toBeNull();
  });

  it('the what-if tab saves, runs and shows the counts and examples', async () => {
    const { sent } = mountDrawer(1);
    await flushPromises();
    document.querySelectorAll<HTMLElement>('.el-tabs__item')[1]!.click();
    await flushPromises();
    await click('what-if-run');
    expect(sent).toContain('DraftWhatIf');
    expect(byTestId('what-if-summary')!.textContent).toContain('已推演 4 个案件');
    expect(byTestId('what-if-different')!.textContent).toContain('2');
    expect(byTestId('what-if-blocked')!.textContent).toContain('1');
    expect(byTestId('what-if-different-examples')!.textContent).toContain('C-2026-000001');
    expect(byTestId('what-if-blocked-examples')!.textContent).toContain('没有满足条件的去向');
  });

  it('the what-if tab says so when nothing is published', async () => {
    const { sent } = mountDrawer(null);
    await flushPromises();
    document.querySelectorAll<HTMLElement>('.el-tabs__item')[1]!.click();
    await flushPromises();
    expect(byTestId('what-if-empty')!.textContent).toContain('尚未发布');
    expect(byTestId('what-if-run')).toBeNull();
    expect(sent).not.toContain('DraftWhatIf');
  });
});
