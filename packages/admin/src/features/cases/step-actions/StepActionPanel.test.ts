// @vitest-environment happy-dom
/**
 * The step actions against a fake network: a form step submits what the engine accepts, with an
 * idempotency key, and refreshes the case; the server's field errors land on the fields; a CONFLICT
 * reloads the case and keeps what was typed; reviews need a reason to reject; shortcuts work outside
 * text fields only; the contact guard shows the next allowed time in Beijing time; a viewer without
 * the step's role is told who can, with no buttons. (The real server: e2e/workspace-templates.spec.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import { makeResult, type Operation, type OperationResult } from '@urql/core';
import { findTemplate } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { useLocaleStore } from '../../../app/locale.store';
import { answer, fakeExchange, operationName, refusal } from '../../../test/fake-urql';
import StepActionPanel from './StepActionPanel.vue';

const complaint = findTemplate('complaint-handling');
const overdue = findTemplate('overdue-reminders');
const CS_AGENT = { id: 'u1', roles: [{ key: 'agent' }], departments: [{ code: 'CUSTOMER_SERVICE' }] };
const PRODUCT_AGENT = { id: 'u2', roles: [{ key: 'agent' }], departments: [{ code: 'PRODUCT' }] };

function context(activeSteps: string[], definition: unknown = complaint, me = CS_AGENT) {
  return {
    case: {
      id: 'c1',
      status: 'OPEN',
      activeSteps,
      flowVersion: { id: 'v1', definition },
      followUps: [],
      events: { edges: [] },
    },
    me,
  };
}
const commandResult = (name: string, activeSteps: string[]) => ({
  [name]: { replayed: false, case: { id: 'c1', status: 'OPEN', activeSteps } },
});
const vars = (op: Operation) => op.variables as Record<string, unknown>;

function mountPanel(respond: (op: Operation) => OperationResult | undefined) {
  const sent: Operation[] = [];
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((op) => {
        sent.push(op);
        const name = operationName(op);
        // The case screen's own reload (useCasesStore().loadCase): nothing to show here.
        if (name === 'CaseDetail' || name === 'CaseOffers') return answer(op, { case: null });
        return respond(op) ?? refusal(op, 'NOT_FOUND');
      }),
    ],
  });
  const wrapper = mount(StepActionPanel, {
    props: { caseId: 'c1' },
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  const named = (name: string) => sent.filter((op) => operationName(op) === name);
  return { wrapper, sent, named, localeStore: useLocaleStore() };
}

const key = (k: string) => new KeyboardEvent('keydown', { key: k, bubbles: true });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('StepActionPanel', () => {
  it('checks a form step in the browser, then submits its data with an idempotency key and reloads the case', async () => {
    let steps = ['track'];
    const { wrapper, named } = mountPanel((op) => {
      if (operationName(op) === 'StepActionContext') return answer(op, context(steps));
      if (operationName(op) === 'SubmitStep') {
        steps = ['follow-up'];
        return answer(op, commandResult('submitStep', steps));
      }
      return undefined;
    });
    await flushPromises();
    const card = () => wrapper.find('[data-testid="step-action-track"]');
    expect(card().text()).toContain('跟踪');
    await wrapper.find('[data-testid="step-submit-track"]').trigger('click');
    await flushPromises();
    // Required and empty: the engine's message, nothing sent.
    expect(card().find('[role="alert"]').exists()).toBe(true);
    expect(named('SubmitStep')).toHaveLength(0);

    await wrapper.find('[data-testid="step-track-choice-trackingStatus-resolved"] input').setValue(true);
    await flushPromises();
    await wrapper.find('[data-testid="step-submit-track"]').trigger('click');
    await flushPromises();
    const [submit] = named('SubmitStep');
    expect(vars(submit as Operation)).toMatchObject({
      caseId: 'c1',
      stepKey: 'track',
      data: { trackingStatus: 'resolved' },
    });
    expect(vars(submit as Operation)['idempotencyKey']).toMatch(/.{8,}/);
    expect(named('CaseDetail').length).toBeGreaterThan(0);
    expect(named('StepActionContext').length).toBeGreaterThanOrEqual(2);
    expect(wrapper.find('[data-testid="step-action-follow-up"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="step-action-track"]').exists()).toBe(false);
  });

  it('on CONFLICT reloads the case, keeps what was typed and says so; the retry is a new request', async () => {
    let first = true;
    const { wrapper, named } = mountPanel((op) => {
      if (operationName(op) === 'StepActionContext') return answer(op, context(['track']));
      if (operationName(op) === 'SubmitStep') {
        if (first) {
          first = false;
          return refusal(op, 'CONFLICT', { zh: '案件已被修改', en: 'Changed' });
        }
        return answer(op, commandResult('submitStep', ['track']));
      }
      return undefined;
    });
    await flushPromises();
    await wrapper.find('[data-testid="step-track-choice-trackingStatus-reopen"] input').setValue(true);
    await flushPromises();
    const before = named('StepActionContext').length;
    await wrapper.find('[data-testid="step-submit-track"]').trigger('click');
    await flushPromises();
    expect(named('StepActionContext').length).toBeGreaterThan(before);
    expect(wrapper.find('[data-testid="step-result-track"]').text()).toContain('已重新加载');
    const radio = wrapper.find('[data-testid="step-track-choice-trackingStatus-reopen"] input');
    expect((radio.element as HTMLInputElement).checked).toBe(true);

    await wrapper.find('[data-testid="step-submit-track"]').trigger('click');
    await flushPromises();
    const [a, b] = named('SubmitStep');
    expect(vars(b as Operation)['data']).toEqual({ trackingStatus: 'reopen' });
    expect(vars(a as Operation)['idempotencyKey']).not.toBe(vars(b as Operation)['idempotencyKey']);
  });

  it('when someone else completed the step meanwhile, says so after the reload', async () => {
    let steps = ['track'];
    const { wrapper } = mountPanel((op) => {
      if (operationName(op) === 'StepActionContext') return answer(op, context(steps));
      if (operationName(op) === 'SubmitStep') {
        steps = ['follow-up'];
        return refusal(op, 'STEP_NOT_ACTIVE', { zh: '环节不在办理中', en: 'Not active' });
      }
      return undefined;
    });
    await flushPromises();
    await wrapper.find('[data-testid="step-track-choice-trackingStatus-resolved"] input').setValue(true);
    await flushPromises();
    await wrapper.find('[data-testid="step-submit-track"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="step-action-track"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="step-actions-conflict"]').text()).toContain('已由他人办理');
    expect(wrapper.find('[data-testid="step-action-follow-up"]').exists()).toBe(true);
  });

  it('shows the server’s field problems under the fields, in the page’s language', async () => {
    const { wrapper, localeStore } = mountPanel((op) => {
      if (operationName(op) === 'StepActionContext') return answer(op, context(['track']));
      if (operationName(op) === 'SubmitStep')
        return makeResult(op, {
          errors: [
            {
              message: 'invalid',
              extensions: {
                code: 'FORM_INVALID',
                messages: { zh: '表单有 1 处错误。', en: 'The form has 1 problem.' },
                problems: [
                  { fieldPath: ['data', 'trackingStatus'], messages: { zh: '不可选', en: 'Not allowed' } },
                ],
              },
            },
          ],
        });
      return undefined;
    });
    await flushPromises();
    await wrapper.find('[data-testid="step-track-choice-trackingStatus-resolved"] input').setValue(true);
    await flushPromises();
    await wrapper.find('[data-testid="step-submit-track"]').trigger('click');
    await flushPromises();
    const field = () => wrapper.find('[data-testid="step-track-field-trackingStatus"]');
    expect(field().text()).toContain('不可选');
    expect(wrapper.find('[data-testid="step-result-track"]').text()).toContain('表单有 1 处错误');
    localeStore.setLocale('en');
    await flushPromises();
    expect(field().text()).toContain('Not allowed');
  });

  it('a review: rejecting needs a reason; "A" approves from the page but not while typing', async () => {
    const minsheng = findTemplate('minsheng-e-negotiation');
    const reviewer = { id: 'u3', roles: [{ key: 'reviewer' }], departments: [] };
    const { wrapper, named } = mountPanel((op) => {
      if (operationName(op) === 'StepActionContext')
        return answer(op, context(['review'], minsheng, reviewer));
      if (operationName(op) === 'ApproveStep')
        return answer(op, commandResult('approveStep', ['communicate']));
      if (operationName(op) === 'RejectStep') return answer(op, commandResult('rejectStep', ['review']));
      return undefined;
    });
    await flushPromises();
    await wrapper.find('[data-testid="step-reject-review"]').trigger('click');
    await flushPromises();
    const confirm = document.querySelector('[data-testid="step-confirm-reject-review"]') as HTMLElement;
    confirm.click();
    await flushPromises();
    expect(document.body.textContent).toContain('请填写退回原因');
    expect(named('RejectStep')).toHaveLength(0);
    (document.querySelector('.el-dialog .el-dialog__headerbtn') as HTMLElement | null)?.click();
    await flushPromises();

    // The review's own form (required answers) goes with the approval.
    document.body.dispatchEvent(key('a'));
    await flushPromises();
    expect(named('ApproveStep')).toHaveLength(0);
    await wrapper.find('[data-testid="step-review-choice-identityVerified-yes"] input').setValue(true);
    await wrapper.find('[data-testid="step-review-choice-requestReasonable-yes"] input').setValue(true);
    await flushPromises();
    const comment = wrapper.find('[data-testid="step-comment-review"]');
    await comment.setValue('身份核实无误');
    comment.element.dispatchEvent(key('a'));
    await flushPromises();
    expect(named('ApproveStep')).toHaveLength(0);

    document.body.dispatchEvent(key('a'));
    await flushPromises();
    expect(named('ApproveStep')).toHaveLength(1);
    expect(vars(named('ApproveStep')[0] as Operation)).toMatchObject({
      stepKey: 'review',
      comment: '身份核实无误',
      data: { identityVerified: 'yes', requestReasonable: 'yes' },
    });
  });

  it('"?" opens the list of shortcuts', async () => {
    const { wrapper } = mountPanel((op) =>
      operationName(op) === 'StepActionContext' ? answer(op, context(['track'])) : undefined,
    );
    await flushPromises();
    document.body.dispatchEvent(key('?'));
    await flushPromises();
    const help = document.querySelector('[data-testid="shortcut-help"]');
    expect(help?.textContent).toContain('通过审核');
    expect(help?.textContent).toContain('Enter');
    wrapper.unmount();
  });

  it('the contact guard says when contact is allowed again, in Beijing time, before anything is logged', async () => {
    const collector = { id: 'u4', roles: [{ key: 'agent' }], departments: [] };
    const { wrapper, named } = mountPanel((op) => {
      if (operationName(op) === 'StepActionContext')
        return answer(op, context(['reminder-call'], overdue, collector));
      if (operationName(op) === 'ContactCheck')
        return answer(op, {
          contactCheck: {
            allowed: false,
            reason: { zh: '夜间免打扰时段', en: 'Quiet hours' },
            unansweredToday: 1,
            dailyLimit: 6,
            nextAllowedAt: '2026-03-03T00:00:00Z',
          },
        });
      if (operationName(op) === 'LogCommunication')
        return answer(op, commandResult('logCommunication', ['retry-later']));
      return undefined;
    });
    await flushPromises();
    await wrapper.find('[data-testid="step-contact-reminder-call"]').setValue('13800138000');
    await wrapper.find('[data-testid="step-check-reminder-call"]').trigger('click');
    await flushPromises();
    expect(vars(named('ContactCheck')[0] as Operation)).toMatchObject({
      contact: '13800138000',
      channel: 'phone',
    });
    const result = wrapper.find('[data-testid="step-check-result-reminder-call"]').text();
    expect(result).toContain('现在不宜联系');
    expect(result).toContain('夜间免打扰时段');
    expect(wrapper.find('[data-testid="step-next-allowed-reminder-call"]').text()).toContain(
      '2026-03-03 08:00',
    );
    expect(named('LogCommunication')).toHaveLength(0);

    // Logging needs a summary; then it goes out with the channel, contact and answer.
    await wrapper.find('[data-testid="step-log-reminder-call"]').trigger('click');
    await flushPromises();
    expect(named('LogCommunication')).toHaveLength(0);
    await wrapper.find('[data-testid="step-summary-reminder-call"]').setValue('无人接听');
    await wrapper.find('[data-testid="step-answered-reminder-call"] input').setValue(false);
    await wrapper.find('[data-testid="step-log-reminder-call"]').trigger('click');
    await flushPromises();
    expect(vars(named('LogCommunication')[0] as Operation)).toMatchObject({
      stepKey: 'reminder-call',
      channel: 'phone',
      contact: '13800138000',
      answered: false,
      summary: '无人接听',
    });
  });

  it('a viewer without the step’s role is told who can, with no buttons', async () => {
    const { wrapper } = mountPanel((op) =>
      operationName(op) === 'StepActionContext'
        ? answer(op, context(['receive'], complaint, PRODUCT_AGENT))
        : undefined,
    );
    await flushPromises();
    const card = wrapper.find('[data-testid="step-action-receive"]');
    expect(card.find('[data-testid="step-blocked-receive"]').text()).toContain('此环节由「');
    expect(card.findAll('button')).toHaveLength(0);
  });
});
