// @vitest-environment happy-dom
/** The rule builder against real engine scope, sentences and checks: what the user does, what is emitted. */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus, { ElSelect } from 'element-plus';
import {
  CASE_VARIABLES,
  defaultRegistry,
  formScope,
  type FormDefinition,
  type Rule,
  type RuleScope,
} from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { useLocaleStore } from '../../../app/locale.store';
import RuleBuilder from './RuleBuilder.vue';

const choice = (value: string, zh: string, en: string) => ({ value, text: { zh, en } });
const FORM: FormDefinition = {
  key: 'application',
  title: { zh: '申请', en: 'Application' },
  elements: [
    { type: 'text', name: 'customerName', title: { zh: '姓名', en: 'Name' } },
    {
      type: 'select',
      name: 'matter',
      title: { zh: '协商事项', en: 'Matter' },
      choices: [
        choice('overdue-repayment', '逾期还款协商', 'Overdue repayment'),
        choice('loan', '贷款', 'Loan'),
      ],
    },
    { type: 'money', name: 'amountOwedFen', title: { zh: '欠款金额', en: 'Amount owed' } },
    {
      type: 'multi-select',
      name: 'hardship',
      title: { zh: '困难原因', en: 'Hardship' },
      choices: [choice('illness', '疾病', 'Illness'), choice('other', '其他', 'Other')],
    },
  ],
};
const SCOPE: RuleScope = new Map([...formScope([FORM], defaultRegistry), ...CASE_VARIABLES]);

function mountBuilder(modelValue: Rule | undefined) {
  const emitted: (Rule | undefined)[] = [];
  const wrapper = mount(RuleBuilder, {
    props: {
      modelValue,
      scope: SCOPE,
      label: '显示条件',
      'onUpdate:modelValue': (rule: Rule | undefined) => {
        emitted.push(rule);
        void wrapper.setProps({ modelValue: rule });
      },
    },
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(createAppI18n('zh-CN')), ElementPlus] },
  });
  return { wrapper, emitted, localeStore: useLocaleStore() };
}

type Wrapper = ReturnType<typeof mountBuilder>['wrapper'];
const conditions = (w: Wrapper) => w.findAll('[data-testid="rule-condition"]');
function selectIn(w: Wrapper, index: number, testid: string) {
  const selects = conditions(w)[index]!.findAllComponents(ElSelect);
  return selects.find((s: VueWrapper) => s.attributes('data-testid') === testid)!;
}
const sentence = (w: Wrapper) => w.find('[data-testid="rule-sentence"]').text();

afterEach(() => {
  document.body.innerHTML = '';
});

