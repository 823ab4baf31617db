import type { LocalizedText } from '../shared/localized-text';
import type { RuleScope, ScopeOption, ScopeVariable } from '../rules/rule.types';
import type { FormDefinition } from '../forms/form.types';
import type { PluginRegistry } from '../plugins/registry';
import type { FlowDefinition } from './flow-definition.types';
import type { RepaymentPlanKind } from '../finance/index';

const opt = (value: string, zh: string, en: string): ScopeOption => ({ value, label: { zh, en } });
const v = (
  type: ScopeVariable['type'],
  zh: string,
  en: string,
  options?: readonly ScopeOption[],
): ScopeVariable => (options ? { type, label: { zh, en }, options } : { type, label: { zh, en } });

const OFFER_KIND_LABELS: Readonly<Record<RepaymentPlanKind, LocalizedText>> = {
  equalInstalment: { zh: '等额本息分期', en: 'Equal instalments' },
  equalPrincipal: { zh: '等额本金分期', en: 'Equal principal' },
  instalmentWithFee: { zh: '分期（按期收费）', en: 'Instalments with a fee' },
  interestFrozen: { zh: '停息挂账', en: 'Interest freeze' },
  extension: { zh: '延期/展期', en: 'Deferral / extension' },
  lumpSumSettlement: { zh: '一次性结清减免', en: 'Lump-sum settlement' },
};

export const OFFER_KINDS: readonly RepaymentPlanKind[] = Object.keys(
  OFFER_KIND_LABELS,
) as RepaymentPlanKind[];

/**
 * Facts about the case that every rule can read besides the submitted data. They are computed by the
 * interpreter (see `caseFacts`), so they cannot drift from the state.
 */
export const CASE_VARIABLES: ReadonlyMap<string, ScopeVariable> = new Map([
  ['case.escalationLevel', v('number', '升级次数', 'Escalation level')],
  ['case.changeRequests', v('number', '客户要求修改次数', 'Change requests by the customer')],
  ['case.clockExtensions', v('number', '时限延长次数', 'Deadline extensions')],
  [
    'case.lastReview',
    v('string', '最近审核结论', 'Last review decision', [
      opt('approved', '通过', 'Approved'),
      opt('rejected', '驳回', 'Rejected'),
    ]),
  ],
  [
    'case.customerResponse',
    v('string', '客户答复', 'Customer response', [
      opt('accepted', '接受', 'Accepted'),
      opt('changes-requested', '要求修改', 'Changes requested'),
    ]),
  ],
  ['case.lastContactAnswered', v('boolean', '最近联系已接通', 'Last contact answered')],
  ['case.linkedOutcome', v('string', '关联案件结果', 'Outcome of the linked case')],
]);

/** The open offer, as offer-eligibility rules and later guards see it (see `offerFacts`). */
export const OFFER_VARIABLES: ReadonlyMap<string, ScopeVariable> = new Map([
  [
    'offer.kind',
    v(
      'string',
      '方案类型',
      'Plan type',
      OFFER_KINDS.map((k) => ({ value: k, label: OFFER_KIND_LABELS[k] })),
    ),
  ],
  ['offer.owedTotalFen', v('money', '欠款总额', 'Total owed')],
  ['offer.forgivenFen', v('money', '减免金额', 'Amount forgiven')],
  ['offer.forgivenPercent', v('number', '减免比例（%）', 'Forgiven (%)')],
  ['offer.downPaymentFen', v('money', '首付金额', 'Down payment')],
  ['offer.financedFen', v('money', '分期本金', 'Amount financed')],
  ['offer.termMonths', v('number', '期数（月）', 'Term (months)')],
  ['offer.totalDueFen', v('money', '应还总额', 'Total due')],
]);

export function offerKindLabel(kind: RepaymentPlanKind): LocalizedText {
  return OFFER_KIND_LABELS[kind];
}

/** `data.<name>` for every field of the given forms, typed by its field-type plug-in. */
export function formScope(
  forms: readonly FormDefinition[],
  registry: PluginRegistry,
): Map<string, ScopeVariable> {
  const scope = new Map<string, ScopeVariable>();
  for (const form of forms) {
    for (const field of form.elements) {
      const path = `data.${field.name}`;
      if (scope.has(path)) continue;
      const plugin = registry.fieldType(field.type);
      const type = plugin ? plugin.valueType(field) : 'any';
      const choices = 'choices' in field ? field.choices : undefined;
      const options = choices?.map((c) => ({ value: c.value, label: c.text }));
      scope.set(path, options ? { type, label: field.title, options } : { type, label: field.title });
    }
  }
  return scope;
}

/** Everything a rule anywhere in the flow may read: all form fields, case facts and the offer. */
export function buildRuleScope(definition: FlowDefinition, registry: PluginRegistry): RuleScope {
  const scope = formScope(definition.forms, registry);
  for (const [k, val] of CASE_VARIABLES) scope.set(k, val);
  for (const [k, val] of OFFER_VARIABLES) scope.set(k, val);
  return scope;
}
