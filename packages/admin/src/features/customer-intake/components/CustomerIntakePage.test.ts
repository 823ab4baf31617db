// @vitest-environment happy-dom
/**
 * The intake page against a fake network: the form rendered from the engine's definition (rules decide
 * what shows), what it sends (public operations, exact fen, one idempotency key per submission) and how
 * it shows the server's refusals (the real server: e2e/customer-intake.spec.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import { makeErrorResult, makeResult, type Operation, type OperationResult } from '@urql/core';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { useLocaleStore } from '../../../app/locale.store';
import { APPLICATION_FORM } from '../intake.fixture';
import CustomerIntakePage from './CustomerIntakePage.vue';
import { fakeExchange } from '../../../test/fake-urql';

type Responder = (operation: Operation) => OperationResult;

const vars = (operation: Operation | undefined): Record<string, unknown> =>
  (operation?.variables ?? {}) as Record<string, unknown>;

const FORM = {
  intakeForm: {
    flowName: { zh: '民生协商', en: 'Minsheng negotiation' },
    templateKey: 'minsheng-e-negotiation',
    stepKey: 'apply',
    form: APPLICATION_FORM,
    expiresAt: '2026-12-25T00:00:00Z',
  },
};
const RECEIPT = {
  submitIntake: {
    caseReference: 'C-2026-000077',
    replayed: false,
    followUpLink: { url: '/c/follow-tok', expiresAt: '2026-12-25T00:00:00Z' },
  },
};
const EXPIRED = {
  message: 'expired',
  extensions: {
    code: 'LINK_EXPIRED',
    messages: {
      zh: '链接已过期，请联系我们获取新链接。',
      en: 'This link has expired; please ask us for a new one.',
    },
  },
};
const FORM_INVALID = {
  message: 'invalid',
  extensions: {
    code: 'FORM_INVALID',
    messages: { zh: '表单有 1 处错误。', en: 'The form has 1 problem.' },
    problems: [
      {
        code: 'TOO_LONG',
        fieldPath: ['data', 'description'],
        messages: { zh: '情况说明太长。', en: 'The description is too long.' },
      },
    ],
  },
};

const opName = (operation: Operation) =>
  operation.query.definitions[0]?.kind === 'OperationDefinition'
    ? operation.query.definitions[0].name?.value
    : '';

function mountPage(respond: Responder) {
  const sent: Operation[] = [];
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    auth: {
      accessToken: () => Promise.reject(new Error('the intake page asked for a staff token')),
      onUnauthenticated: () => undefined,
    },
    exchanges: [
      fakeExchange((operation) => {
        sent.push(operation);
        return respond(operation);
      }),
    ],
  });
  const wrapper = mount(CustomerIntakePage, {
    props: { token: 'intake-tok' },
    attachTo: document.body,
    global: {
      plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus],
      stubs: { LocaleSwitch: true },
    },
  });
  return { wrapper, sent, localeStore: useLocaleStore() };
}

async function fillValid(wrapper: ReturnType<typeof mountPage>['wrapper']) {
  await wrapper.find('[data-testid="intake-id-number"]').setValue('11010519491231002x');
  await wrapper.find('[data-testid="intake-field-customerName"] input').setValue('张三');
  await wrapper.find('[data-testid="intake-field-mobile"] input').setValue('13800138000');
  await wrapper.find('[data-testid="intake-choice-matter-overdue-repayment"] input').setValue(true);
  await flushPromises();
  await wrapper.find('[data-testid="intake-field-amountOwedFen"] input').setValue('50,000.10');
  await wrapper.find('[data-testid="intake-choice-hardship-illness"] input').setValue(true);
  await wrapper.find('[data-testid="intake-field-description"] textarea').setValue('因病暂时无法按期还款');
  await flushPromises();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CustomerIntakePage', () => {
  it('shows a refused link in the customer’s language, following a switch', async () => {
    const { wrapper, localeStore } = mountPage((operation) =>
      makeResult(operation, { data: null, errors: [EXPIRED] }),
    );
    await flushPromises();
    expect(wrapper.find('[data-testid="intake-error"]').text()).toBe(EXPIRED.extensions.messages.zh);
    localeStore.setLocale('en');
    await flushPromises();
    expect(wrapper.find('[data-testid="intake-error"]').text()).toBe(EXPIRED.extensions.messages.en);
    expect(wrapper.find('[data-testid="intake-submit"]').exists()).toBe(false);
  });

  it('renders the form with its rules: conditional fields appear when the matter asks for them', async () => {
    const { wrapper } = mountPage((operation) => makeResult(operation, { data: FORM }));
    await flushPromises();
    expect(wrapper.find('[data-testid="intake-title"]').text()).toBe('民生协商');
    expect(wrapper.find('[data-testid="intake-field-amountOwedFen"]').exists()).toBe(false);
    // File fields are not offered on this page.
    expect(wrapper.find('[data-testid="intake-field-attachments"]').exists()).toBe(false);
    await wrapper.find('[data-testid="intake-choice-matter-overdue-repayment"] input').setValue(true);
    await flushPromises();
    expect(wrapper.find('[data-testid="intake-field-amountOwedFen"]').exists()).toBe(true);
  });

  it('checks in the browser first and sends nothing while fields are wrong', async () => {
    const { wrapper, sent } = mountPage((operation) => makeResult(operation, { data: FORM }));
    await flushPromises();
    // The form asks for the name and the mobile number: 您的信息 asks only for the ID number.
    expect(wrapper.find('[data-testid="intake-name"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="intake-phone"]').exists()).toBe(false);
    await wrapper.find('[data-testid="intake-id-number"]').setValue('123');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(sent.map(opName)).toEqual(['IntakeForm']);
    expect(wrapper.find('[data-testid="intake-fix-problems"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('身份证号无效。');
    expect(wrapper.find('[data-testid="intake-field-customerName"]').text()).toContain('必填');
  });

  it('submits exact fen with the link’s token as a public operation and shows the receipt', async () => {
    const { wrapper, sent } = mountPage((operation) =>
      makeResult(operation, { data: opName(operation) === 'IntakeForm' ? FORM : RECEIPT }),
    );
    await flushPromises();
    await fillValid(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(sent.map(opName)).toEqual(['IntakeForm', 'SubmitIntake']);
    expect(sent.every((operation) => operation.context['public'] === true)).toBe(true);
    const submitted = vars(sent[1]);
    expect(submitted['token']).toBe('intake-tok');
    // Name and mobile from the form's answers, the ID number from 您的信息: each asked once.
    expect(submitted['customer']).toEqual({
      name: '张三',
      idNumber: '11010519491231002X',
      phone: '13800138000',
    });
    expect(submitted['data']).toEqual({
      customerName: '张三',
      mobile: '13800138000',
      matter: 'overdue-repayment',
      amountOwedFen: 5_000_010,
      hardship: ['illness'],
      description: '因病暂时无法按期还款',
    });
    expect(submitted['idempotencyKey']).toMatch(/^[0-9a-f-]{36}$/);
    expect(wrapper.find('[data-testid="intake-reference"]').text()).toBe('C-2026-000077');
    expect(wrapper.find('[data-testid="intake-follow-up"]').attributes('href')).toBe('/c/follow-tok');
  });

  it('shows FORM_INVALID problems under their fields and keeps the key after a network failure', async () => {
    let submits = 0;
    const { wrapper, sent } = mountPage((operation) => {
      if (opName(operation) === 'IntakeForm') return makeResult(operation, { data: FORM });
      submits++;
      if (submits === 1) return makeResult(operation, { data: null, errors: [FORM_INVALID] });
      if (submits === 2) return makeErrorResult(operation, new Error('offline'));
      return makeResult(operation, { data: RECEIPT });
    });
    await flushPromises();
    await fillValid(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-testid="intake-submit-error"]').text()).toContain('表单有 1 处错误。');
    expect(wrapper.find('[data-testid="intake-field-description"]').text()).toContain('情况说明太长。');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const keys = sent.filter((o) => opName(o) === 'SubmitIntake').map((o) => vars(o)['idempotencyKey']);
    // A refusal renews the key (nothing was opened); a failure without an answer keeps it for the retry.
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[1]);
    expect(wrapper.find('[data-testid="intake-reference"]').text()).toBe('C-2026-000077');
  });
});
