// @vitest-environment happy-dom
/** The form builder: palette, order, field settings, rules, and the live preview — each change a new definition. */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import { CASE_VARIABLES, defaultRegistry, type FormDefinition } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../../app/i18n';
import { useLocaleStore } from '../../../../app/locale.store';
import FormBuilder from './FormBuilder.vue';

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

const FORM: FormDefinition = deepFreeze({
  key: 'application',
  title: { zh: '协商申请', en: 'Request' },
  elements: [
    { type: 'text', name: 'customerName', title: { zh: '姓名', en: 'Name' }, isRequired: true },
    {
      type: 'select',
      name: 'matter',
      title: { zh: '协商事项', en: 'Matter' },
      choices: [
        { value: 'overdue', text: { zh: '逾期还款', en: 'Overdue' } },
        { value: 'loan', text: { zh: '贷款', en: 'Loan' } },
      ],
    },
    {
      type: 'money',
      name: 'owedFen',
      title: { zh: '欠款金额', en: 'Amount owed' },
      visibleWhen: { '==': [{ var: 'data.matter' }, 'overdue'] },
    },
  ],
});

function mountBuilder(form: FormDefinition = FORM) {
  const emitted: FormDefinition[] = [];
  const wrapper = mount(FormBuilder, {
    props: {
      modelValue: form,
      scope: CASE_VARIABLES,
      'onUpdate:modelValue': (next: FormDefinition) => {
        emitted.push(next);
        void wrapper.setProps({ modelValue: deepFreeze(next) });
      },
    },
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(createAppI18n('zh-CN')), ElementPlus] },
  });
  return { wrapper, emitted, localeStore: useLocaleStore() };
}

