// @vitest-environment happy-dom
/**
 * The customer page against a fake network: what it sends (public operations, no credentials) and how
 * it shows the server's answers and refusals (the real server: e2e/customer-offer.spec.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import { makeResult, type Operation, type OperationResult } from '@urql/core';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { useLocaleStore } from '../../../app/locale.store';
import type { CustomerViewFieldsFragment } from '../../../generated/graphql';
import CustomerOfferPage from './CustomerOfferPage.vue';
import { PLAN } from '../plan.fixture';
import { fakeExchange } from '../../../test/fake-urql';

type Responder = (operation: Operation) => OperationResult;

const vars = (operation: Operation | undefined): Record<string, unknown> =>
  (operation?.variables ?? {}) as Record<string, unknown>;

const row = (period: string, total: string) => ({
  period,
  dueDate: period === '合计' || period === 'Total' ? '' : '2026年12月25日',
  principal: total,
  interest: '¥0.00',
  fee: '¥0.00',
  total,
});

/** What the server renders from the flow's agreement text (engine `renderAgreement`). */
const AGREEMENT_TEXT: NonNullable<CustomerViewFieldsFragment['agreementText']> = {
  zh: [
    {
      key: 'parties',
      title: '协议双方',
      parts: [{ text: '甲方：示例银行\n乙方：张*', scheduleRows: null, scheduleTotal: null }],
    },
    {
      key: 'plan',
      title: '还款方案',
      parts: [
        { text: '乙方按下表还款：\n', scheduleRows: null, scheduleTotal: null },
        {
          text: null,
          scheduleRows: [row('1', '¥1,000.00'), row('2', '¥1,000.00')],
          scheduleTotal: row('合计', '¥2,000.00'),
        },
      ],
    },
  ],
  en: [
    {
      key: 'parties',
      title: 'Parties',
      parts: [{ text: 'Party A: Example Bank\nParty B: 张*', scheduleRows: null, scheduleTotal: null }],
    },
    {
      key: 'plan',
      title: 'Repayment plan',
      parts: [
        { text: 'Party B pays as follows:\n', scheduleRows: null, scheduleTotal: null },
        { text: null, scheduleRows: [row('1', 'CN¥1,000.00')], scheduleTotal: row('Total', 'CN¥1,000.00') },
      ],
    },
  ],
};

const VIEW: CustomerViewFieldsFragment = {
  caseReference: 'C-2026-000042',
  customerName: '张*',
  actions: ['ACCEPT', 'COUNTER'],
  expiresAt: '2026-11-28T01:00:00Z',
  offer: { id: 'o1', status: 'PROPOSED', plan: PLAN },
  agreement: null,
  agreementText: AGREEMENT_TEXT,
  formSteps: [],
};

/** A customer's own form step: one required text field and a file field. */
const FORM_VIEW: CustomerViewFieldsFragment = {
  ...VIEW,
  actions: ['FILL_FORM'],
  offer: null,
  agreementText: null,
  formSteps: [
    {
      stepKey: 'feedback',
      name: { zh: '客户反馈', en: 'Feedback' },
      form: {
        key: 'feedback',
        title: { zh: '客户反馈', en: 'Feedback' },
        elements: [
          { type: 'text', name: 'issue', title: { zh: '问题', en: 'Issue' }, isRequired: true },
          { type: 'file', name: 'proof', title: { zh: '凭证', en: 'Proof' } },
        ],
      },
      context: {},
    },
  ],
};

const EXPIRED = {
  message: 'The link has expired.',
  extensions: {
    code: 'LINK_EXPIRED',
    messages: {
      zh: '链接已过期，请联系您的客户经理重新发送。',
      en: 'The link has expired. Ask your adviser for a new one.',
    },
  },
};

const FakeCanvas = defineComponent({
  name: 'SignatureCanvas',
  emits: ['change'],
  setup(_props, { emit }) {
    return () =>
      h('button', {
        'data-testid': 'fake-stroke',
        type: 'button',
        onClick: () => emit('change', 'data:image/png;base64,AA=='),
      });
  },
});

