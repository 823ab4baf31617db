// @vitest-environment happy-dom
/** A deadline with its "暂定 / Provisional" tag and the tooltip that says why. */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus, { ElTooltip } from 'element-plus';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { useLocaleStore } from '../../../app/locale.store';
import DeadlineValue from './DeadlineValue.vue';

function mountDeadline(props: { at: string | null; provisional: boolean; years?: number[] }) {
  const wrapper = mount(DeadlineValue, {
    props,
    global: { plugins: [createPinia(), i18nPlugin(createAppI18n('zh-CN')), ElementPlus] },
  });
  return { wrapper, localeStore: useLocaleStore() };
}

const tag = (wrapper: ReturnType<typeof mountDeadline>['wrapper']) =>
  wrapper.find('[data-testid="deadline-provisional"]');

describe('DeadlineValue', () => {
  it('tags a provisional deadline and explains it in the tooltip, naming the year', () => {
    // 2027-01-18T16:00Z is 19 January 00:00 in Beijing: the end of Monday 18 January.
    const { wrapper } = mountDeadline({ at: '2027-01-18T16:00:00Z', provisional: true, years: [2027] });
    expect(wrapper.text()).toContain('2027-01-19 00:00');
    expect(tag(wrapper).text()).toBe('暂定');
    const hint = wrapper.findComponent(ElTooltip).props('content') as string;
    expect(hint).toContain('2027 年的国务院节假日安排尚未录入');
    expect(hint).toContain('不含调休');
    expect(tag(wrapper).attributes('aria-label')).toBe(hint);
  });

  it('speaks English after the language switch', async () => {
    const { wrapper, localeStore } = mountDeadline({
      at: '2027-01-04T02:00:00Z',
      provisional: true,
      years: [2027],
    });
    localeStore.setLocale('en');
    await wrapper.vm.$nextTick();
    expect(tag(wrapper).text()).toBe('Provisional');
    expect(wrapper.findComponent(ElTooltip).props('content')).toContain(
      'The State Council holiday notice for 2027 has not been entered yet',
    );
  });

  it('shows a firm deadline, or none, without the tag', () => {
    const firm = mountDeadline({ at: '2026-12-25T16:00:00Z', provisional: false, years: [] }).wrapper;
    expect(firm.text()).toBe('2026-12-26 00:00');
    expect(tag(firm).exists()).toBe(false);
    const none = mountDeadline({ at: null, provisional: true }).wrapper;
    expect(none.text()).toBe('—');
    expect(tag(none).exists()).toBe(false);
  });
});