type Wrapper = ReturnType<typeof mountBuilder>['wrapper'];
const names = (form: FormDefinition | undefined) => form?.elements.map((f) => f.name);
const row = (w: Wrapper, name: string) => w.find(`[data-testid="form-builder-field-${name}"]`);
const editor = (w: Wrapper) => w.find('[data-testid="field-editor"]');
const preview = (w: Wrapper) => w.find('[data-testid="form-builder-preview"]');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FormBuilder', { timeout: 20_000 }, () => {
  it('offers every registered field type with an accessible name and adds one after the selected field', async () => {
    const { wrapper, emitted } = mountBuilder();
    const buttons = wrapper.findAll('[data-testid^="form-builder-add-"]');
    expect(buttons.map((b) => b.attributes('data-testid'))).toEqual(
      defaultRegistry.fieldTypes.map((p) => `form-builder-add-${p.type}`),
    );
    expect(wrapper.find('[data-testid="form-builder-add-text"]').attributes('aria-label')).toBe(
      '添加字段：单行文本',
    );
    await wrapper.find('[data-testid="form-builder-add-text"]').trigger('click');
    await wrapper.find('[data-testid="form-builder-add-text"]').trigger('click');
    expect(names(emitted[0])).toEqual(['customerName', 'text', 'matter', 'owedFen']);
    expect(names(emitted[1])).toEqual(['customerName', 'text', 'text2', 'matter', 'owedFen']);
    // The new field is selected and shows in the preview.
    expect(editor(wrapper).attributes('data-name')).toBe('text2');
    expect(preview(wrapper).find('[data-testid="preview-field-text2"]').exists()).toBe(true);
    expect(names(FORM)).toEqual(['customerName', 'matter', 'owedFen']);
    await wrapper.find('[data-testid="form-builder-add-select"]').trigger('click');
    const select = emitted.at(-1)!.elements[3]!;
    expect(select).toEqual({
      type: 'select',
      name: 'select',
      title: { zh: '单选', en: 'Select' },
      choices: [
        { value: 'option1', text: { zh: '选项 1', en: 'Option 1' } },
        { value: 'option2', text: { zh: '选项 2', en: 'Option 2' } },
      ],
    });
  });

  it('reorders with the move buttons (named for the field) and by drag', async () => {
    const { wrapper, emitted } = mountBuilder();
    const up = row(wrapper, 'matter').find('[data-testid="field-move-up"]');
    expect(up.attributes('aria-label')).toBe('上移字段「协商事项」');
    await up.trigger('click');
    expect(names(emitted.at(-1))).toEqual(['matter', 'customerName', 'owedFen']);
    expect(row(wrapper, 'matter').find('[data-testid="field-move-up"]').attributes('disabled')).toBeDefined();
    wrapper.findComponent({ name: 'draggable' }).vm.$emit('change', { moved: { oldIndex: 0, newIndex: 2 } });
    await flushPromises();
    expect(names(emitted.at(-1))).toEqual(['customerName', 'owedFen', 'matter']);
    await row(wrapper, 'owedFen').find('[data-testid="field-remove"]').trigger('click');
    expect(names(emitted.at(-1))).toEqual(['customerName', 'matter']);
  });

  it('edits titles live in the preview; a name is applied with the rules that read it, a bad one is refused inline', async () => {
    const { wrapper, emitted } = mountBuilder();
    await row(wrapper, 'matter').find('[data-testid="field-select"]').trigger('click');
    await editor(wrapper).find('input[data-testid="field-title-zh"]').setValue('事项');
    expect(emitted.at(-1)?.elements[1]?.title).toEqual({ zh: '事项', en: 'Matter' });
    expect(preview(wrapper).find('[data-testid="preview-field-matter"] .el-form-item__label').text()).toBe(
      '事项',
    );

    const name = editor(wrapper).find('input[data-testid="field-name-input"]');
    await name.setValue('customerName');
    await name.trigger('change');
    expect(editor(wrapper).find('[data-testid="field-name-problem"]').text()).toBe('字段名与其他字段重复');
    await name.setValue('2x');
    expect(editor(wrapper).find('[data-testid="field-name-problem"]').text()).toContain('英文字母开头');
    const count = emitted.length;
    await name.trigger('change');
    expect(emitted).toHaveLength(count);
    await name.setValue('topic');
    await name.trigger('change');
    const renamed = emitted.at(-1)!;
    expect(names(renamed)).toEqual(['customerName', 'topic', 'owedFen']);
    expect(renamed.elements[2]?.visibleWhen).toEqual({ '==': [{ var: 'data.topic' }, 'overdue'] });
  });

  it('drives visibility by a rule and shows it live in the preview', async () => {
    const { wrapper, emitted } = mountBuilder();
    expect(preview(wrapper).find('[data-testid="preview-field-owedFen"]').exists()).toBe(false);
    await preview(wrapper).find('[data-testid="preview-choice-matter-overdue"] input').setValue(true);
    await flushPromises();
    expect(preview(wrapper).find('[data-testid="preview-field-owedFen"]').exists()).toBe(true);

    await row(wrapper, 'customerName').find('[data-testid="field-select"]').trigger('click');
    await editor(wrapper).find('[data-testid="field-visible-rule"] input').setValue(true);
    const rule = editor(wrapper).find('[data-testid="field-visible-when"]');
    expect(rule.find('[data-testid="rule-builder"]').attributes('aria-label')).toBe('显示条件');
    await rule.find('[data-testid="rule-raw-toggle"]').trigger('click');
    await rule
      .find('textarea[data-testid="rule-raw-input"]')
      .setValue('{"==": [{"var": "data.matter"}, "loan"]}');
    expect(emitted.at(-1)?.elements[0]?.visibleWhen).toEqual({ '==': [{ var: 'data.matter' }, 'loan'] });
    await flushPromises();
    expect(preview(wrapper).find('[data-testid="preview-field-customerName"]').exists()).toBe(false);
    await preview(wrapper).find('[data-testid="preview-choice-matter-loan"] input').setValue(true);
    await flushPromises();
    expect(preview(wrapper).find('[data-testid="preview-field-customerName"]').exists()).toBe(true);

    await editor(wrapper).find('[data-testid="field-required-rule"] input').setValue(true);
    expect('isRequired' in emitted.at(-1)!.elements[0]!).toBe(false);
    expect(
      editor(wrapper).find('[data-testid="field-required-when"] [data-testid="rule-builder"]').exists(),
    ).toBe(true);
    await editor(wrapper).find('[data-testid="field-visible-always"] input').setValue(true);
    expect('visibleWhen' in emitted.at(-1)!.elements[0]!).toBe(false);
  });

  it('takes money bounds in yuan and stores fen', async () => {
    const { wrapper, emitted } = mountBuilder();
    await row(wrapper, 'owedFen').find('[data-testid="field-select"]').trigger('click');
    await editor(wrapper).find('input[data-testid="field-minFen"]').setValue('100.5');
    expect(emitted.at(-1)?.elements[2]).toMatchObject({ minFen: 10_050 });
    await editor(wrapper).find('input[data-testid="field-minFen"]').setValue('1.234');
    expect(emitted).toHaveLength(1);
  });

  it('edits choices, each optionally offered by a rule', async () => {
    const { wrapper, emitted } = mountBuilder();
    await row(wrapper, 'matter').find('[data-testid="field-select"]').trigger('click');
    await editor(wrapper).find('[data-testid="choice-add"]').trigger('click');
    const choices = () => {
      const matter = emitted.at(-1)!.elements[1]!;
      return 'choices' in matter ? matter.choices.map((c) => c.value) : [];
    };
    expect(choices()).toEqual(['overdue', 'loan', 'option3']);
    const rows = () => editor(wrapper).findAll('[data-testid="choice-row"]');
    await rows()[2]!.find('input[data-testid="choice-value"]').setValue('loan');
    expect(rows()[2]!.find('[data-testid="choice-problem"]').text()).toBe('选项值重复');
    await rows()[2]!.find('input[data-testid="choice-value"]').setValue('settle');
    await rows()[2]!.find('[data-testid="choice-rule-toggle"]').trigger('click');
    expect(rows()[2]!.find('[data-testid="choice-rule"] [data-testid="rule-builder"]').exists()).toBe(true);
    await rows()[0]!.find('[data-testid="choice-remove"]').trigger('click');
    expect(choices()).toEqual(['loan', 'settle']);
  });

  it('speaks English after the switch', async () => {
    const { wrapper, localeStore } = mountBuilder();
    localeStore.setLocale('en');
    await flushPromises();
    expect(wrapper.find('[data-testid="form-builder-add-money"]').attributes('aria-label')).toBe(
      'Add field: Money (CNY)',
    );
    expect(row(wrapper, 'matter').find('[data-testid="field-move-down"]').attributes('aria-label')).toBe(
      'Move field “Matter” down',
    );
  });
});
