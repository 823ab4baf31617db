// @vitest-environment happy-dom
/** The shared renderer: every engine field type, the engine's rules live, exact money, problems as the server sees them. */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import type { FormData } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import type { Localized } from '../../../shared/lib/locale';
import { EVERY_TYPE_FORM, FIXTURE_CONTEXT } from '../forms.fixture';
import FormRenderer from './FormRenderer.vue';

function mountRenderer(props: Record<string, unknown> = {}) {
  const emitted: Record<string, unknown>[] = [];
  const problems: Map<string, Localized>[] = [];
  const wrapper = mount(FormRenderer, {
    props: {
      definition: EVERY_TYPE_FORM,
      context: FIXTURE_CONTEXT,
      modelValue: {},
      'onUpdate:modelValue': (data: Record<string, unknown>) => {
        emitted.push(data);
        void wrapper.setProps({ modelValue: data });
      },
      onProblems: (p: Map<string, Localized>) => problems.push(p),
      ...props,
    },
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(createAppI18n('zh-CN')), ElementPlus] },
  });
  return { wrapper, emitted, problems };
}

type Wrapper = ReturnType<typeof mountRenderer>['wrapper'];
const field = (w: Wrapper, name: string) => w.find(`[data-testid="form-field-${name}"]`);
const last = <T>(list: T[]) => list[list.length - 1];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FormRenderer', { timeout: 20_000 }, () => {
  it('renders every field type the engine knows, conditional ones only when their rule holds', () => {
    const { wrapper } = mountRenderer({ preview: true });
    const shown = wrapper.findAll('[data-testid^="form-field-"]').map((f) => f.attributes('data-testid'));
    expect(shown).toEqual(
      EVERY_TYPE_FORM.elements.filter((f) => f.name !== 'hardship').map((f) => `form-field-${f.name}`),
    );
    expect(field(wrapper, 'name').find('.el-form-item__label').text()).toBe('姓名');
    expect(field(wrapper, 'owedFen').text()).toContain('元');
    expect(field(wrapper, 'proof').text()).toContain('预览中无法上传文件。');
    expect(field(wrapper, 'proof').find('button').attributes('disabled')).toBeDefined();
    expect(wrapper.findAll('[data-testid^="form-matrix-aspects-"]')).toHaveLength(4);
    expect(wrapper.findAll('[data-testid^="form-choice-service-"]').map((r) => r.text())).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('emits engine values: fen for yuan, numbers, lists, ratings, matrix answers, plug-in text', async () => {
    const { wrapper, emitted } = mountRenderer();
    await field(wrapper, 'owedFen').find('input').setValue('12,345.67');
    await field(wrapper, 'children').find('input').setValue('2');
    await wrapper.find('[data-testid="form-choice-matter-overdue"] input').setValue(true);
    await flushPromises();
    await wrapper.find('[data-testid="form-choice-hardship-job"] input').setValue(true);
    await wrapper.find('[data-testid="form-choice-service-4"] input').setValue(true);
    await wrapper.find('[data-testid="form-matrix-aspects-speed-good"] input').setValue(true);
    await field(wrapper, 'sig').find('input').setValue('张三');
    await flushPromises();
    expect(last(emitted)).toEqual({
      owedFen: 1_234_567,
      children: 2,
      matter: 'overdue',
      hardship: ['job'],
      service: 4,
      aspects: { speed: 'good' },
      sig: '张三',
    });
  });

  it('runs the rules live: a field appears with its condition, an option with its rule; hidden values leave the data', async () => {
    const { wrapper, emitted } = mountRenderer();
    const options = () =>
      wrapper.findAll('[data-testid^="form-choice-matter-"]').map((c) => c.attributes('data-testid'));
    expect(options()).toEqual(['form-choice-matter-overdue', 'form-choice-matter-loan']);
    await field(wrapper, 'owedFen').find('input').setValue('10000');
    await flushPromises();
    expect(options()).toContain('form-choice-matter-settle');
    await wrapper.find('[data-testid="form-choice-matter-overdue"] input').setValue(true);
    await flushPromises();
    expect(field(wrapper, 'hardship').exists()).toBe(true);
    expect(field(wrapper, 'hardship').find('.el-form-item__label').text()).toBe('困难原因');
    await wrapper.find('[data-testid="form-choice-hardship-illness"] input').setValue(true);
    await wrapper.find('[data-testid="form-choice-matter-loan"] input').setValue(true);
    await flushPromises();
    expect(field(wrapper, 'hardship').exists()).toBe(false);
    expect(last(emitted)).toEqual({ owedFen: 1_000_000, matter: 'loan' });
  });

  it('reports problems always and shows them when asked, the server’s first', async () => {
    const { wrapper, problems } = mountRenderer();
    expect([...last(problems)!.keys()].sort()).toEqual(['matter', 'name']);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    await field(wrapper, 'owedFen').find('input').setValue('0.5');
    await wrapper.setProps({
      showErrors: true,
      serverProblems: new Map([['name', { zh: '服务器：姓名有误', en: 'Server: bad name' }]]),
    });
    expect(field(wrapper, 'name').text()).toContain('服务器：姓名有误');
    expect(field(wrapper, 'matter').text()).toContain('「协商事项」为必填项');
    expect(field(wrapper, 'owedFen').text()).toContain('「欠款金额」不能小于 100');
  });

  it('shows given data (fen as yuan) and speaks the given language', async () => {
    const data: FormData = { owedFen: 5_000_010, matter: 'loan', since: '2024-05-01' };
    const { wrapper, emitted } = mountRenderer({ modelValue: data, lang: 'en' });
    await flushPromises();
    expect((field(wrapper, 'owedFen').find('input').element as HTMLInputElement).value).toBe('50000.10');
    expect(field(wrapper, 'matter').find('.el-form-item__label').text()).toBe('Matter');
    expect(wrapper.find('[data-testid="form-choice-matter-loan"] input').element).toHaveProperty(
      'checked',
      true,
    );
    expect(emitted).toEqual([]);
  });

  it('leaves out omitted types and uses the given test id prefix', () => {
    const { wrapper } = mountRenderer({ omitTypes: ['file', 'matrix'], testIdPrefix: 'intake' });
    expect(wrapper.find('[data-testid="intake-field-proof"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="intake-field-aspects"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="intake-field-name"]').exists()).toBe(true);
  });
});
