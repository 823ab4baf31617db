// @vitest-environment happy-dom
/** The complaint clock panel against the shared fake network: standing, days left, the extension request. */
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus, { ElMessage } from 'element-plus';
import urql from '@urql/vue';
import type { Operation } from '@urql/core';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { useSessionStore } from '../../session';
import { answer, fakeExchange, operationName, refusal } from '../../../test/fake-urql';
import ComplaintClockPanel from './ComplaintClockPanel.vue';

type Request = {
  id: string;
  days: number;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: string;
  comment: string | null;
};

function clock(patch: Record<string, unknown> = {}, requests: Request[] = []) {
  return {
    case: {
      id: 'case-1',
      status: 'OPEN',
      complaintClock: {
        receivedAt: '2026-03-02T02:00:00.000Z',
        deadline: '2026-03-17T15:59:59.999Z',
        provisional: false,
        status: 'ON_TIME',
        daysLeft: 7,
        workingDaysLeft: 5,
        extensions: [],
        extensionRequests: requests,
        ...patch,
      },
    },
  };
}

function mountPanel(
  opts: {
    clock?: ReturnType<typeof clock>;
    refuse?: boolean;
    conflicts?: number;
    locale?: 'zh-CN' | 'en';
  } = {},
) {
  const sent: Operation[] = [];
  let current = opts.clock ?? clock();
  let conflicts = opts.conflicts ?? 0;
  const i18n = createAppI18n(opts.locale ?? 'zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((operation) => {
        sent.push(operation);
        const name = operationName(operation);
        if (name === 'ComplaintClockPanel') return answer(operation, current);
        if (name === 'RequestComplaintExtension') {
          if (conflicts > 0) {
            conflicts -= 1;
            return refusal(operation, 'CONFLICT', { zh: '案件已变更。', en: 'The case changed.' });
          }
          if (opts.refuse)
            return refusal(operation, 'APPROVAL_PENDING', {
              zh: '已有一项延期申请在等待审批。',
              en: 'Waiting',
            });
          current = clock({}, [
            {
              id: 'r1',
              days: 15,
              reason: '需调取录音',
              requestedBy: 'user:u1',
              requestedAt: '2026-03-10T02:00:00.000Z',
              status: 'PENDING',
              comment: null,
            },
          ]);
          return answer(operation, { requestComplaintExtension: { case: { id: 'case-1' } } });
        }
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
      return () => h(ComplaintClockPanel, { caseId: 'case-1' });
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

describe('ComplaintClockPanel', () => {
  it(
    'shows the standing and the days left as the server counts them',
    async () => {
      const { wrapper } = mountPanel();
      await flushPromises();
      expect(wrapper.find('[data-testid="clock-status"]').text()).toBe('按时');
      expect(wrapper.find('[data-testid="clock-days-left"]').text()).toBe('7 天（5 个工作日）');
    },
    SLOW,
  );

  it(
    'shows a late clock as overdue, in English',
    async () => {
      const { wrapper } = mountPanel({
        clock: clock({ status: 'LATE', daysLeft: -2, workingDaysLeft: 0 }),
        locale: 'en',
      });
      await flushPromises();
      expect(wrapper.find('[data-testid="clock-status"]').text()).toBe('Late');
      expect(wrapper.find('[data-testid="clock-days-left"]').text()).toBe('2 days overdue');
    },
    SLOW,
  );

  it(
    'requests an extension with a reason; the request then waits and the button is disabled',
    async () => {
      const { wrapper, sent } = mountPanel();
      await flushPromises();
      await wrapper.find('[data-testid="clock-request-extension"]').trigger('click');
      await flushPromises();
      (document.querySelector('[data-testid="clock-submit"]') as HTMLElement).click();
      await flushPromises();
      expect(document.body.textContent).toContain('请填写延期原因');
      expect(sent.filter((o) => o.kind === 'mutation')).toHaveLength(0);

      const reason = document.querySelector('textarea[data-testid="clock-reason"]') as HTMLTextAreaElement;
      reason.value = '需调取录音';
      reason.dispatchEvent(new Event('input'));
      await flushPromises();
      (document.querySelector('[data-testid="clock-submit"]') as HTMLElement).click();
      await flushPromises();
      const mutation = sent.find((o) => operationName(o) === 'RequestComplaintExtension');
      expect(mutation?.variables).toMatchObject({ caseId: 'case-1', reason: '需调取录音' });
      expect(wrapper.find('[data-testid="clock-requests"]').text()).toContain('待审批');
      expect(wrapper.find('[data-testid="clock-request-extension"]').attributes('disabled')).toBeDefined();
    },
    SLOW,
  );

  it(
    'shows the server’s refusal',
    async () => {
      const { wrapper } = mountPanel({ refuse: true });
      await flushPromises();
      await wrapper.find('[data-testid="clock-request-extension"]').trigger('click');
      await flushPromises();
      const reason = document.querySelector('textarea[data-testid="clock-reason"]') as HTMLTextAreaElement;
      reason.value = '再次';
      reason.dispatchEvent(new Event('input'));
      await flushPromises();
      (document.querySelector('[data-testid="clock-submit"]') as HTMLElement).click();
      await flushPromises();
      expect(document.body.textContent).toContain('已有一项延期申请在等待审批。');
    },
    SLOW,
  );

  it(
    'on a conflict reloads the clock and the case, keeps the reason and says so; the retry is a new request',
    async () => {
      const { wrapper, sent } = mountPanel({ conflicts: 1 });
      await flushPromises();
      await wrapper.find('[data-testid="clock-request-extension"]').trigger('click');
      await flushPromises();
      const reason = document.querySelector('textarea[data-testid="clock-reason"]') as HTMLTextAreaElement;
      reason.value = '需调取录音';
      reason.dispatchEvent(new Event('input'));
      await flushPromises();
      const clockLoads = () => sent.filter((o) => operationName(o) === 'ComplaintClockPanel').length;
      const before = clockLoads();
      (document.querySelector('[data-testid="clock-submit"]') as HTMLElement).click();
      await flushPromises();
      expect(clockLoads()).toBeGreaterThan(before);
      expect(sent.some((o) => operationName(o) === 'CaseDetail')).toBe(true);
      expect(document.querySelector('[data-testid="clock-conflict"]')?.textContent).toContain(
        '提交时案件已被他人更新，已重新加载。您填写的延期原因已保留，请核对后重新提交。',
      );
      expect(
        (document.querySelector('textarea[data-testid="clock-reason"]') as HTMLTextAreaElement).value,
      ).toBe('需调取录音');

      (document.querySelector('[data-testid="clock-submit"]') as HTMLElement).click();
      await flushPromises();
      const requests = sent.filter((o) => operationName(o) === 'RequestComplaintExtension');
      expect(requests).toHaveLength(2);
      const keyOf = (o: Operation) => (o.variables as { idempotencyKey: string }).idempotencyKey;
      expect(keyOf(requests[1]!)).not.toBe(keyOf(requests[0]!));
      expect(requests[1]!.variables).toMatchObject({ reason: '需调取录音' });
    },
    SLOW,
  );

  it(
    'renders nothing for a case without a complaint clock',
    async () => {
      const { wrapper } = mountPanel({
        clock: { case: { id: 'case-1', status: 'OPEN', complaintClock: null } } as never,
      });
      await flushPromises();
      expect(wrapper.find('[data-testid="complaint-clock"]').exists()).toBe(false);
    },
    SLOW,
  );
});