describe('RuleBuilder', { timeout: 20_000 }, () => {
  it('shows a rule as conditions and as a sentence, and emits the edited rule (money typed in yuan, kept in fen)', async () => {
    const { wrapper, emitted } = mountBuilder({ '>=': [{ var: 'data.amountOwedFen' }, 5_000_000] });
    expect(wrapper.find('[data-testid="rule-builder"]').attributes('aria-label')).toBe('显示条件');
    expect(sentence(wrapper)).toBe('「欠款金额」 大于或等于 ¥50,000.00');
    const yuan = conditions(wrapper)[0]!.find('[data-testid="rule-value"] input');
    expect((yuan.element as HTMLInputElement).value).toBe('50000.00');
    await yuan.setValue('1,234.56');
    expect(emitted).toEqual([{ '>=': [{ var: 'data.amountOwedFen' }, 123_456] }]);
    // Not an amount: nothing is emitted, the last good rule stays.
    await yuan.setValue('12.345');
    expect(emitted).toHaveLength(1);
    expect(wrapper.find('[data-testid="rule-check-ok"]').exists()).toBe(true);
  });

  it('builds an OR of conditions: field, then an operator its type allows, then a value from its options', async () => {
    const { wrapper, emitted } = mountBuilder(undefined);
    expect(sentence(wrapper)).toBe('无规则（始终成立）');
    await wrapper.find('[data-testid="rule-add-condition"]').trigger('click');
    selectIn(wrapper, 0, 'rule-field').vm.$emit('update:modelValue', 'data.matter');
    await flushPromises();
    // Nothing is emitted until the condition is complete.
    expect(emitted).toEqual([]);
    expect(wrapper.find('[data-testid="rule-incomplete"]').exists()).toBe(true);
    const operator = selectIn(wrapper, 0, 'rule-operator');
    expect(
      operator
        .findAllComponents({ name: 'ElOption' })
        .map((o: VueWrapper) => (o.props() as { value: string }).value),
    ).toEqual(['eq', 'ne', 'in', 'isSet', 'isEmpty']);
    const value = conditions(wrapper)[0]!.findAllComponents(ElSelect).at(-1)!;
    value.vm.$emit('update:modelValue', 'loan');
    await flushPromises();
    expect(emitted.at(-1)).toEqual({ '==': [{ var: 'data.matter' }, 'loan'] });

    await wrapper.find('[data-testid="rule-add-condition"]').trigger('click');
    selectIn(wrapper, 1, 'rule-field').vm.$emit('update:modelValue', 'case.escalationLevel');
    await flushPromises();
    await conditions(wrapper)[1]!.find('[data-testid="rule-value"] input').setValue('2');
    await flushPromises();
    await wrapper.find('[data-testid="rule-group-or"] input').setValue(true);
    await flushPromises();
    expect(emitted.at(-1)).toEqual({
      or: [{ '==': [{ var: 'data.matter' }, 'loan'] }, { '==': [{ var: 'case.escalationLevel' }, 2] }],
    });
    expect(sentence(wrapper)).toBe('（「协商事项」 等于 「贷款」） 或 （「升级次数」 等于 2）');

    await conditions(wrapper)[0]!.find('[data-testid="rule-remove-condition"]').trigger('click');
    expect(emitted.at(-1)).toEqual({ '==': [{ var: 'case.escalationLevel' }, 2] });
  });

  it('nests groups', async () => {
    const { wrapper, emitted } = mountBuilder({ '==': [{ var: 'data.matter' }, 'loan'] });
    await wrapper.find('[data-testid="rule-add-group"]').trigger('click');
    const inner = wrapper.findAll('[data-testid="rule-group"]')[1]!;
    expect(inner.attributes('data-op')).toBe('or');
    const nested = inner.findAll('[data-testid="rule-condition"]')[0]!;
    nested.findAllComponents(ElSelect)[0]!.vm.$emit('update:modelValue', 'data.hardship');
    await flushPromises();
    nested.findAllComponents(ElSelect).at(-1)!.vm.$emit('update:modelValue', 'illness');
    await flushPromises();
    expect(emitted.at(-1)).toEqual({
      and: [
        { '==': [{ var: 'data.matter' }, 'loan'] },
        { or: [{ in: ['illness', { var: 'data.hardship' }] }] },
      ],
    });
  });

  it('type-checks as it goes and shows the problem at its condition', () => {
    const { wrapper } = mountBuilder({
      and: [{ '==': [{ var: 'data.matter' }, 'mortgage'] }, { '>': [{ var: 'data.customerName' }, 3] }],
    });
    const problems = wrapper.findAll('[data-testid="rule-condition-problems"]').map((p) => p.text());
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('mortgage');
    expect(problems[1]).toContain('>');
  });

  it('JSON mode: invalid JSON is refused in place, valid JSON is emitted; back to the tree', async () => {
    const { wrapper, emitted } = mountBuilder({ '==': [{ var: 'data.matter' }, 'loan'] });
    await wrapper.find('[data-testid="rule-raw-toggle"]').trigger('click');
    const input = wrapper.find('textarea[data-testid="rule-raw-input"]');
    expect(JSON.parse((input.element as HTMLTextAreaElement).value)).toEqual({
      '==': [{ var: 'data.matter' }, 'loan'],
    });
    await input.setValue('{"==": [{"var": "data.matter"}, ');
    expect(wrapper.find('[data-testid="rule-raw-error"]').text()).toContain('JSON 格式有误');
    expect(emitted).toEqual([]);
    await input.setValue('{"!=": [{"var": "data.matter"}, "loan"]}');
    expect(wrapper.find('[data-testid="rule-raw-error"]').exists()).toBe(false);
    expect(emitted).toEqual([{ '!=': [{ var: 'data.matter' }, 'loan'] }]);
    // Checked in JSON mode too: the problems are listed below.
    await input.setValue('{"==": [{"var": "data.nope"}, 1]}');
    expect(wrapper.find('[data-testid="rule-problems"]').text()).toContain('data.nope');
    await input.setValue('{"!=": [{"var": "data.matter"}, "loan"]}');
    expect(wrapper.find('[data-testid="rule-problems"]').exists()).toBe(false);
    await wrapper.find('[data-testid="rule-raw-toggle"]').trigger('click');
    expect(conditions(wrapper)).toHaveLength(1);
    expect(sentence(wrapper)).toBe('「协商事项」 不等于 「贷款」');
  });

  it('opens a rule it cannot show as a tree in JSON mode, unchanged, and keeps it there', async () => {
    const rule: Rule = { if: [{ '<': [0, { var: 'case.escalationLevel' }, 3] }, true, false] };
    const { wrapper, emitted } = mountBuilder(rule);
    await flushPromises();
    expect(wrapper.find('[data-testid="rule-raw-only"]').exists()).toBe(true);
    const text = (wrapper.find('textarea[data-testid="rule-raw-input"]').element as HTMLTextAreaElement)
      .value;
    expect(JSON.parse(text)).toEqual(rule);
    expect(emitted).toEqual([]);
    expect(wrapper.find('[data-testid="rule-raw-toggle"]').classes()).toContain('is-disabled');
  });

  it('speaks English after the switch', async () => {
    const { wrapper, localeStore } = mountBuilder({ '==': [{ var: 'data.matter' }, 'loan'] });
    localeStore.setLocale('en');
    await flushPromises();
    expect(sentence(wrapper)).toBe('“Matter” is “Loan”');
    expect(wrapper.find('[data-testid="rule-add-condition"]').text()).toContain('Add condition');
  });
});
