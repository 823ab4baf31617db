// @vitest-environment happy-dom
/**
 * The property panel against a fake network (the designer's template, the server's check, the
 * platform's roles and departments): the step panel by kind, the role mapping and the authority matrix,
 * each change going through the designer store as one undoable step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import { makeResult, type Operation, type OperationResult } from '@urql/core';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import { createAppI18n, i18nPlugin } from '../../../../app/i18n';
import { createUrqlClient } from '../../../../app/urql-client';
import { useDesignerStore } from '../designer.store';
import { holdersOf, setRoleHolders } from './lib/role-edits';
import PropertyPanel from './PropertyPanel.vue';
import { fakeExchange } from '../../../../test/fake-urql';

// Minsheng as shipped maps `reviewer` to supervisors; this draft has lost that mapping, so the roles
// section has an unheld role to show and fix.
const DEFINITION = setRoleHolders(findTemplate('minsheng-e-negotiation')!, 'reviewer', { roles: [] });

function respond(operation: Operation): OperationResult {
  const name = operation.query.definitions.map((d) => ('name' in d ? d.name?.value : '')).join();
  switch (name) {
    case 'DesignerTemplate':
      return makeResult(operation, {
        data: {
          flowTemplate: {
            __typename: 'FlowTemplate',
            id: 't1',
            key: 'minsheng',
            name: DEFINITION.name,
            kind: 'NEGOTIATION',
            archived: false,
            latestVersion: null,
            draft: {
              definition: DEFINITION,
              revision: 1,
              state: 'UNPUBLISHED',
              updatedAt: '2026-03-01T02:00:00.000Z',
              updatedBy: null,
            },
          },
        },
      });
    case 'DesignerServerValidation':
      return makeResult(operation, { data: { validateFlowDefinition: { problems: [] } } });
    case 'PanelPlatform':
      return makeResult(operation, {
        data: {
          roles: [
            { key: 'agent', name: { zh: '坐席', en: 'Agent' } },
            { key: 'collector', name: { zh: '催收员', en: 'Collector' } },
          ],
          departments: [{ code: 'CARDS', name: { zh: '信用卡中心', en: 'Card centre' } }],
        },
      });
    case 'SaveFlowDraft':
      // Autosave after the quiet time: the server takes the draft.
      return makeResult(operation, {
        data: { saveFlowDraft: { revision: 2, state: 'UNPUBLISHED', updatedAt: '2026-03-01T02:01:00.000Z' } },
      });
    case 'SurveyRefLibrary':
      // The survey picker's library of published surveys: none here.
      return makeResult(operation, {
        data: { surveys: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } },
      });
    case 'PanelCalendars':
      return makeResult(operation, { data: { slaCalendars: [{ key: 'cn-mainland' }, { key: 'cn-hk' }] } });
    default:
      throw new Error(`Unexpected operation ${name}`);
  }
}

async function mountPanel(select?: { steps?: string[] }) {
  const i18n = createAppI18n('zh-CN');
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [fakeExchange(respond)],
  });
  let store!: ReturnType<typeof useDesignerStore>;
  const Host = defineComponent({
    setup() {
      store = useDesignerStore();
      return () => (store.doc ? h(PropertyPanel) : null);
    },
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus] },
  });
  await store.load('minsheng');
  if (select) store.select(select);
  await flushPromises();
  return { wrapper, store };
}

/**
 * Chooses `value` in the Element Plus select under `testid`, as the select reports a choice
 * (`update:modelValue`); the dropdown itself is Element Plus's business, exercised by the e2e test.
 */
async function choose(
  wrapper: Awaited<ReturnType<typeof mountPanel>>['wrapper'],
  testid: string,
  value: unknown,
) {
  const select = wrapper
    .findAllComponents({ name: 'ElSelect' })
    .find((c) => c.attributes('data-testid') === testid);
  if (!select) throw new Error(`No select ${testid}`);
  select.vm.$emit('update:modelValue', value);
  await flushPromises();
}

async function openSection(wrapper: Awaited<ReturnType<typeof mountPanel>>['wrapper'], name: string) {
  await wrapper.find(`[data-testid="section-${name}"] .el-collapse-item__header`).trigger('click');
  await flushPromises();
}

const review = (d: FlowDefinition | null) => d?.steps.find((s) => s.key === 'review');

afterEach(() => {
  document.body.innerHTML = '';
});

