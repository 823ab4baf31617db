// @vitest-environment happy-dom
/**
 * The close dialog against the shared fake network: a complaint needs a root cause and a remedy (checked
 * before sending), sends them with one idempotency key per opening, and shows the server's refusal under
 * the field it names; another flow closes with its note only. The real server: e2e/workspace-findings.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import type { Operation } from '@urql/core';
import { ROOT_CAUSES } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { answer, fakeExchange, operationName } from '../../../test/fake-urql';
import { makeResult } from '@urql/core';
import CloseCaseDialog from './CloseCaseDialog.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

type Reply = (operation: Operation) => ReturnType<typeof answer>;

function mountDialog(findingRequired: boolean, close: Reply) {
  const sent: Operation[] = [];
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((operation) => {
        sent.push(operation);
        if (operationName(operation) === 'ComplaintRootCauses')
          return answer(operation, {
            complaintRootCauses: ROOT_CAUSES.map((c) => ({
              code: c.code,
              label: c.label,
              description: c.description,
            })),
          });
        return close(operation);
      }),
    ],
  });
  const open = ref(true);
  const closed: number[] = [];
  const Host = defineComponent({
    setup: () => () =>
      h(CloseCaseDialog, {
        caseId: 'case-1',
        findingRequired,
        modelValue: open.value,
        'onUpdate:modelValue': (v: boolean) => (open.value = v),
        onClosed: () => closed.push(1),
      }),
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  const closes = () => sent.filter((o) => operationName(o) === 'CloseCaseWithFinding');
  const byId = (id: string) => document.querySelector(`[data-testid="${id}"]`);
  const press = async () => {
    (byId('case-finding-submit') as HTMLButtonElement).click();
    await flushPromises();
  };
  const errors = () =>
    [...document.querySelectorAll('.el-form-item__error')].map((e) => e.textContent?.trim());
  return { wrapper, open, closed, closes, byId, press, errors };
}

const closedCase = (operation: Operation) =>
  answer(operation, { closeCase: { case: { id: 'case-1', status: 'CLOSED' }, replayed: false } });

/** Types into the textarea with the test id (Element Plus puts the id on the textarea itself). */
async function typeInto(el: Element | null, value: string): Promise<void> {
  const input = (el?.tagName === 'TEXTAREA' ? el : el?.querySelector('textarea')) as HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
}

describe('the close dialog', () => {
  it('asks a complaint for its root cause and remedy before anything is sent', async () => {
    const d = mountDialog(true, closedCase);
    await flushPromises();
    expect(document.body.textContent).toContain('投诉结案：溯源整改');
    expect(d.byId('case-finding-root-cause')).not.toBeNull();
    await d.press();
    // The message renders a tick after the field turns red: poll for it.
    await vi.waitFor(() => expect(d.errors()).toEqual(['请选择投诉根因', '请填写整改措施']));
    expect(d.closes()).toHaveLength(0);
    d.wrapper.unmount();
  });

  it('sends the finding trimmed, closes, and shows a server refusal under its field', async () => {
    let refuse = true;
    const d = mountDialog(true, (operation) =>
      refuse
        ? makeResult(operation, {
            errors: [
              {
                message: 'The remedy must be 1–1000 characters.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fieldPath: ['finding', 'remedy'],
                  messages: {
                    zh: '整改措施须为 1–1000 个字符。',
                    en: 'The remedy must be 1–1000 characters.',
                  },
                },
              },
            ],
          })
        : closedCase(operation),
    );
    await flushPromises();
    // Choose through the component's model (the select's popper is outside this test's concern).
    const dialog = d.wrapper.findComponent(CloseCaseDialog);
    (dialog.vm.$ as unknown as { setupState: { form: { rootCause: string } } }).setupState.form.rootCause =
      'staff-error';
    await flushPromises();
    expect(d.byId('case-finding-description')?.textContent?.trim()).toBe(
      '员工个人操作失误，如录入、核算或办理错误。',
    );
    await typeInto(d.byId('case-finding-remedy'), '  更正费用  ');
    await d.press();
    await vi.waitFor(() => expect(d.errors()).toEqual(['整改措施须为 1–1000 个字符。']));
    expect(d.open.value).toBe(true);
    refuse = false;
    await d.press();
    const [first, second] = d.closes();
    expect(first!.variables).toMatchObject({
      caseId: 'case-1',
      note: null,
      finding: { rootCause: 'staff-error', remedy: '更正费用' },
    });
    // A retry from the same opening carries the same key: the server closes once.
    expect((second!.variables as { idempotencyKey: string }).idempotencyKey).toBe(
      (first!.variables as { idempotencyKey: string }).idempotencyKey,
    );
    expect(d.open.value).toBe(false);
    expect(d.closed).toEqual([1]);
    d.wrapper.unmount();
  });

  it('closes another flow with its note only, no root cause asked', async () => {
    const d = mountDialog(false, closedCase);
    await flushPromises();
    expect(d.byId('case-finding-root-cause')).toBeNull();
    expect(d.byId('case-finding-remedy')).toBeNull();
    await typeInto(d.byId('case-finding-note'), '办结');
    await d.press();
    expect(d.closes().map((o) => o.variables)).toMatchObject([
      { caseId: 'case-1', note: '办结', finding: null },
    ]);
    expect(d.open.value).toBe(false);
    d.wrapper.unmount();
  });
});
