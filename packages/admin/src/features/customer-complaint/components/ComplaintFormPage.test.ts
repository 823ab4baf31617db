// @vitest-environment happy-dom
/**
 * The complaint form and the tracking page against the shared fake network: what the form sends
 * (public operation, the sub-category, normalised details), how the server's refusals land at their
 * fields, and the tracking page in both languages (the real server: e2e/workspace-complaint.spec.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import { makeResult, type Operation, type OperationResult } from '@urql/core';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { useLocaleStore } from '../../../app/locale.store';
import { answer, fakeExchange, operationName } from '../../../test/fake-urql';
import ComplaintFormPage from './ComplaintFormPage.vue';
import ComplaintTrackingPage from './ComplaintTrackingPage.vue';

const CATEGORIES = {
  publicComplaintCategories: [
    {
      id: 'cards',
      name: { zh: '银行卡', en: 'Bank cards' },
      children: [{ id: 'fees', name: { zh: '年费与收费', en: 'Fees and charges' }, children: [] }],
    },
  ],
};
const RECEIPT = {
  submitComplaint: {
    caseReference: 'C-2026-000099',
    trackingUrl: '/track/tok',
    expiresAt: '2027-03-01T00:00:00Z',
    deadline: '2026-12-21T15:59:59Z',
    replayed: false,
  },
};
const TRACKING = {
  complaintTracking: {
    caseReference: 'C-2026-000099',
    categoryName: { zh: '年费与收费', en: 'Fees and charges' },
    departmentName: { zh: '产品部门', en: 'Product department' },
    status: 'IN_PROGRESS',
    receivedAt: '2026-12-01T02:00:00Z',
    deadline: '2026-12-21T15:59:59Z',
    entries: [
      { at: '2026-12-01T02:00:00Z', text: { zh: '我们已收到您的投诉。', en: 'We received your complaint.' } },
      { at: '2026-12-02T02:00:00Z', text: { zh: '已完成：投诉分类。', en: 'Done: Classify.' } },
    ],
    expiresAt: '2027-03-01T00:00:00Z',
  },
};

function mountPage(
  component: typeof ComplaintFormPage | typeof ComplaintTrackingPage,
  respond: (operation: Operation) => OperationResult,
  props: Record<string, unknown> = {},
) {
  const sent: Operation[] = [];
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    auth: {
      accessToken: () => Promise.reject(new Error('a public page asked for a staff token')),
      onUnauthenticated: () => undefined,
    },
    exchanges: [
      fakeExchange((operation) => {
        sent.push(operation);
        return respond(operation);
      }),
    ],
  });
  const wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: {
      plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus],
      stubs: { LocaleSwitch: true },
    },
  });
  return { wrapper, sent, localeStore: useLocaleStore() };
}

async function choose(testId: string, label: string) {
  document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.click();
  await flushPromises();
  const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find(
    (o) => o.textContent?.trim() === label,
  );
  expect(option, label).toBeDefined();
  option!.click();
  await flushPromises();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ComplaintFormPage', () => {
  it('checks the form before sending, then files under the sub-category and shows the receipt', async () => {
    const { wrapper, sent } = mountPage(ComplaintFormPage, (op) =>
      operationName(op) === 'SubmitComplaint' ? answer(op, RECEIPT) : answer(op, CATEGORIES),
    );
    await flushPromises();
    await wrapper.find('[data-testid="complaint-submit"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-testid="complaint-fix-problems"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="complaint-error-phone"]').text()).toBe('请填写有效的手机号码。');
    expect(sent.filter((o) => operationName(o) === 'SubmitComplaint')).toHaveLength(0);

    await choose('complaint-category', '银行卡');
    await choose('complaint-subcategory', '年费与收费');
    await wrapper.find('[data-testid="complaint-text"]').setValue('年费未经同意被扣取');
    await wrapper.find('[data-testid="complaint-name"]').setValue('李四');
    await wrapper.find('[data-testid="complaint-phone"]').setValue('138 0013 8000');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const submitted = sent.find((o) => operationName(o) === 'SubmitComplaint');
    expect(submitted?.context['public']).toBe(true);
    const vars = submitted?.variables as { input: Record<string, unknown>; idempotencyKey: string };
    expect(vars.input).toEqual({
      categoryId: 'fees',
      text: '年费未经同意被扣取',
      customer: { name: '李四', phone: '13800138000' },
      attachments: [],
    });
    expect(vars.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(wrapper.find('[data-testid="complaint-reference"]').text()).toBe('C-2026-000099');
    expect(wrapper.find('[data-testid="complaint-track-link"]').attributes('href')).toBe('/track/tok');
  });

  it("shows the server's refusal at its field", async () => {
    const { wrapper } = mountPage(ComplaintFormPage, (op) =>
      operationName(op) === 'SubmitComplaint'
        ? makeResult(op, {
            errors: [
              {
                message: 'bad',
                extensions: {
                  code: 'ATTACHMENT_REJECTED',
                  fieldPath: ['input', 'attachments', 0, 'contentBase64'],
                  messages: { zh: '文件内容与类型不符。', en: 'The content does not match its type.' },
                },
              },
            ],
          })
        : answer(op, CATEGORIES),
    );
    await flushPromises();
    await choose('complaint-category', '银行卡');
    await choose('complaint-subcategory', '年费与收费');
    await wrapper.find('[data-testid="complaint-text"]').setValue('年费');
    await wrapper.find('[data-testid="complaint-name"]').setValue('李四');
    await wrapper.find('[data-testid="complaint-phone"]').setValue('13800138000');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    // At the field it concerns (not repeated in a general alert), with a hint to fix the marked fields.
    expect(wrapper.find('[data-testid="complaint-submit-error"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="complaint-fix-problems"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="complaint-error-attachments"]').text()).toBe('文件内容与类型不符。');
  });
});

describe('ComplaintTrackingPage', () => {
  it('shows the status, the deadline and the history in the page language, newest first', async () => {
    const { wrapper, sent, localeStore } = mountPage(ComplaintTrackingPage, (op) => answer(op, TRACKING), {
      token: 'tok',
    });
    await flushPromises();
    expect(sent[0]?.variables).toEqual({ token: 'tok' });
    expect(wrapper.find('[data-testid="tracking-status"]').text()).toBe('处理中');
    expect(wrapper.find('[data-testid="tracking-department"]').text()).toBe('产品部门');
    expect(wrapper.find('[data-testid="tracking-deadline"]').text()).toContain('2026-12-21');
    const entries = wrapper.findAll('[data-testid="tracking-entry"]').map((e) => e.text());
    expect(entries[0]).toContain('已完成：投诉分类。');
    expect(entries[1]).toContain('我们已收到您的投诉。');
    await localeStore.setLocale('en');
    await flushPromises();
    expect(wrapper.find('[data-testid="tracking-status"]').text()).toBe('Being handled');
    expect(wrapper.text()).not.toMatch(/[\u4e00-\u9fa5]/);
  });

  it('says so when the link is not valid', async () => {
    const { wrapper } = mountPage(
      ComplaintTrackingPage,
      (op) =>
        makeResult(op, {
          errors: [
            {
              message: 'x',
              extensions: {
                code: 'LINK_INVALID',
                messages: { zh: '链接无效。', en: 'This link is not valid.' },
              },
            },
          ],
        }),
      { token: 'forged' },
    );
    await flushPromises();
    expect(wrapper.find('[data-testid="tracking-error"]').text()).toContain('链接无效。');
  });
});
