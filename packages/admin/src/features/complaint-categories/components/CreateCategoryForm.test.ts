// @vitest-environment happy-dom
/**
 * The create form against a fake network: an urql exchange that answers each operation the way the
 * server would (the real server is exercised by e2e/complaint-categories.spec.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus, { ElMessage } from 'element-plus';
import urql from '@urql/vue';
import { makeErrorResult, makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, map, pipe } from 'wonka';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { useLocaleStore } from '../../../app/locale.store';
import type { CategoryRow } from '../lib/category-tree';
import CreateCategoryForm from './CreateCategoryForm.vue';

type Responder = (operation: Operation) => OperationResult;

/** An exchange that never touches the network: `respond` answers every query and mutation. */
function fakeExchange(respond: Responder): Exchange {
  return () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      map(respond),
    );
}

const CODE_RULE = {
  zh: '编码须为 2–40 个大写字母、数字、"-" 或 "_"，并以字母开头。',
  en: 'The code must be 2–40 characters of A–Z, 0–9, "-" or "_", starting with a letter.',
};

const created: CategoryRow = {
  id: 'Q29tcGxhaW50Q2F0ZWdvcnk6MQ==',
  code: 'SERVICE-ATTITUDE',
  name: { zh: '服务态度', en: 'Service attitude' },
  path: ['SERVICE-ATTITUDE'],
  depth: 0,
  order: 0,
  active: true,
  severity: 'HIGH',
};

function mountForm(respond: Responder) {
  const sent: { operation: Operation; acceptLanguage: string | null }[] = [];
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((operation) => {
        const options = operation.context.fetchOptions;
        const init = typeof options === 'function' ? options() : options;
        sent.push({ operation, acceptLanguage: new Headers(init?.headers).get('Accept-Language') });
        return respond(operation);
      }),
    ],
  });
  const wrapper = mount(CreateCategoryForm, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  return { wrapper, sent, localeStore: useLocaleStore() };
}

async function fill(wrapper: ReturnType<typeof mountForm>['wrapper'], code: string) {
  await wrapper.find('[data-testid="input-code"]').setValue(code);
  await wrapper.find('[data-testid="input-name-zh"]').setValue('服务态度');
  await wrapper.find('[data-testid="input-name-en"]').setValue('Service attitude');
}

/** Element Plus shows and hides field errors after a 100 ms debounce: moved past on the fake clock. */
async function settle() {
  await flushPromises();
  await vi.advanceTimersByTimeAsync(150);
}

// Only the timers are faked (the debounce); the network exchange and promises run as usual.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

async function submit(wrapper: ReturnType<typeof mountForm>['wrapper']) {
  await wrapper.find('form').trigger('submit');
  await settle();
}

const codeError = (wrapper: ReturnType<typeof mountForm>['wrapper']) =>
  wrapper.find('[data-testid="field-code"] .el-form-item__error');

afterEach(() => {
  vi.useRealTimers();
  ElMessage.closeAll();
  document.body.innerHTML = '';
});

