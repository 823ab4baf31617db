// @vitest-environment happy-dom
/* eslint-disable vue/one-component-per-file -- the test mounts a host component next to the chart mock */
/**
 * The offer builder against the shared fake network: shown at an active plan step, the engine's live
 * schedule and authority verdict, the server's check, and what it sends (the real server:
 * e2e/workspace-negotiation.spec.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus, { ElMessage } from 'element-plus';
import urql from '@urql/vue';
import type { Operation } from '@urql/core';
import { findTemplate } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { useSessionStore } from '../../session';
import { answer, fakeExchange, operationName, refusal } from '../../../test/fake-urql';
import OfferBuilder from './OfferBuilder.vue';

// happy-dom has no canvas: ECharts would paint after the test into a null context. The chart is
// drawn for real in Chromium (e2e/workspace-negotiation.spec.ts); here it is a plain element that
// still shows which periods it was given.
vi.mock('./PlanChart.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: { series: { type: Object, required: true }, labels: { type: Object, required: true } },
    setup: (props) => () =>
      h('div', { 'data-testid': 'offer-chart' }, (props.series as { periods: string[] }).periods.join(',')),
  }),
}));

const DEFINITION = findTemplate('minsheng-e-negotiation');

/** A plan someone else proposed meanwhile (what a reload after a conflict may bring). */
const THEIR_OFFER = {
  id: 'offer-9',
  stepKey: 'draft-plan',
  status: 'PROPOSED',
  customerComment: null,
  input: {
    kind: 'equalInstalment',
    owed: { principalFen: 100_000, interestFen: 0, penaltyInterestFen: 0, feesFen: 0 },
    startDate: '2026-03-10',
    termMonths: 6,
    annualRate: 0.05,
  },
};

function caseData(activeSteps: string[], offers: unknown[] = []) {
  return {
    case: {
      id: 'case-1',
      status: 'OPEN',
      activeSteps,
      openedAt: '2026-03-10T02:00:00.000Z',
      flowVersion: {
        id: 'fv-1',
        steps: [
          { key: 'communicate', kind: 'COMMUNICATION', name: { zh: '线上沟通', en: 'Online communication' } },
          {
            key: 'draft-plan',
            kind: 'PLAN',
            name: { zh: '方案制定（还款计划）', en: 'Plan drafting (repayment)' },
          },
        ],
        definition: DEFINITION,
      },
      offers,
      offerApprovals: [],
    },
    me: { id: 'u1', roles: [{ key: 'agent' }], departments: [{ code: 'CUSTOMER_SERVICE' }] },
  };
}

function mountBuilder(
  activeSteps: string[],
  verdict = 'NEEDS_APPROVAL',
  locale: 'zh-CN' | 'en' = 'zh-CN',
  conflicts = 0,
) {
  const sent: Operation[] = [];
  let refuse = conflicts;
  const i18n = createAppI18n(locale);
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((operation) => {
        sent.push(operation);
        const name = operationName(operation);
        // After a refused proposal, the reload shows the plan someone else proposed meanwhile.
        if (name === 'OfferBuilderCase')
          return answer(operation, caseData(activeSteps, refuse < conflicts ? [THEIR_OFFER] : []));
        if (name === 'CheckOffer')
          return answer(operation, {
            checkOffer: {
              verdict,
              requiredRole: verdict === 'NEEDS_APPROVAL' ? 'supervisor' : null,
              code: null,
              message: null,
              problems: [],
            },
          });
        if (name === 'ProposeOffer' && refuse > 0) {
          refuse -= 1;
          return refusal(operation, 'CONFLICT', { zh: '案件已变更。', en: 'The case changed.' });
        }
        if (name === 'ProposeOffer')
          return answer(operation, {
            proposeOffer: {
              case: { id: 'case-1', activeSteps: ['draft-plan'] },
              events: [{ type: 'offerApprovalRequested' }],
            },
          });
        return answer(operation, { case: null });
      }),
    ],
  });
  const SignedIn = defineComponent({
    setup() {
      useSessionStore().user = {
        id: 'u1',
        username: 'agent',
        displayName: 'A',
        permissions: ['case.read', 'case.work'],
      };
      return () => h(OfferBuilder, { caseId: 'case-1', today: '2026-03-10' });
    },
  });
  const wrapper = mount(SignedIn, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  return { wrapper, sent };
}

afterEach(() => {
  ElMessage.closeAll();
  document.body.innerHTML = '';
});

// Mounting Element Plus and the engine is slow on a busy shared machine: a generous allowance.
const SLOW = 30_000;

