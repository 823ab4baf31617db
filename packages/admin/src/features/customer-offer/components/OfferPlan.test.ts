// @vitest-environment happy-dom
/** The plan's summary and schedule: amounts in yuan from exact fen, kind and rate in words. */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { useLocaleStore } from '../../../app/locale.store';
import type { PlanPreviewFieldsFragment } from '../../../generated/graphql';
import { PLAN } from '../plan.fixture';
import OfferPlan from './OfferPlan.vue';

function mountPlan(plan: PlanPreviewFieldsFragment = PLAN) {
  const i18n = createAppI18n('zh-CN');
  const wrapper = mount(OfferPlan, {
    props: { plan },
    global: { plugins: [createPinia(), i18nPlugin(i18n), ElementPlus] },
  });
  return { wrapper, localeStore: useLocaleStore() };
}

const cell = (wrapper: ReturnType<typeof mountPlan>['wrapper'], id: string) =>
  wrapper.find(`[data-testid="${id}"] dd`).text();

describe('OfferPlan', () => {
  it('shows the summary in yuan with two decimals, the kind in words and the rate as a percentage', () => {
    const { wrapper } = mountPlan();
    expect(cell(wrapper, 'summary-kind')).toBe('等额本息分期');
    expect(cell(wrapper, 'summary-owed')).toBe('¥50,000.00');
    expect(cell(wrapper, 'summary-forgiven')).toBe('¥1,500.00');
    expect(cell(wrapper, 'summary-down-payment')).toBe('¥2,000.00');
    expect(cell(wrapper, 'summary-term')).toBe('2 期');
    expect(cell(wrapper, 'summary-total-due')).toBe('¥49,356.17');
    expect(cell(wrapper, 'summary-rate')).toBe('6.17%');
  });

  it('lists every instalment with exact amounts', () => {
    const { wrapper } = mountPlan();
    const rows = wrapper
      .findAll('[data-testid="schedule-row"]')
      .map((row) => row.findAll('td').map((td) => td.text()));
    expect(rows).toEqual([
      ['1', '2026-04-10', '23,133.33', '232.50', '0.00', '23,365.83', '23,366.67'],
      ['2', '2026-05-10', '23,366.67', '116.83', '0.05', '23,483.55', '0.00'],
    ]);
  });

  it('follows the language switch, and names a plan without cost and an unknown kind plainly', async () => {
    const { wrapper, localeStore } = mountPlan({ ...PLAN, kind: 'somethingNew', annualisedRate: null });
    expect(cell(wrapper, 'summary-kind')).toBe('somethingNew');
    expect(cell(wrapper, 'summary-rate')).toBe('无');
    localeStore.setLocale('en');
    await wrapper.vm.$nextTick();
    expect(cell(wrapper, 'summary-rate')).toBe('None');
    expect(cell(wrapper, 'summary-term')).toBe('2 instalments');
    expect(wrapper.find('th').text()).toBe('No.');
  });
});