function mountPage(respond: Responder) {
  const sent: Operation[] = [];
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    // A staff session that must never be asked for: the page's operations are public.
    auth: {
      accessToken: () => Promise.reject(new Error('the customer page asked for a staff token')),
      onUnauthenticated: () => undefined,
    },
    exchanges: [
      fakeExchange((operation) => {
        sent.push(operation);
        return respond(operation);
      }),
    ],
  });
  const wrapper = mount(CustomerOfferPage, {
    props: { token: 'tok-123' },
    attachTo: document.body,
    global: {
      plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus],
      stubs: { SignatureCanvas: FakeCanvas, LocaleSwitch: true },
    },
  });
  return { wrapper, sent, localeStore: useLocaleStore() };
}

const opName = (operation: Operation) =>
  operation.query.definitions[0]?.kind === 'OperationDefinition'
    ? operation.query.definitions[0].name?.value
    : '';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CustomerOfferPage', () => {
  it('shows a refused link in the customer’s language, following a switch', async () => {
    const { wrapper, localeStore } = mountPage((operation) =>
      makeResult(operation, { data: null, errors: [EXPIRED] }),
    );
    await flushPromises();
    const error = wrapper.find('[data-testid="customer-error"]');
    expect(error.text()).toBe(EXPIRED.extensions.messages.zh);
    localeStore.setLocale('en');
    await flushPromises();
    expect(wrapper.find('[data-testid="customer-error"]').text()).toBe(EXPIRED.extensions.messages.en);
    expect(wrapper.find('[data-testid="schedule-table"]').exists()).toBe(false);
  });

  it('accepts with the link’s token as a public operation, then offers the sign panel and signs', async () => {
    const { wrapper, sent } = mountPage((operation) => {
      switch (opName(operation)) {
        case 'CustomerView':
          return makeResult(operation, { data: { customerView: VIEW } });
        case 'AcceptOffer':
          return makeResult(operation, {
            data: {
              acceptOffer: { ...VIEW, actions: ['SIGN'], offer: { ...VIEW.offer!, status: 'ACCEPTED' } },
            },
          });
        default:
          return makeResult(operation, {
            data: {
              signAgreement: {
                ...VIEW,
                actions: [],
                offer: { ...VIEW.offer!, status: 'SIGNED' },
                agreement: {
                  id: 'a1',
                  sha256: 'ab'.repeat(32),
                  size: 1234,
                  signatureKind: 'DRAWN',
                  signerName: '张*',
                  signedAt: '2026-11-25T02:00:00Z',
                },
              },
            },
          });
      }
    });
    await flushPromises();
    expect(wrapper.find('[data-testid="case-reference"]').text()).toBe('C-2026-000042');
    expect(wrapper.find('[data-testid="sign-panel"]').exists()).toBe(false);

    await wrapper.find('[data-testid="accept-offer"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="accept-offer"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="customer-notice"]').text()).toBe('您已接受该方案，请签署协议。');

    await wrapper.find('[data-testid="fake-stroke"]').trigger('click');
    await wrapper.find('[data-testid="consent"] input').setValue(true);
    await wrapper.find('[data-testid="submit-signature"]').trigger('click');
    await flushPromises();

    expect(wrapper.find('[data-testid="agreement-sha256"]').text()).toBe('ab'.repeat(32));
    expect(wrapper.find('[data-testid="sign-panel"]').exists()).toBe(false);
    expect(sent.map(opName)).toEqual(['CustomerView', 'AcceptOffer', 'SignAgreement']);
    expect(sent.every((operation) => operation.context['public'] === true)).toBe(true);
    expect(sent.every((operation) => vars(operation)['token'] === 'tok-123')).toBe(true);
    expect(vars(sent[2])['signature']).toEqual({
      kind: 'DRAWN',
      imagePngBase64: 'data:image/png;base64,AA==',
      consent: true,
    });
    // Each command carries its own idempotency key.
    expect(vars(sent[1])['idempotencyKey']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the agreement’s clauses in the page’s language, before the sign panel', async () => {
    const { wrapper, localeStore } = mountPage((operation) =>
      makeResult(operation, { data: { customerView: { ...VIEW, actions: ['SIGN'] } } }),
    );
    await flushPromises();
    const section = wrapper.find('[data-testid="agreement-text"]');
    expect(section.find('h3').text()).toBe('协议条款');
    const clauses = wrapper.findAll('[data-testid="agreement-clause"]');
    expect(clauses.map((c) => c.find('h4').text())).toEqual(['第 1 条 协议双方', '第 2 条 还款方案']);
    expect(clauses[0]!.find('p').text()).toBe('甲方：示例银行\n乙方：张*');
    const table = clauses[1]!.find('[data-testid="agreement-schedule"]');
    expect(table.findAll('tbody tr')).toHaveLength(2);
    expect(table.find('tfoot').text()).toContain('¥2,000.00');
    expect(clauses[1]!.find('[role="region"]').attributes('aria-label')).toBe('还款计划表');
    // Read before signing: the clauses come first in the page.
    const order = [
      ...document.querySelectorAll('[data-testid="agreement-text"], [data-testid="sign-panel"]'),
    ];
    expect(order.map((el) => el.getAttribute('data-testid'))).toEqual(['agreement-text', 'sign-panel']);

    localeStore.setLocale('en');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="agreement-clause"] h4').map((h) => h.text())).toEqual([
      'Clause 1 Parties',
      'Clause 2 Repayment plan',
    ]);
    expect(wrapper.find('[data-testid="agreement-schedule"] tfoot').text()).toContain('CN¥1,000.00');
  });

  it('shows no clauses when there is nothing to sign', async () => {
    const { wrapper } = mountPage((operation) =>
      makeResult(operation, { data: { customerView: { ...VIEW, agreementText: null } } }),
    );
    await flushPromises();
    expect(wrapper.find('[data-testid="agreement-text"]').exists()).toBe(false);
  });

  it('lets the customer fill in their own form step: browser checks first, the server’s refusal at the field, then done', async () => {
    let answer = 0;
    const { wrapper, sent, localeStore } = mountPage((operation) => {
      if (opName(operation) === 'CustomerView')
        return makeResult(operation, { data: { customerView: FORM_VIEW } });
      answer += 1;
      if (answer === 1)
        return makeResult(operation, {
          data: null,
          errors: [
            {
              message: 'invalid',
              extensions: {
                code: 'FORM_INVALID',
                messages: { zh: '表单有误。', en: 'The form has problems.' },
                problems: [{ fieldPath: ['data', 'issue'], messages: { zh: '内容太短', en: 'Too short' } }],
              },
            },
          ],
        });
      return makeResult(operation, {
        data: { submitCustomerStep: { ...FORM_VIEW, actions: [], formSteps: [] } },
      });
    });
    await flushPromises();
    expect(wrapper.find('[data-testid="customer-page-title"]').text()).toBe('您的办理事项');
    expect(wrapper.find('[data-testid="customer-form-feedback"] h3').text()).toBe('客户反馈');
    // The file field takes uploads here (a picker, not "not available").
    expect(wrapper.find('[data-testid="customer-feedback-upload-proof"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="no-offer"]').exists()).toBe(false);

    await wrapper.find('[data-testid="customer-form-submit-feedback"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="customer-form-hint"]').exists()).toBe(true);
    expect(sent.map(opName)).toEqual(['CustomerView']);

    await wrapper.find('[data-testid="customer-feedback-field-issue"] input').setValue('年费');
    await wrapper.find('[data-testid="customer-form-submit-feedback"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="customer-feedback-field-issue"]').text()).toContain('内容太短');
    expect(wrapper.find('[data-testid="customer-form-error"]').text()).toBe('表单有误。');

    await wrapper.find('[data-testid="customer-form-submit-feedback"]').trigger('click');
    await flushPromises();
    expect(sent.map(opName)).toEqual(['CustomerView', 'SubmitCustomerStep', 'SubmitCustomerStep']);
    expect(vars(sent[1])).toMatchObject({ token: 'tok-123', stepKey: 'feedback', data: { issue: '年费' } });
    expect(sent.every((operation) => operation.context['public'] === true)).toBe(true);
    // A refused submission is answered: the next one is a new request with its own key.
    expect(vars(sent[2])['idempotencyKey']).not.toBe(vars(sent[1])['idempotencyKey']);
    expect(wrapper.find('[data-testid="customer-form-notice"]').text()).toBe(
      '已提交「客户反馈」，谢谢！我们会尽快处理。',
    );
    expect(wrapper.find('[data-testid="customer-form-feedback"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="no-offer"]').text()).toBe(
      '目前没有需要您办理的事项。如有新的事项，我们会再发链接给您。',
    );
    localeStore.setLocale('en');
    await flushPromises();
    expect(wrapper.find('[data-testid="customer-form-notice"]').text()).toContain(
      '“Feedback” has been submitted',
    );
  });

  it('shows a refused command inline, keeping the offer on screen', async () => {
    const { wrapper } = mountPage((operation) =>
      opName(operation) === 'CustomerView'
        ? makeResult(operation, { data: { customerView: VIEW } })
        : makeResult(operation, { data: null, errors: [EXPIRED] }),
    );
    await flushPromises();
    await wrapper.find('[data-testid="accept-offer"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="action-error"]').text()).toContain(EXPIRED.extensions.messages.zh);
    expect(wrapper.findAll('[data-testid="schedule-row"]')).toHaveLength(2);
  });

  it('sends the customer’s request for changes', async () => {
    const { wrapper, sent } = mountPage((operation) =>
      opName(operation) === 'CustomerView'
        ? makeResult(operation, { data: { customerView: VIEW } })
        : makeResult(operation, {
            data: {
              counterOffer: { ...VIEW, actions: [], offer: { ...VIEW.offer!, status: 'CHANGES_REQUESTED' } },
            },
          }),
    );
    await flushPromises();
    await wrapper.find('[data-testid="counter-offer"]').trigger('click');
    await flushPromises();
    const input = document.querySelector<HTMLTextAreaElement>('[data-testid="input-counter-comment"]');
    expect(input).not.toBeNull();
    input!.value = '  希望降低月供  ';
    input!.dispatchEvent(new Event('input'));
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-testid="submit-counter"]')!.click();
    await flushPromises();
    expect(vars(sent[1])).toMatchObject({ token: 'tok-123', comment: '希望降低月供' });
    expect(wrapper.find('[data-testid="customer-notice"]').text()).toBe(
      '已提交您的修改意见，客户经理将与您联系。',
    );
    expect(wrapper.find('[data-testid="offer-status"]').text()).toBe('已申请修改');
  });

  it('fetches the signed PDF only when the customer downloads it', async () => {
    const signed = {
      ...VIEW,
      actions: [],
      offer: { ...VIEW.offer!, status: 'SIGNED' as const },
      agreement: {
        id: 'a1',
        sha256: 'ab'.repeat(32),
        size: 1234,
        signatureKind: 'DRAWN' as const,
        signerName: '张*',
        signedAt: '2026-11-25T02:00:00Z',
      },
    };
    const { wrapper, sent } = mountPage((operation) =>
      opName(operation) === 'CustomerView'
        ? makeResult(operation, { data: { customerView: signed } })
        : makeResult(operation, { data: { customerView: { agreementPdfBase64: 'JVBERi0=' } } }),
    );
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:agreement';
    });
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    await flushPromises();
    expect(sent.map(opName)).toEqual(['CustomerView']);
    await wrapper.find('[data-testid="download-agreement"]').trigger('click');
    await flushPromises();
    expect(sent.map(opName)).toEqual(['CustomerView', 'CustomerAgreementPdf']);
    expect(vars(sent[1])).toEqual({ token: 'tok-123' });
    expect(created).toHaveLength(1);
    expect(await created[0]!.text()).toBe('%PDF-');
    Object.assign(URL, original);
  });
});
