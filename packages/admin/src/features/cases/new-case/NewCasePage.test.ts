// @vitest-environment happy-dom
/**
 * The "New case" page against the shared fake network: the flows it offers, what it sends (a backdated
 * letter with its reason, in Beijing time), the browser's own checks, the server's field errors on the
 * fields, and the case page after success (the real server: e2e/workspace-new-case.spec.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus, { ElFormItem, ElMessage, ElSelect } from 'element-plus';
import urql from '@urql/vue';
import { makeResult, type Operation, type OperationResult } from '@urql/core';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { answer, fakeExchange, operationName } from '../../../test/fake-urql';
import NewCasePage from './NewCasePage.vue';

const NOW = new Date('2026-03-10T03:00:00.000Z');

const flow = (key: string, patch: Record<string, unknown> = {}) => ({
  key,
  kind: 'COMPLAINT',
  archived: false,
  name: { zh: `流程 ${key}`, en: `Flow ${key}` },
  latestVersion: { version: 1 },
  ...patch,
});
const FLOWS = {
  flowTemplates: {
    edges: [
      { node: flow('complaint-handling', { name: { zh: '投诉处理', en: 'Complaint handling' } }) },
      { node: flow('draft-only', { latestVersion: null }) },
      { node: flow('old-flow', { archived: true }) },
    ],
  },
};

async function mountPage(
  respondToOpen: (operation: Operation) => OperationResult,
  props: { now?: () => Date } = { now: () => NOW },
) {
  const sent: Operation[] = [];
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((operation) => {
        sent.push(operation);
        return operationName(operation) === 'NewCaseFlows'
          ? answer(operation, FLOWS)
          : respondToOpen(operation);
      }),
    ],
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/inbox', component: { template: '<p>inbox</p>' } },
      { path: '/cases/new', component: NewCasePage, props: { now: () => NOW } },
      { path: '/cases/:id', name: 'case', component: { template: '<p>case</p>' } },
    ],
  });
  await router.push('/cases/new');
  await router.isReady();
  const wrapper = mount(NewCasePage, {
    props,
    attachTo: document.body,
    global: {
      plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus, router],
    },
  });
  await flushPromises();
  const opens = () => sent.filter((o) => operationName(o) === 'NewCaseOpen');
  return { wrapper, router, opens };
}

type Wrapper = Awaited<ReturnType<typeof mountPage>>['wrapper'];

function pick(wrapper: Wrapper, testId: string, value: string) {
  const select = wrapper.findAllComponents(ElSelect).find((c) => c.attributes('data-testid') === testId);
  select!.vm.$emit('update:modelValue', value);
}
/** The options of a select, as the user sees them once it is opened. */
async function optionsOf(wrapper: Wrapper, testId: string, prefix: string): Promise<string[]> {
  await wrapper.find(`[data-testid="${testId}"] .el-select__wrapper`).trigger('click');
  await flushPromises();
  return [...document.body.querySelectorAll(`[data-testid^="${prefix}"]`)].map(
    (o) => o.textContent?.replace(/\s+/g, '') ?? '',
  );
}

/** The error the field shows (Element Plus renders its `error` under the field, in a transition). */
const fieldError = (wrapper: Wrapper, field: string) => ({
  text: () =>
    wrapper
      .findAllComponents(ElFormItem)
      .find((c) => c.attributes('data-testid') === `field-${field}`)
      ?.props('error') as string | undefined,
});

afterEach(() => {
  ElMessage.closeAll();
  document.body.innerHTML = '';
});

describe('NewCasePage', { timeout: 30_000 }, () => {
  it('opens a backdated letter complaint with its reason, in Beijing time, then shows the case', async () => {
    const { wrapper, router, opens } = await mountPage((op) =>
      answer(op, { openCase: { case: { id: 'Q2FzZTox', reference: 'C-2026-000001' } } }),
    );
    // Only published, live flows are offered (with their kind); every channel, labelled.
    expect(await optionsOf(wrapper, 'select-flow', 'flow-option-')).toEqual(['投诉处理投诉处理']);
    expect(await optionsOf(wrapper, 'select-channel', 'channel-option-')).toEqual([
      '客服热线',
      '网点柜台',
      '信函',
      '电子邮件',
      '网站',
      '手机银行',
      '在线客服',
      '系统接口',
    ]);
    pick(wrapper, 'select-flow', 'complaint-handling');
    pick(wrapper, 'select-channel', 'LETTER');
    await wrapper.find('[data-testid="input-name"]').setValue('张三');
    await wrapper.find('[data-testid="input-phone"]').setValue('13812345678');
    expect(wrapper.find('[data-testid="field-receivedAtReason"]').exists()).toBe(false);
    const received = wrapper.find('[data-testid="input-receivedAt"]');
    expect(received.attributes()).toMatchObject({
      type: 'datetime-local',
      min: '2026-02-08T00:00',
      max: '2026-03-10T11:00',
    });
    await received.setValue('2026-03-06T10:00');
    await flushPromises();

    // Backdated: the reason is asked for, and nothing is sent without it.
    expect(wrapper.find('[data-testid="field-receivedAtReason"]').exists()).toBe(true);
    await wrapper.find('[data-testid="new-case-form"]').trigger('submit');
    await flushPromises();
    expect(fieldError(wrapper, 'receivedAtReason').text()).toBe('必填');
    expect(opens()).toHaveLength(0);

    await wrapper.find('[data-testid="input-receivedAtReason"]').setValue('信函 3 月 6 日到达，今日录入');
    await wrapper.find('[data-testid="new-case-form"]').trigger('submit');
    await flushPromises();
    expect(opens()).toHaveLength(1);
    expect(opens()[0]!.variables).toMatchObject({
      input: {
        templateKey: 'complaint-handling',
        channel: 'LETTER',
        customer: { name: '张三', phone: '13812345678', idNumber: null },
        receivedAt: '2026-03-06T02:00:00.000Z',
        receivedAtReason: '信函 3 月 6 日到达，今日录入',
      },
      idempotencyKey: expect.any(String),
    });
    expect(router.currentRoute.value.fullPath).toBe('/cases/Q2FzZTox');
  });

  it("shows the server's field errors on the fields and stays on the page", async () => {
    const { wrapper, router, opens } = await mountPage((op) =>
      makeResult(op, {
        errors: [
          {
            message: 'bad',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldPath: ['input', 'customer', 'phone'],
              messages: { zh: '手机号码无效。', en: 'The mobile number is not valid.' },
            },
          },
        ],
      }),
    );
    await wrapper.find('[data-testid="new-case-form"]').trigger('submit');
    await flushPromises();
    expect(fieldError(wrapper, 'flow').text()).toBe('必填');
    expect(fieldError(wrapper, 'name').text()).toBe('必填');
    expect(opens()).toHaveLength(0);

    pick(wrapper, 'select-flow', 'complaint-handling');
    await wrapper.find('[data-testid="input-name"]').setValue('张三');
    await wrapper.find('[data-testid="input-phone"]').setValue('123');
    await wrapper.find('[data-testid="new-case-form"]').trigger('submit');
    await flushPromises();
    expect(opens()).toHaveLength(1);
    expect(opens()[0]!.variables).not.toHaveProperty('input.receivedAt');
    expect(fieldError(wrapper, 'phone').text()).toBe('手机号码无效。');
    expect(router.currentRoute.value.fullPath).toBe('/cases/new');
  });

  it('runs on the wall clock when no clock is given (the app)', async () => {
    const { wrapper } = await mountPage((op) => answer(op, {}), {});
    const max = wrapper.find('[data-testid="input-receivedAt"]').attributes('max');
    expect(max).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  });
});
