// @vitest-environment happy-dom
/** The inbox list: references, status and steps in words, due time in Beijing time, masked name. */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { useLocaleStore } from '../../../app/locale.store';
import type { InboxCaseFieldsFragment } from '../../../generated/graphql';
import InboxTable from './InboxTable.vue';

const steps = [
  { key: 'draft-plan', name: { zh: '方案制定（还款计划）', en: 'Plan drafting (repayment)' } },
  { key: 'communicate', name: { zh: '线上沟通', en: 'Online communication' } },
];

const CASES: InboxCaseFieldsFragment[] = [
  {
    id: 'c1',
    reference: 'C-2026-000001',
    status: 'OPEN',
    activeSteps: ['draft-plan', 'communicate'],
    dueAt: '2026-11-25T16:30:00Z',
    customer: { name: '张*' },
    flowVersion: { version: 1, steps },
  },
  {
    id: 'c2',
    reference: 'C-2026-000002',
    status: 'PAUSED',
    activeSteps: ['unknown-step'],
    dueAt: null,
    customer: null,
    flowVersion: { version: 1, steps },
  },
];

function mountTable(cases = CASES) {
  const wrapper = mount(InboxTable, {
    props: { cases },
    global: { plugins: [createPinia(), i18nPlugin(createAppI18n('zh-CN')), ElementPlus] },
  });
  return { wrapper, localeStore: useLocaleStore() };
}

const cells = (wrapper: ReturnType<typeof mountTable>['wrapper'], reference: string) =>
  wrapper.findAll(`[data-testid="inbox-row-${reference}"] td`).map((td) => td.text());

describe('InboxTable', () => {
  it('shows one row per case with steps by name and the due time in Asia/Shanghai', () => {
    const { wrapper } = mountTable();
    expect(cells(wrapper, 'C-2026-000001')).toEqual([
      'C-2026-000001',
      '办理中',
      '方案制定（还款计划）、线上沟通',
      '2026-11-26 00:30',
      '张*',
    ]);
    expect(cells(wrapper, 'C-2026-000002')).toEqual(['C-2026-000002', '已暂停', 'unknown-step', '—', '']);
    expect(wrapper.find('[data-testid="inbox-empty"]').exists()).toBe(false);
  });

  it('follows the language switch', async () => {
    const { wrapper, localeStore } = mountTable();
    localeStore.setLocale('en');
    await wrapper.vm.$nextTick();
    expect(cells(wrapper, 'C-2026-000001').slice(1, 3)).toEqual([
      'Open',
      'Plan drafting (repayment)、Online communication',
    ]);
    expect(wrapper.find('th:nth-child(4)').text()).toBe('Due (Beijing time)');
  });

  it('asks to open a case when its reference is clicked', async () => {
    const { wrapper } = mountTable();
    await wrapper.find('[data-testid="inbox-row-C-2026-000002"] a').trigger('click');
    expect(wrapper.emitted('open')).toEqual([['c2']]);
  });

  it('says so when the inbox is empty', () => {
    const { wrapper } = mountTable([]);
    expect(wrapper.find('[data-testid="inbox-empty"]').text()).toBe('暂无待办案件');
  });
});
