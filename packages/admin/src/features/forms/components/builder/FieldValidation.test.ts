// @vitest-environment happy-dom
/** Type-specific settings: what each field type offers and the patches it emits. */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus, { ElDatePicker } from 'element-plus';
import type { FieldDefinition } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../../app/i18n';
import type { FieldPatch } from '../../lib/form-edits';
import FieldValidation from './FieldValidation.vue';

function mountSettings(field: FieldDefinition) {
  const patches: FieldPatch[] = [];
  const wrapper = mount(FieldValidation, {
    props: { field, onPatch: (p: FieldPatch) => patches.push(p) },
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(createAppI18n('zh-CN')), ElementPlus] },
  });
  return { wrapper, patches };
}
const title = { zh: '字段', en: 'Field' };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FieldValidation', { timeout: 20_000 }, () => {
  it('offers the settings of each type', () => {
    const ids = (field: FieldDefinition) =>
      mountSettings(field)
        .wrapper.findAll('[data-testid^="field-"]')
        .map((e) => e.attributes('data-testid'))
        .filter((id) => id !== 'field-validation');
    expect(ids({ type: 'text', name: 'a', title })).toEqual(['field-minLength', 'field-maxLength']);
    expect(ids({ type: 'number', name: 'a', title })).toEqual(['field-min', 'field-max', 'field-integer']);
    expect(ids({ type: 'money', name: 'a', title })).toEqual(['field-minFen', 'field-maxFen']);
    expect(ids({ type: 'date', name: 'a', title })).toEqual(['field-date-min', 'field-date-max']);
    expect(ids({ type: 'file', name: 'a', title })).toEqual(['field-maxFiles', 'field-accept']);
    expect(ids({ type: 'phone', name: 'a', title })).toEqual([]);
  });

  it('patches a bound, and removes it when cleared', async () => {
    const { wrapper, patches } = mountSettings({ type: 'text', name: 'a', title, maxLength: 5 });
    const max = wrapper.find('[data-testid="field-maxLength"] input');
    await max.setValue('50');
    await max.trigger('change');
    expect(patches.at(-1)).toEqual({ maxLength: 50 });
    await max.setValue('');
    await max.trigger('change');
    expect(patches.at(-1)).toEqual({ maxLength: undefined });
  });

  it('patches date bounds as ISO dates', async () => {
    const { wrapper, patches } = mountSettings({ type: 'date', name: 'a', title });
    const [min, max] = wrapper.findAllComponents(ElDatePicker);
    min!.vm.$emit('update:modelValue', '2026-01-01');
    max!.vm.$emit('update:modelValue', null);
    await flushPromises();
    expect(patches).toEqual([{ min: '2026-01-01' }, { max: undefined }]);
  });

  it('edits a plug-in field’s options as JSON, refusing what is not a JSON object', async () => {
    const { wrapper, patches } = mountSettings({
      type: 'x-signature',
      name: 'a',
      title,
      options: { pen: 'blue' },
    });
    const box = wrapper.find('textarea[data-testid="field-plugin-options"]');
    expect(JSON.parse((box.element as HTMLTextAreaElement).value)).toEqual({ pen: 'blue' });
    await box.setValue('{"pen": ');
    await box.setValue('[1]');
    expect(patches).toEqual([]);
    await box.setValue('{"pen": "red"}');
    expect(patches).toEqual([{ options: { pen: 'red' } }]);
    await box.setValue('');
    await flushPromises();
    expect(patches.at(-1)).toEqual({ options: undefined });
  });
});
