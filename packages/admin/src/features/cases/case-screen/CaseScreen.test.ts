// @vitest-environment happy-dom
/**
 * The case screen against the shared fake network (src/test/fake-urql.ts): header and reveal, the
 * timeline's actors, texts, details and paging, the flow map, department names, the customer link's
 * condition, the agreement's hash and check. The real server: e2e/workspace-case.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessage } from 'element-plus';
import { useLocaleStore } from '../../../app/locale.store';
import { operationName } from '../../../test/fake-urql';
import { AGREEMENT, byId, mountScreen } from './case-screen.fixture';

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:fake');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  ElMessage.closeAll();
  document.body.innerHTML = '';
});

// Each test mounts the whole screen (Element Plus and all), once or twice: slow on a busy machine.
describe('the case screen', { timeout: 20_000 }, () => {
  it('shows the customer masked; reveal is offered only with the permission and shows the plain value', async () => {
    const agent = mountScreen({ permissions: ['case.read', 'case.work'] });
    await flushPromises();
    expect(byId(agent.wrapper, 'case-page').exists()).toBe(true);
    expect(byId(agent.wrapper, 'case-customer').text()).toBe('张*');
    expect(byId(agent.wrapper, 'customer-field-PHONE').text()).toBe('138****8000');
    expect(agent.wrapper.findAll('[data-testid^="reveal-"]')).toHaveLength(0);
    agent.wrapper.unmount();

    const officer = mountScreen({ permissions: ['case.read', 'case.work', 'case.reveal-pii'] });
    await flushPromises();
    expect(
      officer.wrapper.findAll('[data-testid^="reveal-"]').map((b) => b.attributes('data-testid')),
    ).toEqual(['reveal-NAME', 'reveal-PHONE', 'reveal-ID_NUMBER']);
    const loadsBefore = officer.count('CaseDetail');
    await byId(officer.wrapper, 'reveal-PHONE').trigger('click');
    await flushPromises();
    expect(byId(officer.wrapper, 'customer-field-PHONE').text()).toBe('13800138000');
    expect(byId(officer.wrapper, 'reveal-PHONE').exists()).toBe(false);
    // The case reloads so the recorded reveal shows in the timeline.
    expect(officer.count('CaseDetail')).toBe(loadsBefore + 1);
    // A refused reveal leaves the mask.
    await byId(officer.wrapper, 'reveal-NAME').trigger('click');
    await flushPromises();
    expect(byId(officer.wrapper, 'case-customer').text()).toBe('张*');
    expect(document.body.textContent).toContain('无权查看');
  });

  it('names actors (the customer as the customer), words events in the page language and expands details', async () => {
    const { wrapper } = mountScreen({ permissions: ['case.read'] });
    await flushPromises();
    const actors = wrapper.findAll('[data-testid="event-actor"]').map((a) => a.text());
    expect(actors).toEqual(['王经理', '王经理', '王经理', '系统', '客户']);
    const titles = wrapper.findAll('.timeline__title strong').map((s) => s.text());
    expect(titles).toContain('发送通知');
    expect(titles).not.toContain('Notification requested');

    // Form answers under their labels; the review's outcome and note; the customer's comment.
    await byId(wrapper, 'event-details-toggle-2').trigger('click');
    expect(byId(wrapper, 'event-details-2').text()).toContain('客户姓名');
    expect(byId(wrapper, 'event-details-2').text()).toContain('overdue-repayment');
    await byId(wrapper, 'event-details-toggle-3').trigger('click');
    expect(byId(wrapper, 'event-details-3').text()).toMatch(/结果\s*通过/);
    expect(byId(wrapper, 'event-details-3').text()).toContain('材料齐全');
    await byId(wrapper, 'event-details-toggle-5').trigger('click');
    expect(byId(wrapper, 'event-details-5').text()).toContain('要求修改');
    expect(byId(wrapper, 'event-details-toggle-1').exists()).toBe(false);

    useLocaleStore().setLocale('en');
    await flushPromises();
    expect(
      wrapper
        .findAll('[data-testid="event-actor"]')
        .map((a) => a.text())
        .slice(3),
    ).toEqual(['System', 'Customer']);
    expect(wrapper.findAll('.timeline__title strong').map((s) => s.text())).toContain(
      'Notification requested',
    );
    expect(byId(wrapper, 'event-details-2').text()).toContain('Customer name');
    expect(byId(wrapper, 'case-department').text()).toBe('Customer service');
  });

  it('draws the flow map with the current step highlighted and the completed ones marked', async () => {
    const { wrapper } = mountScreen({ permissions: ['case.read'] });
    await flushPromises();
    const state = (key: string) =>
      wrapper.find(`[data-testid="flow-map-step-${key}"]`).attributes('data-state');
    expect(state('apply')).toBe('done');
    expect(state('review')).toBe('current');
    expect(state('confirm')).toBe('pending');
    expect(wrapper.findAll('.flow-map__edge')).toHaveLength(3);
    expect(byId(wrapper, 'case-department').text()).toBe('客服部门');
    expect(byId(wrapper, 'case-contacts').text()).toContain('客户同意协商');
    expect(byId(wrapper, 'case-contacts').text()).toContain('王经理');
  });

  it('offers "send customer link" only while the customer has something to do', async () => {
    const atReview = mountScreen({ permissions: ['case.read', 'case.work'], activeSteps: ['review'] });
    await flushPromises();
    expect(byId(atReview.wrapper, 'send-customer-link').exists()).toBe(false);
    atReview.wrapper.unmount();
    const atConfirm = mountScreen({ permissions: ['case.read', 'case.work'], activeSteps: ['confirm'] });
    await flushPromises();
    expect(byId(atConfirm.wrapper, 'send-customer-link').exists()).toBe(true);
    expect(atConfirm.wrapper.text()).toContain('客户当前有待办事项：方案确认');
  });

  it('shows the agreement’s hash and verifies it; the PDF download needs the reveal permission', async () => {
    const agent = mountScreen({ permissions: ['case.read'], agreement: true });
    await flushPromises();
    expect(byId(agent.wrapper, 'agreement-sha256').text()).toBe(AGREEMENT.sha256);
    expect(byId(agent.wrapper, 'download-agreement-pdf').exists()).toBe(false);
    await byId(agent.wrapper, 'verify-agreement').trigger('click');
    await flushPromises();
    expect(byId(agent.wrapper, 'agreement-verification').text()).toContain('日志第 17 条');
    agent.wrapper.unmount();

    const officer = mountScreen({ permissions: ['case.read', 'case.reveal-pii'], agreement: true });
    await flushPromises();
    expect(byId(officer.wrapper, 'download-agreement-pdf').exists()).toBe(true);
  });

  it('reads a long history page by page', async () => {
    const short = mountScreen({ permissions: ['case.read'] });
    await flushPromises();
    expect(byId(short.wrapper, 'more-events').exists()).toBe(false);
    short.wrapper.unmount();

    const { wrapper, sent } = mountScreen({ permissions: ['case.read'], moreEvents: true });
    await flushPromises();
    expect(wrapper.findAll('.timeline__title strong')).toHaveLength(5);
    await byId(wrapper, 'more-events').trigger('click');
    await flushPromises();
    const page = sent.find((o) => operationName(o) === 'CaseEventsPage')!;
    expect(page.variables).toEqual({ id: 'case-1', after: 'cursor-5' });
    expect(wrapper.findAll('.timeline__title strong').map((s) => s.text())).toHaveLength(6);
    expect(byId(wrapper, 'event-6').text()).toContain('备注');
    expect(byId(wrapper, 'more-events').exists()).toBe(false);
  });
});
