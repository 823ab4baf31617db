/**
 * Pure edits of the flow's own settings: general fields, the SLA rules and the regulatory complaint
 * clock; plus what the settings show about the flow (the calendars it uses).
 */
import type {
  EndOutcome,
  FlowDefinition,
  FlowSlaPolicy,
  LocalizedText,
  Rule,
  SlaPolicy,
  SlaRule,
  SurveyRef,
} from '@parley/engine';
import { withFields } from './step-edits';

export type GeneralField = 'source' | 'start' | 'escalationRole';

/** Sets a plain general field; an empty value removes the optional ones (`start` is always kept). */
export function setGeneral(doc: FlowDefinition, field: GeneralField, value: string): FlowDefinition {
  if (field === 'start') return doc.start === value ? doc : { ...doc, start: value };
  if ((doc[field] ?? '') === value) return doc;
  return withFields(doc, { [field]: value === '' ? undefined : value });
}

/** Same survey reference (a form key, or a published survey with the same pin and version)? */
function sameSurvey(a: SurveyRef | undefined, b: SurveyRef | undefined): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  return a.surveyKey === b.surveyKey && a.pin === b.pin && a.version === b.version;
}

/** The flow's satisfaction survey: a form key or a published survey (`SurveyRef`); empty removes it. */
export function setFlowSurvey(doc: FlowDefinition, ref: SurveyRef | '' | undefined): FlowDefinition {
  const next = ref === '' ? undefined : ref;
  if (sameSurvey(doc.survey, next)) return doc;
  return withFields(doc, { survey: next });
}

/**
 * The survey sent when a case ends with `outcome` (a form key, or a published survey); empty removes
 * it, and an empty map.
 */
export function setOutcomeSurvey(
  doc: FlowDefinition,
  outcome: EndOutcome,
  form: SurveyRef | '' | undefined,
): FlowDefinition {
  const before = doc.surveyByOutcome ?? {};
  const value = form === '' ? undefined : form;
  if (sameSurvey(before[outcome], value)) return doc;
  const next = withFields(before, { [outcome]: value });
  return withFields(doc, { surveyByOutcome: Object.keys(next).length > 0 ? next : undefined });
}

/** One language of the flow's name or description; an emptied description is removed. */
export function setFlowText(
  doc: FlowDefinition,
  field: 'name' | 'description',
  lang: keyof LocalizedText,
  value: string,
): FlowDefinition {
  const before: LocalizedText = doc[field] ?? { zh: '', en: '' };
  if (before[lang] === value && doc[field]) return doc;
  const next = { ...before, [lang]: value };
  if (field === 'description' && next.zh === '' && next.en === '')
    return withFields(doc, { description: undefined });
  return { ...doc, [field]: next };
}

export const CLOCK_UNITS = ['calendarDays', 'workingDays', 'businessHours'] as const;
export const DEFAULT_CALENDAR = 'cn-mainland';

function withSla(doc: FlowDefinition, sla: FlowSlaPolicy): FlowDefinition {
  const empty = sla.rules.length === 0 && !sla.regulatoryComplaintClock;
  return withFields(doc, { sla: empty ? undefined : sla });
}

/** A new SLA rule at the end: 5 working days on the default calendar, with a free policy id. */
export function addSlaRule(doc: FlowDefinition): FlowDefinition {
  const rules = doc.sla?.rules ?? [];
  const taken = new Set(rules.map((r) => r.policy.id));
  let id = `${doc.key}-sla`;
  for (let n = 2; taken.has(id); n++) id = `${doc.key}-sla-${n}`;
  const rule: SlaRule = {
    policy: { id, calendarId: DEFAULT_CALENDAR, target: { amount: 5, unit: 'workingDays' } },
  };
  return withSla(doc, { ...(doc.sla ?? { rules: [] }), rules: [...rules, rule] });
}

export function removeSlaRule(doc: FlowDefinition, index: number): FlowDefinition {
  if (!doc.sla?.rules[index]) return doc;
  return withSla(doc, { ...doc.sla, rules: doc.sla.rules.filter((_, i) => i !== index) });
}

/** Moves rule `index` by `delta` places (the first rule whose condition holds applies). */
export function moveSlaRule(doc: FlowDefinition, index: number, delta: number): FlowDefinition {
  const rules = doc.sla?.rules;
  const to = index + delta;
  if (!doc.sla || !rules?.[index] || to < 0 || to >= rules.length) return doc;
  const next = [...rules];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved!);
  return { ...doc, sla: { ...doc.sla, rules: next } };
}

/** Sets (or removes, with `undefined`) fields of rule `index`'s policy. */
export function setSlaPolicy(
  doc: FlowDefinition,
  index: number,
  patch: Partial<Record<keyof SlaPolicy, unknown>>,
): FlowDefinition {
  const rule = doc.sla?.rules[index];
  if (!doc.sla || !rule) return doc;
  const policy = withFields(rule.policy, patch);
  return {
    ...doc,
    sla: { ...doc.sla, rules: doc.sla.rules.map((r, i) => (i === index ? { ...r, policy } : r)) },
  };
}

/** The condition that selects rule `index`; `undefined` makes it apply always. */
export function setSlaCondition(doc: FlowDefinition, index: number, rule: Rule | undefined): FlowDefinition {
  const at = doc.sla?.rules[index];
  if (!doc.sla || !at) return doc;
  const next = withFields(at, { selectWhen: rule });
  return { ...doc, sla: { ...doc.sla, rules: doc.sla.rules.map((r, i) => (i === index ? next : r)) } };
}

/** Warning percentages: whole numbers between 1 and 99, sorted, without repeats; none removes the field. */
export function setWarnings(doc: FlowDefinition, index: number, percents: readonly number[]): FlowDefinition {
  const clean = [...new Set(percents.filter((p) => Number.isInteger(p) && p > 0 && p < 100))].sort(
    (a, b) => a - b,
  );
  return setSlaPolicy(doc, index, { warnAtPercent: clean.length > 0 ? clean : undefined });
}

/** The regulatory complaint clock: set it (calendar, approver role) or remove it with `undefined`. */
export function setRegulatoryClock(
  doc: FlowDefinition,
  clock: FlowSlaPolicy['regulatoryComplaintClock'],
): FlowDefinition {
  const sla = doc.sla ?? { rules: [] };
  return withSla(doc, withFields(sla, { regulatoryComplaintClock: clock }));
}

/** Every calendar id the flow counts on: SLA policies and the regulatory clock, in order of first use. */
export function calendarsUsed(doc: FlowDefinition): string[] {
  const ids: string[] = [];
  for (const r of doc.sla?.rules ?? []) if (r.policy.calendarId) ids.push(r.policy.calendarId);
  if (doc.sla?.regulatoryComplaintClock) ids.push(doc.sla.regulatoryComplaintClock.calendarId);
  return [...new Set(ids)];
}
