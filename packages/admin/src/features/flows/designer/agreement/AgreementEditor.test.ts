// @vitest-environment happy-dom
/**
 * The agreement-text editor as the designer uses it: bound with v-model to a template that must never
 * be mutated (it is deep-frozen here, so a mutation throws), edited field by field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import { DEFAULT_DOCUMENT_AGREEMENT, DEFAULT_PLAN_AGREEMENT, type AgreementTemplate } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../../app/i18n';
import { AgreementEditor } from './index';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const TEMPLATE: AgreementTemplate = deepFreeze({
  clauses: [
    { key: 'a', title: { zh: '甲条', en: 'A' }, body: { zh: '甲方：。', en: 'Party A: .' } },
    { key: 'b', title: { zh: '乙条', en: 'B' }, body: { zh: '{{schedule}}', en: '{{schedule}}' } },
  ],
});

function mountEditor(
  initial: AgreementTemplate | undefined,
  opts: { hasOfferPolicy?: boolean; locale?: 'zh-CN' | 'en' } = {},
) {
  const model = ref<AgreementTemplate | undefined>(initial);
  const seen: (AgreementTemplate | undefined)[] = [];
  const Host = defineComponent({
    setup: () => () =>
      h(AgreementEditor, {
        modelValue: model.value,
        hasOfferPolicy: opts.hasOfferPolicy ?? true,
        'onUpdate:modelValue': (v: AgreementTemplate | undefined) => {
          seen.push(v);
          model.value = v === undefined ? undefined : deepFreeze(v);
        },
      }),
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(createAppI18n(opts.locale ?? 'zh-CN')), ElementPlus] },
  });
  return { wrapper, model, seen };
}

type Wrapper = ReturnType<typeof mountEditor>['wrapper'];
const byLabel = (w: Wrapper, label: string) => w.find(`[aria-label="${label}"]`);

afterEach(() => {
  document.body.innerHTML = '';
});

// Element Plus in happy-dom is slow on a busy machine; the default 5 s is not about the editor.
describe('AgreementEditor', { timeout: 20_000 }, () => {
  it('without a text of its own, previews the default and starts editing from a copy of it', async () => {
    const { wrapper, model, seen } = mountEditor(undefined);
    expect(wrapper.find('[data-testid="agreement-using-default"]').exists()).toBe(true);
    expect(wrapper.findAll('[data-testid="agreement-preview-clause"]')).toHaveLength(
      DEFAULT_PLAN_AGREEMENT.clauses.length,
    );
    await wrapper.find('[data-testid="agreement-customise"]').trigger('click');
    expect(seen[0]).toEqual(DEFAULT_PLAN_AGREEMENT);
    expect(seen[0]).not.toBe(DEFAULT_PLAN_AGREEMENT);
    await flushPromises();
    expect(wrapper.findAll('[data-testid^="agreement-clause-"]')).toHaveLength(5);
    await wrapper.find('[data-testid="agreement-use-default"]').trigger('click');
    expect(model.value).toBeUndefined();

    const document = mountEditor(undefined, { hasOfferPolicy: false });
    await document.wrapper.find('[data-testid="agreement-customise"]').trigger('click');
    expect(document.seen[0]).toEqual(DEFAULT_DOCUMENT_AGREEMENT);
  });

  it('emits a new template for each edit and never touches the one it was given', async () => {
    const { wrapper, model } = mountEditor(TEMPLATE);
    await byLabel(wrapper, '第 1 条的中文标题').setValue('总则');
    await byLabel(wrapper, '第 2 条的英文正文').setValue('Pay as follows: {{schedule}}');
    await byLabel(wrapper, '第 2 条的条款键').setValue('pay');
    await byLabel(wrapper, '机构名称（中文）').setValue('示例银行');
    expect(model.value).toEqual({
      bankName: { zh: '示例银行', en: '' },
      clauses: [
        { key: 'a', title: { zh: '总则', en: 'A' }, body: { zh: '甲方：。', en: 'Party A: .' } },
        {
          key: 'pay',
          title: { zh: '乙条', en: 'B' },
          body: { zh: '{{schedule}}', en: 'Pay as follows: {{schedule}}' },
        },
      ],
    });
    expect(TEMPLATE.clauses[0]?.title.zh).toBe('甲条');
  });

  it('adds, moves and removes clauses', async () => {
    const { wrapper, model } = mountEditor(TEMPLATE);
    await wrapper.find('[data-testid="agreement-add-clause"]').trigger('click');
    expect(model.value?.clauses.map((c) => c.key)).toEqual(['a', 'b', 'clause-3']);
    await byLabel(wrapper, '上移第 3 条').trigger('click');
    expect(model.value?.clauses.map((c) => c.key)).toEqual(['a', 'clause-3', 'b']);
    expect(byLabel(wrapper, '上移第 1 条').attributes('disabled')).toBeDefined();
    expect(byLabel(wrapper, '下移第 3 条').attributes('disabled')).toBeDefined();
    await byLabel(wrapper, '删除第 1 条').trigger('click');
    expect(model.value?.clauses.map((c) => c.key)).toEqual(['clause-3', 'b']);
  });

  it('inserts the picked variable at the cursor of the body', async () => {
    const { wrapper, model } = mountEditor(TEMPLATE);
    const body = byLabel(wrapper, '第 1 条的中文正文').element as HTMLTextAreaElement;
    body.setSelectionRange(3, 3);
    const picker = byLabel(wrapper, '在第 1 条的中文正文光标处插入变量');
    // Every variable of the engine's list is offered, with its label.
    const options = picker.findAll('option').map((o) => o.text());
    expect(options).toContain('机构名称（甲方） {{bank.name}}');
    expect(options).toContain('还款计划表 {{schedule}}');
    expect(options).toHaveLength(17);
    await picker.setValue('bank.name');
    await flushPromises();
    expect(model.value?.clauses[0]?.body.zh).toBe('甲方：{{bank.name}}。');
    expect(model.value?.clauses[0]?.body.en).toBe('Party A: .');
    // The picker is back at its prompt; the cursor stands after the variable.
    expect((picker.element as HTMLSelectElement).value).toBe('');
    const after = byLabel(wrapper, '第 1 条的中文正文').element as HTMLTextAreaElement;
    expect(after.selectionStart).toBe('甲方：{{bank.name}}'.length);
  });

  it('shows the engine’s problems beside the field they concern', async () => {
    const { wrapper } = mountEditor(TEMPLATE);
    await byLabel(wrapper, '第 1 条的中文正文').setValue('{{customer.nam}} 与 {{bank.name');
    await byLabel(wrapper, '第 2 条的条款键').setValue('a');
    const body = byLabel(wrapper, '第 1 条的中文正文');
    const describedBy = body.attributes('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(wrapper.find(`#${describedBy}`).text()).toBe(
      '协议条款「甲条」使用了未知变量「customer.nam」协议条款「甲条」中的「{{」没有对应的「}}」',
    );
    const key = byLabel(wrapper, '第 2 条的条款键');
    expect(wrapper.find(`#${key.attributes('aria-describedby')}`).text()).toBe('协议条款键「a」重复');
    // The English body has none.
    expect(byLabel(wrapper, '第 1 条的英文正文').attributes('aria-describedby')).toBeUndefined();
  });

  it('lists problems of the whole text apart, in the page’s language', async () => {
    const { wrapper } = mountEditor(
      deepFreeze({ clauses: [{ key: 'a', title: { zh: '甲', en: 'A' }, body: { zh: 'x', en: 'x' } }] }),
      { locale: 'en' },
    );
    expect(wrapper.find('[data-testid="agreement-general-problem"]').text()).toContain(
      'The flow has an offer policy but no agreement clause contains the repayment schedule',
    );
  });

  it('previews the text with sample values, in the language chosen', async () => {
    const { wrapper } = mountEditor(
      deepFreeze({
        bankName: { zh: '示例银行', en: 'Example Bank' },
        clauses: [
          {
            key: 'p',
            title: { zh: '双方', en: 'Parties' },
            body: {
              zh: '{{bank.name}}与{{customer.name}}，{{plan.termMonths}}期',
              en: '{{bank.name}} and {{customer.name}}',
            },
          },
          { key: 's', title: { zh: '计划', en: 'Plan' }, body: { zh: '{{schedule}}', en: '{{schedule}}' } },
        ],
      }),
    );
    const preview = () => wrapper.findAll('[data-testid="agreement-preview-clause"]');
    expect(preview()[0]?.text()).toBe('第 1 条 双方示例银行与张三，12期');
    // Twelve instalments and the totals row.
    expect(preview()[1]?.findAll('tbody tr')).toHaveLength(12);
    expect(preview()[1]?.findAll('tfoot tr')).toHaveLength(1);
    await wrapper.find('[data-testid="agreement-preview-lang"]').findAll('input')[1]!.setValue(true);
    await flushPromises();
    expect(preview()[0]?.text()).toBe('第 1 条 PartiesExample Bank and 张三');
  });
});