describe('CreateCategoryForm', () => {
  it('shows a BAD_USER_INPUT error under the code field, in zh-CN and then in English', async () => {
    const { wrapper, sent, localeStore } = mountForm((operation) =>
      makeResult(operation, {
        data: null,
        errors: [
          {
            message: CODE_RULE.en,
            path: ['createComplaintCategory'],
            extensions: { code: 'BAD_USER_INPUT', messages: CODE_RULE, fieldPath: ['input', 'code'] },
          },
        ],
      }),
    );
    await fill(wrapper, 'bad code');
    await submit(wrapper);

    expect(sent).toHaveLength(1);
    expect(sent[0]?.operation.variables).toMatchObject({ input: { code: 'bad code', severity: 'MEDIUM' } });
    expect(codeError(wrapper).text()).toBe(CODE_RULE.zh);
    expect(wrapper.find('[data-testid="field-name-zh"] .el-form-item__error').exists()).toBe(false);
    expect(wrapper.find('[data-testid="field-code"] label').text()).toBe('编码');

    localeStore.setLocale('en');
    await flushPromises();

    expect(codeError(wrapper).text()).toBe(CODE_RULE.en);
    expect(wrapper.find('[data-testid="field-code"] label').text()).toBe('Code');
    expect(localStorage.getItem('parley.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sends the UI language as Accept-Language', async () => {
    const { wrapper, sent, localeStore } = mountForm((operation) =>
      makeResult(operation, { data: { createComplaintCategory: created } }),
    );
    await fill(wrapper, 'SERVICE-ATTITUDE');
    await submit(wrapper);
    localeStore.setLocale('en');
    await submit(wrapper);
    expect(sent.map((request) => request.acceptLanguage)).toEqual(['zh-CN', 'en']);
  });

  it('clears the field error once the field is edited', async () => {
    const { wrapper } = mountForm((operation) =>
      makeResult(operation, {
        data: null,
        errors: [
          {
            message: 'taken',
            extensions: {
              code: 'CONFLICT',
              messages: { zh: '编码已被使用。', en: 'The code is taken.' },
              fieldPath: ['input', 'code'],
            },
          },
        ],
      }),
    );
    await fill(wrapper, 'PRODUCT');
    await submit(wrapper);
    expect(codeError(wrapper).text()).toBe('编码已被使用。');
    await wrapper.find('[data-testid="input-code"]').setValue('PRODUCT-2');
    await settle();
    expect(codeError(wrapper).exists()).toBe(false);
  });

  it('shows errors that name no field of the form as a localized toast', async () => {
    const { wrapper } = mountForm((operation) =>
      makeResult(operation, {
        data: null,
        errors: [
          {
            message: 'Internal server error',
            extensions: {
              code: 'INTERNAL_SERVER_ERROR',
              messages: { zh: '服务器内部错误，请稍后重试。', en: 'Internal server error.' },
            },
          },
        ],
      }),
    );
    await fill(wrapper, 'PRODUCT');
    await submit(wrapper);
    expect(codeError(wrapper).exists()).toBe(false);
    expect(document.querySelector('.el-message--error')?.textContent).toContain(
      '服务器内部错误，请稍后重试。',
    );
  });

  it('shows a generic localized message when the network fails', async () => {
    const { wrapper, localeStore } = mountForm((operation) =>
      makeErrorResult(operation, new TypeError('Failed to fetch')),
    );
    localeStore.setLocale('en');
    await fill(wrapper, 'PRODUCT');
    await submit(wrapper);
    expect(document.querySelector('.el-message--error')?.textContent).toContain('Cannot reach the server');
  });

  it('shows every problem the server lists under its own field', async () => {
    const nameRule = { zh: '中文名称不能为空。', en: 'The Chinese name must not be empty.' };
    const { wrapper } = mountForm((operation) =>
      makeResult(operation, {
        data: null,
        errors: [
          {
            message: CODE_RULE.en,
            extensions: {
              code: 'BAD_USER_INPUT',
              messages: CODE_RULE,
              fieldPath: ['input', 'code'],
              problems: [
                { fieldPath: ['input', 'code'], messages: CODE_RULE },
                { fieldPath: ['input', 'name', 'zh'], messages: nameRule },
              ],
            },
          },
        ],
      }),
    );
    await submit(wrapper);
    expect(codeError(wrapper).text()).toBe(CODE_RULE.zh);
    expect(wrapper.find('[data-testid="field-name-zh"] .el-form-item__error').text()).toBe(nameRule.zh);
    expect(wrapper.find('[data-testid="field-name-en"] .el-form-item__error').exists()).toBe(false);
    expect(document.querySelector('.el-message')).toBeNull();
  });

  it('emits the created category', async () => {
    const { wrapper } = mountForm((operation) =>
      makeResult(operation, { data: { createComplaintCategory: created } }),
    );
    await fill(wrapper, 'SERVICE-ATTITUDE');
    await submit(wrapper);
    expect(wrapper.emitted('created')).toEqual([[created]]);
  });
});