describe('OfferBuilder', () => {
  it(
    'is not shown unless a plan step is active',
    async () => {
      const { wrapper } = mountBuilder(['communicate']);
      await flushPromises();
      expect(wrapper.find('[data-testid="offer-builder"]').exists()).toBe(false);
    },
    SLOW,
  );

  it(
    'computes a 24-month 停息挂账 plan live, says it needs a supervisor, and sends it for approval',
    async () => {
      const { wrapper, sent } = mountBuilder(['draft-plan']);
      await flushPromises();
      expect(wrapper.find('[data-testid="offer-builder"]').exists()).toBe(true);
      // Only the kinds the flow allows (seed 000: no equal-principal plans).
      expect(wrapper.find('[data-testid="offer-kind-equalPrincipal"]').exists()).toBe(false);
      expect(wrapper.find('[data-testid="offer-send"]').attributes('disabled')).toBeDefined();

      await wrapper.find('[data-testid="offer-kind-interestFrozen"] input').setValue(true);
      await wrapper.find('input[data-testid="offer-principal"]').setValue('45000');
      await wrapper.find('input[data-testid="offer-penaltyInterest"]').setValue('4000');
      await wrapper.find('input[data-testid="offer-fees"]').setValue('3000');
      await wrapper.find('[data-testid="offer-waive-penaltyInterest"] input').setValue(true);
      await wrapper.find('[data-testid="offer-waive-fees"] input').setValue(true);
      await flushPromises();

      // The engine's schedule, in the browser: 24 instalments of ¥1,875.00 and a totals row.
      const table = wrapper.find('[data-testid="agreement-schedule"]');
      expect(table.findAll('tbody tr')).toHaveLength(24);
      expect(table.find('tbody tr').text()).toContain('¥1,875.00');
      expect(table.find('tfoot').text()).toContain('¥45,000.00');
      expect(wrapper.find('[data-testid="offer-forgiven"]').text()).toBe('¥7,000.00');
      expect(wrapper.find('[data-testid="offer-rate"]').text()).toBe('无（不计息）');
      expect(wrapper.find('[data-testid="offer-policy"]').text()).toContain('符合');
      expect(wrapper.find('[data-testid="offer-authority"]').text()).toContain('需要 主管 审批');

      await vi.waitFor(() =>
        expect(
          wrapper.find('[data-testid="offer-server-check"] [data-verdict]').attributes('data-verdict'),
        ).toBe('NEEDS_APPROVAL'),
      );
      const send = wrapper.find('[data-testid="offer-send"]');
      expect(send.text()).toBe('提交审批');
      await send.trigger('click');
      await flushPromises();
      const proposed = sent.filter((o) => operationName(o) === 'ProposeOffer');
      expect(proposed).toHaveLength(1);
      expect(proposed[0]!.variables).toMatchObject({
        caseId: 'case-1',
        stepKey: 'draft-plan',
        plan: {
          kind: 'interestFrozen',
          owed: { principalFen: 4_500_000, interestFen: 0, penaltyInterestFen: 400_000, feesFen: 300_000 },
          waivers: { penaltyInterest: 'all', fees: 'all' },
          startDate: '2026-03-10',
          termMonths: 24,
        },
      });
      expect(wrapper.find('[data-testid="offer-result"]').text()).toContain('已提交审批');
    },
    SLOW,
  );

  it(
    'takes a partial waiver and a due day: the engine computes from them, the server checks them',
    async () => {
      const { wrapper, sent } = mountBuilder(['draft-plan']);
      await flushPromises();
      await wrapper.find('[data-testid="offer-kind-interestFrozen"] input').setValue(true);
      await wrapper.find('input[data-testid="offer-principal"]').setValue('80000');
      await wrapper.find('input[data-testid="offer-penaltyInterest"]').setValue('3000');
      await wrapper.find('input[data-testid="offer-fees"]').setValue('1000');
      // 10 % of the penalty interest, and ¥250.00 of the fees.
      await wrapper.find('input[data-testid="offer-waiver-penaltyInterest"]').setValue('10');
      await wrapper.find('[data-testid="offer-waiver-unit-fees-amount"] input').setValue(true);
      await wrapper.find('input[data-testid="offer-waiver-fees"]').setValue('250');
      await wrapper.find('input[data-testid="offer-dueDayOfMonth"]').setValue('25');
      await flushPromises();

      expect(wrapper.find('[data-testid="offer-forgiven"]').text()).toBe('¥550.00');
      const rows = wrapper.find('[data-testid="agreement-schedule"]').findAll('tbody tr');
      expect(rows).toHaveLength(24);
      expect(rows[0]!.text()).toContain('2026-04-25');
      await vi.waitFor(() => expect(sent.some((o) => operationName(o) === 'CheckOffer')).toBe(true));
      const checked = sent.filter((o) => operationName(o) === 'CheckOffer').at(-1);
      expect(checked!.variables).toMatchObject({
        plan: {
          waivers: { penaltyInterest: { percent: '10' }, fees: { fen: 25_000 } },
          dueDayOfMonth: 25,
        },
      });

      // "Waive all" hides the partial waiver of that item.
      await wrapper.find('[data-testid="offer-waive-fees"] input').setValue(true);
      await flushPromises();
      expect(wrapper.find('[data-testid="offer-partial-fees"]').exists()).toBe(false);
      expect(wrapper.find('[data-testid="offer-forgiven"]').text()).toBe('¥1,300.00');
    },
    SLOW,
  );

  it(
    'says under the field what is wrong with a waiver or a due day, in English',
    async () => {
      const { wrapper, sent } = mountBuilder(['draft-plan'], 'WITHIN_AUTHORITY', 'en');
      await flushPromises();
      await wrapper.find('[data-testid="offer-kind-interestFrozen"] input').setValue(true);
      await wrapper.find('input[data-testid="offer-principal"]').setValue('80000');
      await wrapper.find('input[data-testid="offer-interest"]').setValue('100');
      // 120 %, then ¥120.00 of ¥100.00 of interest.
      await wrapper.find('input[data-testid="offer-waiver-interest"]').setValue('120');
      await wrapper.find('input[data-testid="offer-dueDayOfMonth"]').setValue('32');
      await flushPromises();
      // Element Plus shows a field's message through a transition group: it may land a tick later.
      const errorOf = (testId: string) =>
        wrapper.find(`[data-testid="${testId}"]`).element.closest('.el-form-item')?.textContent ?? '';
      await vi.waitFor(() =>
        expect(errorOf('offer-waiver-interest')).toContain('A percentage from 0 to 100'),
      );
      await vi.waitFor(() =>
        expect(errorOf('offer-dueDayOfMonth')).toContain('The due day must be a whole number from 1 to 31'),
      );

      await wrapper.find('[data-testid="offer-waiver-unit-interest-amount"] input').setValue(true);
      await flushPromises();
      await vi.waitFor(() =>
        expect(errorOf('offer-waiver-interest')).toContain('Cannot waive more than is owed for this item'),
      );
      expect(wrapper.find('[data-testid="offer-preview"]').exists()).toBe(false);
      expect(sent.some((o) => operationName(o) === 'CheckOffer')).toBe(false);
    },
    SLOW,
  );

  it(
    'shows field problems and sends nothing for an amount that is not one',
    async () => {
      const { wrapper, sent } = mountBuilder(['draft-plan'], 'WITHIN_AUTHORITY', 'en');
      await flushPromises();
      await wrapper.find('input[data-testid="offer-principal"]').setValue('12.345');
      await flushPromises();
      expect(wrapper.text()).toContain('Enter an amount with at most two decimals');
      expect(wrapper.find('[data-testid="offer-preview"]').exists()).toBe(false);
      expect(wrapper.find('[data-testid="offer-send"]').attributes('disabled')).toBeDefined();
      expect(sent.some((o) => operationName(o) === 'CheckOffer')).toBe(false);
    },
    SLOW,
  );

  it(
    'on a conflict reloads the case, keeps the typed plan over the newer offer and says so; the retry is a new request',
    async () => {
      const { wrapper, sent } = mountBuilder(['draft-plan'], 'WITHIN_AUTHORITY', 'zh-CN', 1);
      await flushPromises();
      await wrapper.find('[data-testid="offer-kind-interestFrozen"] input').setValue(true);
      await wrapper.find('input[data-testid="offer-principal"]').setValue('45000');
      await flushPromises();
      await vi.waitFor(() =>
        expect(wrapper.find('[data-testid="offer-send"]').attributes('disabled')).toBeUndefined(),
      );
      const loads = () => sent.filter((o) => operationName(o) === 'OfferBuilderCase').length;
      const before = loads();
      await wrapper.find('[data-testid="offer-send"]').trigger('click');
      await flushPromises();
      // Reloaded (the builder and the case screen), told in words, the plan as typed.
      expect(loads()).toBeGreaterThan(before);
      expect(sent.some((o) => operationName(o) === 'CaseDetail')).toBe(true);
      expect(wrapper.find('[data-testid="offer-conflict"]').text()).toBe(
        '提交时案件已被他人更新，已重新加载最新情况。您填写的方案已保留，请核对后重新提交。',
      );
      expect((wrapper.find('input[data-testid="offer-principal"]').element as HTMLInputElement).value).toBe(
        '45000',
      );
      expect(
        (wrapper.find('[data-testid="offer-kind-interestFrozen"] input').element as HTMLInputElement).checked,
      ).toBe(true);
      expect(wrapper.find('[data-testid="offer-result"]').exists()).toBe(false);

      await vi.waitFor(() =>
        expect(wrapper.find('[data-testid="offer-send"]').attributes('disabled')).toBeUndefined(),
      );
      await wrapper.find('[data-testid="offer-send"]').trigger('click');
      await flushPromises();
      const proposed = sent.filter((o) => operationName(o) === 'ProposeOffer');
      expect(proposed).toHaveLength(2);
      const keyOf = (o: Operation) => (o.variables as { idempotencyKey: string }).idempotencyKey;
      expect(keyOf(proposed[1]!)).not.toBe(keyOf(proposed[0]!));
      expect(proposed[1]!.variables).toMatchObject({ plan: { kind: 'interestFrozen' } });
      expect(wrapper.find('[data-testid="offer-conflict"]').exists()).toBe(false);
    },
    SLOW,
  );
});
