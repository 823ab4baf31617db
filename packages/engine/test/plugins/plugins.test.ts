import { describe, expect, it } from 'vitest';
import {
  builtInPlugins,
  createRegistry,
  defaultRegistry,
  defineAction,
  defineFieldType,
  defineStepType,
  execute,
  validateDefinition,
  validateFormData,
} from '../../src/index';
import type { FlowDefinition, JsonObject, PluginField, PluginStep } from '../../src/index';
import { fakePorts } from '../support/harness';

const t = (zh: string, en: string) => ({ zh, en });

/** A unified social credit code (统一社会信用代码): 18 characters. Options typed through the field. */
interface CreditCodeField extends PluginField {
  readonly type: 'x-credit-code';
  readonly options?: { readonly allowLegacy?: boolean };
}
const creditCodeType = defineFieldType<CreditCodeField>({
  type: 'x-credit-code',
  label: t('统一社会信用代码', 'Unified social credit code'),
  valueType: () => 'string',
  validateValue: (value, field) =>
    typeof value === 'string' &&
    (/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value) || (field.options?.allowLegacy === true && value.length === 15))
      ? []
      : [
          {
            code: 'INVALID_CREDIT_CODE',
            path: '',
            message: t('统一社会信用代码格式不正确', 'Not a unified social credit code'),
          },
        ],
});

/** An automatic credit check: asks the bureau (an effect) and routes on the amount. */
interface CreditCheckStep extends PluginStep {
  readonly kind: 'x-credit-check';
  readonly options: { readonly limitFen: number };
}
const creditCheckType = defineStepType<CreditCheckStep>({
  kind: 'x-credit-check',
  label: t('征信查询', 'Credit check'),
  completion: 'auto',
  outcomes: ['pass', 'refer'],
  onEnter(step, ctx) {
    ctx.effect({ type: 'plugin', name: 'credit-bureau', payload: { caseId: ctx.caseId } });
    const amount = ctx.data.amountFen;
    return typeof amount === 'number' && amount <= step.options.limitFen ? 'pass' : 'refer';
  },
});

interface CrmNoteOptions extends JsonObject {
  readonly note: string;
}
const crmNote = defineAction<CrmNoteOptions>({
  name: 'crm-note',
  label: t('写入 CRM 备注', 'Add a CRM note'),
  outcomes: ['done'],
  run(options, ctx) {
    ctx.effect({
      type: 'plugin',
      name: 'crm-note',
      payload: { note: options?.note ?? '', step: ctx.stepKey },
    });
  },
});

const registry = defaultRegistry.with(creditCodeType, creditCheckType, crmNote);

const flow: FlowDefinition = {
  schemaVersion: 1,
  key: 'plugin-flow',
  version: 1,
  name: t('插件流程', 'Plug-in flow'),
  roles: [{ key: 'agent', name: t('客户经理', 'Agent') }],
  forms: [
    {
      key: 'company',
      title: t('企业', 'Company'),
      elements: [
        { type: 'x-credit-code', name: 'creditCode', title: t('信用代码', 'Credit code'), isRequired: true },
        { type: 'money', name: 'amountFen', title: t('金额', 'Amount'), isRequired: true },
      ],
    },
  ],
  start: 'company',
  steps: [
    { kind: 'form', key: 'company', name: t('企业信息', 'Company'), form: 'company' },
    {
      kind: 'x-credit-check',
      key: 'check',
      name: t('征信', 'Credit check'),
      options: { limitFen: 1_000_000 },
    },
    {
      kind: 'action',
      key: 'note',
      name: t('备注', 'Note'),
      action: 'crm-note',
      options: { note: 'referred' },
    },
    { kind: 'end', key: 'ok', name: t('通过', 'Passed'), outcome: 'resolved' },
    { kind: 'end', key: 'referred', name: t('转人工', 'Referred'), outcome: 'unresolved' },
  ],
  transitions: [
    { key: 'a', from: 'company', to: 'check' },
    { key: 'b', from: 'check', to: 'ok', on: 'pass' },
    { key: 'c', from: 'check', to: 'note', on: 'refer' },
    { key: 'd', from: 'note', to: 'referred' },
  ],
};

const agent = { kind: 'staff', id: 'a', roles: ['agent'] } as const;

describe('plug-ins', () => {
  it('registers the built-ins through the same define* API', () => {
    expect(builtInPlugins.map((p) => p.pluginKind)).toContain('field-type');
    expect(defaultRegistry.stepTypes.map((s) => s.kind)).toContain('parallel-join');
    expect(defaultRegistry.fieldTypes.map((f) => f.type)).toEqual([
      'text',
      'textarea',
      'number',
      'money',
      'date',
      'select',
      'multi-select',
      'phone',
      'prc-id',
      'bank-card',
      'file',
      'rating',
      'matrix',
    ]);
    expect(defaultRegistry.actions.map((a) => a.name)).toEqual(['webhook', 'notify']);
  });

  it('keeps registries isolated: `with` returns a new one, the default is untouched', () => {
    expect(registry.stepType('x-credit-check')).toBe(creditCheckType);
    expect(defaultRegistry.stepType('x-credit-check')).toBeUndefined();
    expect(() => createRegistry([creditCodeType, creditCodeType])).toThrow(/Duplicate field type/);
  });

  it('validates a flow with plug-in types only against a registry that has them', () => {
    expect(validateDefinition(flow, { registry }).problems).toEqual([]);
    expect(validateDefinition(flow).problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['UNKNOWN_FIELD_TYPE', 'UNKNOWN_STEP_KIND', 'UNKNOWN_ACTION']),
    );
  });

  it('validates plug-in field values with the plug-in', () => {
    const form = flow.forms[0];
    if (!form) throw new Error('form');
    expect(
      validateFormData(form, { creditCode: 'nope', amountFen: 1 }, { registry }).problems.map(
        (p) => `${p.code} ${p.path}`,
      ),
    ).toEqual(['INVALID_CREDIT_CODE data.creditCode']);
  });

  it('runs plug-in steps and actions; their effects come out through the context, keyed', () => {
    const ports = fakePorts();
    const started = execute(flow, null, { type: 'start', caseId: 'p1', actor: agent }, ports, { registry });
    if (!started.ok) throw new Error(started.error.code);
    const done = execute(
      flow,
      started.state,
      {
        type: 'submitStep',
        stepKey: 'company',
        actor: agent,
        data: { creditCode: '91350100M000100Y43', amountFen: 5_000_000 },
      },
      ports,
      { registry },
    );
    if (!done.ok) throw new Error(done.error.code);
    expect(done.state.outcome).toBe('unresolved');
    expect(done.effects.map((e) => [e.idempotencyKey, e.effect])).toEqual([
      ['p1:3:0', { type: 'plugin', name: 'credit-bureau', payload: { caseId: 'p1' } }],
      ['p1:3:1', { type: 'plugin', name: 'crm-note', payload: { note: 'referred', step: 'note' } }],
    ]);
  });
});
