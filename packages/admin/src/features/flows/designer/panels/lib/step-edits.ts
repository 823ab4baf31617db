/**
 * Pure edits of one step, for the step panel. Each takes the flow definition and returns the next one
 * (or the same object when nothing changes), so the designer store can record it as one undo step.
 */
import type {
  Assignment,
  FlowDefinition,
  JsonObject,
  JsonValue,
  LocalizedText,
  StepActionCall,
  StepDefinition,
} from '@parley/engine';
import { updateStep } from '../../lib/document-edits';

/** `obj` with `patch` applied; keys whose new value is `undefined` are removed. */
export function withFields<T extends object>(obj: T, patch: Readonly<Record<string, unknown>>): T {
  const out: Record<string, unknown> = { ...(obj as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

/** Sets (or, with `undefined`, removes) settings of a step; the key cannot change here (see renameStep). */
export function patchStep(
  doc: FlowDefinition,
  stepKey: string,
  patch: Readonly<Record<string, unknown>>,
): FlowDefinition {
  const { key: _ignored, ...rest } = patch;
  return updateStep(doc, stepKey, (s) => withFields(s, rest));
}

/** One language of a step's name or description; an emptied description is removed. */
export function setStepText(
  doc: FlowDefinition,
  stepKey: string,
  field: 'name' | 'description',
  lang: keyof LocalizedText,
  value: string,
): FlowDefinition {
  return updateStep(doc, stepKey, (s) => {
    const before: LocalizedText = s[field] ?? { zh: '', en: '' };
    const next = { ...before, [lang]: value };
    if (field === 'description' && next.zh === '' && next.en === '')
      return withFields(s, { description: undefined });
    return { ...s, [field]: next };
  });
}

export type AssignmentMode = 'none' | 'role' | 'rule';

export function assignmentMode(step: StepDefinition): AssignmentMode {
  if (!step.assignTo) return 'none';
  return 'rule' in step.assignTo ? 'rule' : 'role';
}

/** Who works the step; `undefined` removes the assignment. Empty strategy/department are left out. */
export function setAssignment(
  doc: FlowDefinition,
  stepKey: string,
  assignment: Assignment | undefined,
): FlowDefinition {
  let clean: Assignment | undefined = assignment;
  if (assignment && 'role' in assignment) {
    clean = withFields(assignment, {
      strategy: assignment.strategy === 'manual' ? undefined : assignment.strategy,
      department: assignment.department ? assignment.department : undefined,
    });
  }
  return updateStep(doc, stepKey, (s) => withFields(s, { assignTo: clean }));
}

/** Switching the assignment mode keeps what fits: a role stays when going from rule to role only if given. */
export function assignmentFor(mode: AssignmentMode, doc: FlowDefinition): Assignment | undefined {
  if (mode === 'none') return undefined;
  if (mode === 'role') return { role: doc.roles[0]?.key ?? '' };
  return { rule: { var: 'data.role' } };
}

/** Whether the SLA clock of rule `ruleIndex` stops while a case is in `stepKey`. */
export function pausesIn(doc: FlowDefinition, ruleIndex: number, stepKey: string): boolean {
  return doc.sla?.rules[ruleIndex]?.policy.pauseInStates?.includes(stepKey) ?? false;
}

/** Stops (or no longer stops) the clock of SLA rule `ruleIndex` in `stepKey`. */
export function setSlaPause(
  doc: FlowDefinition,
  ruleIndex: number,
  stepKey: string,
  paused: boolean,
): FlowDefinition {
  const sla = doc.sla;
  const rule = sla?.rules[ruleIndex];
  if (!sla || !rule || pausesIn(doc, ruleIndex, stepKey) === paused) return doc;
  const before = rule.policy.pauseInStates ?? [];
  const after = paused ? [...before, stepKey] : before.filter((k) => k !== stepKey);
  const policy = withFields(rule.policy, { pauseInStates: after.length > 0 ? after : undefined });
  return {
    ...doc,
    sla: { ...sla, rules: sla.rules.map((r, i) => (i === ruleIndex ? { ...r, policy } : r)) },
  };
}

/** Sets one option of an action or plug-in step; `undefined` removes it, an empty object is dropped. */
export function setStepOption(
  doc: FlowDefinition,
  stepKey: string,
  name: string,
  value: JsonValue | undefined,
): FlowDefinition {
  return updateStep(doc, stepKey, (s) => {
    const before = ('options' in s ? s.options : undefined) ?? {};
    if (value === undefined && !(name in before)) return s;
    const options: JsonObject = withFields(before, { [name]: value });
    return withFields(s, { options: Object.keys(options).length > 0 ? options : undefined });
  });
}

/** The two lists of actions a step runs: on entry and on exit. */
export type ActionHook = 'onEnterActions' | 'onExitActions';

function editCalls(
  doc: FlowDefinition,
  stepKey: string,
  hook: ActionHook,
  change: (calls: readonly StepActionCall[]) => readonly StepActionCall[] | null,
): FlowDefinition {
  return updateStep(doc, stepKey, (s) => {
    const next = change(s[hook] ?? []);
    if (next === null) return s;
    return withFields(s, { [hook]: next.length > 0 ? next : undefined });
  });
}

/** Appends a call of `action` (without options) to the step's entry or exit actions. */
export function addActionCall(
  doc: FlowDefinition,
  stepKey: string,
  hook: ActionHook,
  action: string,
): FlowDefinition {
  return editCalls(doc, stepKey, hook, (calls) => [...calls, { action }]);
}

/** Removes call `index`; an emptied list disappears from the step. */
export function removeActionCall(
  doc: FlowDefinition,
  stepKey: string,
  hook: ActionHook,
  index: number,
): FlowDefinition {
  return editCalls(doc, stepKey, hook, (calls) =>
    index in calls ? calls.filter((_, i) => i !== index) : null,
  );
}

/** Changes which action call `index` runs; the options belonged to the old action and are dropped. */
export function setActionCallAction(
  doc: FlowDefinition,
  stepKey: string,
  hook: ActionHook,
  index: number,
  action: string,
): FlowDefinition {
  return editCalls(doc, stepKey, hook, (calls) =>
    calls[index] === undefined || calls[index].action === action
      ? null
      : calls.map((c, i) => (i === index ? { action } : c)),
  );
}

/** Sets one option of call `index`; `undefined` removes it, an empty object is dropped. */
export function setActionCallOption(
  doc: FlowDefinition,
  stepKey: string,
  hook: ActionHook,
  index: number,
  name: string,
  value: JsonValue | undefined,
): FlowDefinition {
  return editCalls(doc, stepKey, hook, (calls) => {
    const call = calls[index];
    if (call === undefined) return null;
    const before = call.options ?? {};
    if (value === undefined && !(name in before)) return null;
    const options: JsonObject = withFields(before, { [name]: value });
    const next = withFields(call, { options: Object.keys(options).length > 0 ? options : undefined });
    return calls.map((c, i) => (i === index ? next : c));
  });
}

/** The kind of input an option value gets. */
export type OptionInput = 'text' | 'number' | 'boolean' | 'list' | 'json';

export function optionInputOf(value: JsonValue | undefined): OptionInput {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'list';
  if (value === undefined || typeof value === 'string') return 'text';
  return 'json';
}

/** A key free for a new step: the edits refuse duplicates, the panel says why inline. */
export function stepKeyProblem(
  doc: FlowDefinition,
  from: string,
  to: string,
): 'empty' | 'format' | 'taken' | null {
  if (to === from) return null;
  if (to.trim() === '') return 'empty';
  if (!KEY_FORMAT.test(to)) return 'format';
  if (doc.steps.some((s) => s.key === to)) return 'taken';
  return null;
}

/** Keys the panels accept for steps and roles: a letter, then letters, digits, `-` or `_`. */
export const KEY_FORMAT = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