// Element Plus in happy-dom on a shared, busy machine: mounting the panel takes seconds.
describe('PropertyPanel', { timeout: 60_000 }, () => {
  it('shows the flow settings when nothing is selected, the step panel when one step is', async () => {
    const { wrapper, store } = await mountPanel();
    expect(wrapper.find('[data-testid="flow-settings"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="step-panel"]').exists()).toBe(false);
    store.select({ steps: ['review'] });
    await flushPromises();
    expect(wrapper.find('[data-testid="step-panel"]').exists()).toBe(true);
    await wrapper.find('[data-testid="open-flow-settings"]').trigger('click');
    expect(store.selection.steps).toEqual([]);
    expect(wrapper.find('[data-testid="flow-settings"]').exists()).toBe(true);
  });

  it('gives a review step a required-role select; changing it is one undoable change', async () => {
    const { wrapper, store } = await mountPanel({ steps: ['review'] });
    const field = wrapper.find('[data-testid="step-required-role"]');
    expect(field.exists()).toBe(true);
    expect(field.text()).toContain('审核员');
    expect(store.canUndo).toBe(false);

    await choose(wrapper, 'step-required-role', 'supervisor');
    expect(review(store.doc)).toMatchObject({ requiredRole: 'supervisor' });
    expect(store.nextUndo).toBe('修改步骤设置');

    store.undo();
    await flushPromises();
    expect(review(store.doc)).toMatchObject({ requiredRole: 'reviewer' });
    expect(store.canUndo).toBe(false);
    expect(wrapper.find('[data-testid="step-required-role"]').text()).toContain('审核员');
  });

  it('joins typing in a name into one undo step and refuses a duplicate key inline', async () => {
    const { wrapper, store } = await mountPanel({ steps: ['review'] });
    const name = wrapper.find('input[data-testid="step-name-en"]');
    await name.setValue('Ch');
    await name.setValue('Check');
    expect(review(store.doc)?.name.en).toBe('Check');
    store.undo();
    expect(review(store.doc)?.name.en).toBe(DEFINITION.steps.find((s) => s.key === 'review')!.name.en);

    const key = wrapper.find('input[data-testid="step-key"]');
    await key.setValue('apply');
    await key.trigger('change');
    await flushPromises();
    expect(wrapper.find('[data-testid="step-key-error"]').text()).toContain('已有同名标识');
    expect(review(store.doc)).toBeDefined();
  });

  it('maps a flow role to a platform role; the warning goes away', async () => {
    const { wrapper, store } = await mountPanel();
    await openSection(wrapper, 'roles');
    // `agent` is also a platform role's key, so its users hold it; `reviewer` is held by nobody yet.
    expect(wrapper.find('[data-testid="role-unmapped-agent"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="role-unmapped-reviewer"]').exists()).toBe(true);
    const options = wrapper
      .findAllComponents({ name: 'ElOption' })
      .filter((o) => o.props('value') === 'collector');
    expect(options.length).toBeGreaterThan(0);
    await choose(wrapper, 'role-holders-reviewer', ['collector']);
    const reviewer = store.doc!.roles.find((r) => r.key === 'reviewer')!;
    expect(holdersOf(reviewer)).toEqual({ roles: ['collector'] });
    expect(wrapper.find('[data-testid="role-unmapped-reviewer"]').exists()).toBe(false);

    await choose(wrapper, 'role-departments-reviewer', ['CARDS']);
    expect(holdersOf(store.doc!.roles.find((r) => r.key === 'reviewer')!)).toEqual({
      roles: ['collector'],
      departments: ['CARDS'],
    });
  });

  it('takes the authority matrix amount in yuan and stores integer fen', async () => {
    const { wrapper, store } = await mountPanel();
    await openSection(wrapper, 'offer');
    const input = wrapper.find('[data-testid="authority-agent-maxWaiverFen"] input');
    expect((input.element as HTMLInputElement).value).toBe('5000');
    await input.setValue('8000.5');
    expect(store.doc!.offerPolicy!.authority.roles['agent']!.maxWaiverFen).toBe(800_050);

    await input.setValue('8000.505');
    expect(store.doc!.offerPolicy!.authority.roles['agent']!.maxWaiverFen).toBe(800_050);
    expect(wrapper.find('[data-testid="authority-agent-maxWaiverFen"]').text()).toContain('最多两位小数');

    store.undo();
    expect(store.doc!.offerPolicy!.authority.roles['agent']!.maxWaiverFen).toBe(500_000);
  });

  it("shows a connection: its ends, the source step's outcomes, and the condition as a sentence", async () => {
    const { wrapper, store } = await mountPanel();
    store.select({ transitions: ['t-review-accepted'] });
    await flushPromises();
    expect((wrapper.find('input[data-testid="transition-from"]').element as HTMLInputElement).value).toBe(
      '信息审核 (review)',
    );
    const outcomeSelect = wrapper
      .findAllComponents({ name: 'ElSelect' })
      .find(
        (c) =>
          c.attributes('data-testid') === 'transition-on' || c.find('[data-testid="transition-on"]').exists(),
      );
    const outcomes = outcomeSelect!
      .findAllComponents({ name: 'ElOption' })
      .map((o) => o.props('value') as string);
    expect(outcomes).toEqual(['approved', 'rejected']);
    expect(wrapper.find('[data-testid="rule-summary"]').text()).toContain('「身份真实性」 等于 「已核实」');

    const toggle = wrapper
      .findAllComponents({ name: 'ElSwitch' })
      .find((c) => c.attributes('data-testid') === 'rule-raw-toggle');
    toggle!.vm.$emit('update:modelValue', true);
    await flushPromises();
    const text = wrapper.find(
      '[data-testid="rule-raw-input"] textarea, textarea[data-testid="rule-raw-input"]',
    );
    await text.setValue('{"==": [');
    expect(wrapper.find('[data-testid="rule-raw-error"]').exists()).toBe(true);
    expect(store.canUndo).toBe(false);

    await text.setValue('{"==": [{"var": "data.requestReasonable"}, "yes"]}');
    await text.setValue('{"==": [{"var": "data.requestReasonable"}, "no"]}');
    const guard = () => store.doc!.transitions.find((t) => t.key === 't-review-accepted')!.guard;
    expect(guard()).toEqual({ '==': [{ var: 'data.requestReasonable' }, 'no'] });
    store.undo();
    expect(store.canUndo).toBe(false);

    await choose(wrapper, 'transition-on', '');
    expect(store.doc!.transitions.find((t) => t.key === 't-review-accepted')!.on).toBeUndefined();
  });

  it("opens a form step's form in the drawer; a change there is stored in the flow's forms", async () => {
    const { wrapper, store } = await mountPanel({ steps: ['apply'] });
    await wrapper.find('[data-testid="edit-form"]').trigger('click');
    await flushPromises();
    const builder = document.querySelector('[data-testid="form-builder"]');
    expect(builder).not.toBeNull();
    const title = (builder!.querySelector('[data-testid="form-title-zh"] input') ??
      builder!.querySelector('input[data-testid="form-title-zh"]')) as HTMLInputElement;
    expect(title.value).toBe(DEFINITION.forms.find((f) => f.key === 'application')!.title.zh);
    title.value = '贷款申请表';
    title.dispatchEvent(new Event('input'));
    await flushPromises();
    expect(store.doc!.forms.find((f) => f.key === 'application')!.title.zh).toBe('贷款申请表');
    expect(store.nextUndo).toBe('编辑表单');
  });

  it('edits a wait as a number and a unit, stored as an ISO 8601 duration', async () => {
    const { wrapper, store } = await mountPanel({ steps: ['next-follow-up'] });
    const amount = wrapper.find('input[data-testid="wait-amount"]');
    await amount.setValue('4');
    await choose(wrapper, 'wait-unit', 'hours');
    const wait = () => store.doc!.steps.find((s) => s.key === 'next-follow-up');
    expect(wait()).toMatchObject({ duration: 'PT4H' });
    await amount.setValue('0');
    expect(wait()).toMatchObject({ duration: 'PT4H' });
    expect(wrapper.find('[data-testid="step-panel"]').text()).toContain('请输入大于 0 的整数');
  });

  it('adds an entry action to a step, fills its options and switches the action', async () => {
    const { wrapper, store } = await mountPanel({ steps: ['review'] });
    const calls = (hook: 'onEnterActions' | 'onExitActions') => review(store.doc)?.[hook];
    expect(wrapper.find('[data-testid="step-actions-on-exit"]').exists()).toBe(true);
    await wrapper.find('[data-testid="on-enter-add"]').trigger('click');
    await flushPromises();
    expect(calls('onEnterActions')).toEqual([{ action: 'webhook' }]);
    expect(calls('onExitActions')).toBeUndefined();
    expect(store.nextUndo).toBe('修改进入/离开时执行的动作');
    // The webhook's own check asks for a url: the options editor offers it.
    const call = wrapper.find('[data-testid="on-enter-call-0"]');
    expect(wrapper.find('[data-testid="step-panel"]').text()).toContain(
      'Webhook 地址必须是 https:// 开头的网址',
    );
    const urlItem = call.findAll('.el-form-item').find((i) => i.find('label').text() === 'url');
    await urlItem!.find('input').setValue('https://crm.example.cn/in');
    expect(calls('onEnterActions')).toEqual([
      { action: 'webhook', options: { url: 'https://crm.example.cn/in' } },
    ]);
    await choose(wrapper, 'on-enter-action-0', 'notify');
    expect(calls('onEnterActions')).toEqual([{ action: 'notify' }]);
    store.undo();
    expect(calls('onEnterActions')).toEqual([
      { action: 'webhook', options: { url: 'https://crm.example.cn/in' } },
    ]);
  });

  it('offers no exit actions on an end step, which is never left', async () => {
    const { wrapper } = await mountPanel({ steps: ['resolved'] });
    expect(wrapper.find('[data-testid="step-actions-on-enter"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="step-actions-on-exit"]').exists()).toBe(false);
  });

  it('chooses a survey per end outcome in the general settings', async () => {
    const { wrapper, store } = await mountPanel();
    expect(wrapper.find('[data-testid="outcome-surveys"]').text()).toContain('客户撤回');
    await choose(wrapper, 'survey-ref-outcome-withdrawn-form', 'satisfaction');
    expect(store.doc?.surveyByOutcome).toEqual({ withdrawn: 'satisfaction' });
    await choose(wrapper, 'survey-ref-outcome-withdrawn-form', '');
    expect(store.doc && 'surveyByOutcome' in store.doc).toBe(false);
  });
});
