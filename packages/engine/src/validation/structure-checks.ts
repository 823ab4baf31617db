import type { FieldDefinition } from '../forms/form.types';
import { ASSIGNMENT_STRATEGIES, DEPARTMENT_CODE_PATTERN } from '../definition/step.types';
import type { RoleAssignment, StepActionCall } from '../definition/step.types';
import { ref } from '../plugins/built-in-step-types';
import { checkSurveyRefShape, ownSurveyForm, type SurveyRef } from '../definition/survey-ref';
import type { LocalizedText } from '../shared/localized-text';
import type { StepCheckContext } from '../plugins/plugin.types';
import type { ValidationContext } from './validation-context';
import { report, reportIssue, stepName, stepPath } from './validation-context';
import { WHAT } from './validation-messages';

function duplicates<T>(
  ctx: ValidationContext,
  items: readonly T[],
  key: (t: T) => string,
  path: (i: number) => string,
  what: keyof typeof WHAT,
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) report(ctx, 'DUPLICATE_KEY', path(i), { what: WHAT[what], key: k });
    seen.add(k);
  });
}

/** Keys, references, step and field plug-ins, roles. */
export function checkStructure(ctx: ValidationContext): void {
  const def = ctx.definition;
  duplicates(
    ctx,
    def.steps,
    (s) => s.key,
    (i) => `steps[${i}].key`,
    'step',
  );
  duplicates(
    ctx,
    def.transitions,
    (t) => t.key,
    (i) => `transitions[${i}].key`,
    'transition',
  );
  duplicates(
    ctx,
    def.forms,
    (f) => f.key,
    (i) => `forms[${i}].key`,
    'form',
  );
  duplicates(
    ctx,
    def.roles,
    (r) => r.key,
    (i) => `roles[${i}].key`,
    'role',
  );
  def.forms.forEach((f, fi) =>
    duplicates(
      ctx,
      f.elements,
      (e) => e.name,
      (i) => `forms[${fi}].elements[${i}].name`,
      'field',
    ),
  );

  const start = ctx.steps.get(def.start);
  if (!start) report(ctx, 'NO_START', 'start', { ref: def.start });
  else if (start.step.kind === 'end') report(ctx, 'START_NOT_WAITING', 'start', { ref: def.start });
  if (!def.steps.some((s) => ctx.stepTypes.get(s.key)?.completion === 'terminal'))
    report(ctx, 'NO_END', 'steps');

  checkRoles(ctx);
  checkRouting(ctx);
  checkFields(ctx);
  checkSteps(ctx);
  checkTransitions(ctx);
}

function checkRoles(ctx: ValidationContext): void {
  const roles = new Map(ctx.definition.roles.map((r) => [r.key, r]));
  ctx.definition.roles.forEach((role, i) => {
    (role.inherits ?? []).forEach((parent, j) => {
      if (!roles.has(parent)) report(ctx, 'UNKNOWN_ROLE', `roles[${i}].inherits[${j}]`, { ref: parent });
    });
    // A role may not reach itself through `inherits`.
    const stack = [...(role.inherits ?? [])];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (next === role.key) {
        report(ctx, 'ROLE_CYCLE', `roles[${i}].inherits`, { ref: role.key });
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(roles.get(next)?.inherits ?? []));
    }
  });
  ctx.definition.roles.forEach((role, i) => {
    if (role.holders !== undefined)
      checkHolders(ctx, role.holders, role.name ?? role.key, `roles[${i}].holders`);
  });
  const escalation = ctx.definition.escalationRole;
  if (escalation !== undefined && !roles.has(escalation))
    report(ctx, 'UNKNOWN_ROLE', 'escalationRole', { ref: escalation });
}

/** `routing`: a department code and, optionally, a queue code (both `DEPARTMENT_CODE_PATTERN`). */
function checkRouting(ctx: ValidationContext): void {
  const routing: unknown = ctx.definition.routing;
  if (routing === undefined) return;
  const { departmentCode, queueCode } =
    typeof routing === 'object' && routing !== null
      ? (routing as { departmentCode?: unknown; queueCode?: unknown })
      : {};
  if (typeof departmentCode !== 'string' || !DEPARTMENT_CODE_PATTERN.test(departmentCode))
    report(ctx, 'ROUTING_INVALID', 'routing.departmentCode', { ref: String(departmentCode) });
  if (queueCode !== undefined && (typeof queueCode !== 'string' || !DEPARTMENT_CODE_PATTERN.test(queueCode)))
    report(ctx, 'ROUTING_INVALID', 'routing.queueCode', { ref: String(queueCode) });
}

/** `holders`: a non-empty list of platform role keys, optionally department codes. */
function checkHolders(ctx: ValidationContext, holders: unknown, role: LocalizedText, path: string): void {
  const { roles, departments } =
    typeof holders === 'object' && holders !== null
      ? (holders as { roles?: unknown; departments?: unknown })
      : {};
  if (!Array.isArray(roles) || roles.length === 0) {
    report(ctx, 'ROLE_HOLDERS_EMPTY', Array.isArray(roles) ? `${path}.roles` : path, { role });
  } else {
    roles.forEach((r: unknown, j) => {
      if (typeof r !== 'string' || r.trim() === '')
        report(ctx, 'ROLE_HOLDER_ROLE_INVALID', `${path}.roles[${j}]`, { role, ref: String(r) });
    });
  }
  if (departments === undefined) return;
  if (!Array.isArray(departments)) {
    report(ctx, 'ROLE_HOLDER_DEPARTMENT_INVALID', `${path}.departments`, { role, ref: String(departments) });
    return;
  }
  departments.forEach((d: unknown, j) => {
    if (typeof d !== 'string' || !DEPARTMENT_CODE_PATTERN.test(d))
      report(ctx, 'ROLE_HOLDER_DEPARTMENT_INVALID', `${path}.departments[${j}]`, { role, ref: String(d) });
  });
}

function checkFields(ctx: ValidationContext): void {
  const typeOf = new Map<string, FieldDefinition>();
  ctx.definition.forms.forEach((form, fi) =>
    form.elements.forEach((field, i) => {
      const path = `forms[${fi}].elements[${i}]`;
      const plugin = ctx.registry.fieldType(field.type);
      if (!plugin) {
        report(ctx, 'UNKNOWN_FIELD_TYPE', `${path}.type`, { type: field.type });
        return;
      }
      for (const issue of plugin.checkField?.(field) ?? []) reportIssue(ctx, issue, path);
      const earlier = typeOf.get(field.name);
      if (earlier && earlier.type !== field.type)
        report(ctx, 'FIELD_TYPE_CONFLICT', `${path}.type`, {
          name: field.name,
          a: earlier.type,
          b: field.type,
        });
      if (!earlier) typeOf.set(field.name, field);
    }),
  );
  const surveys: [string, SurveyRef | undefined][] = [
    ['survey', ctx.definition.survey],
    ...Object.entries(ctx.definition.surveyByOutcome ?? {}).map(
      ([outcome, ref]): [string, SurveyRef | undefined] => [`surveyByOutcome.${outcome}`, ref],
    ),
  ];
  for (const [path, ref] of surveys) {
    if (ref === undefined) continue;
    for (const issue of checkSurveyRefShape(ref)) reportIssue(ctx, issue, path);
    const own = ownSurveyForm(ref);
    if (own !== undefined && !ctx.definition.forms.some((f) => f.key === own))
      report(ctx, 'UNKNOWN_FORM', path, { ref: own });
  }
}

function checkSteps(ctx: ValidationContext): void {
  const def = ctx.definition;
  const checkCtx: StepCheckContext = {
    formKeys: new Set(def.forms.map((f) => f.key)),
    roleKeys: new Set(def.roles.map((r) => r.key)),
    stepKeys: new Set(def.steps.map((s) => s.key)),
    actionNames: new Set(ctx.registry.actions.map((a) => a.name)),
  };
  def.steps.forEach((step, i) => {
    const path = `steps[${i}]`;
    const type = ctx.registry.stepType(step.kind);
    if (!type) {
      report(ctx, 'UNKNOWN_STEP_KIND', `${path}.kind`, { kind: step.kind });
      return;
    }
    for (const issue of type.checkStep?.(step, checkCtx) ?? []) reportIssue(ctx, issue, path);
    if (step.assignTo && 'role' in step.assignTo) {
      if (!checkCtx.roleKeys.has(step.assignTo.role))
        report(ctx, 'UNKNOWN_ROLE', `${path}.assignTo.role`, { ref: step.assignTo.role });
      checkRoleAssignment(ctx, step.assignTo, step.name, `${path}.assignTo`);
    }
    if (step.kind === 'action') {
      const action = ctx.registry.action(step.action);
      for (const issue of action?.checkOptions?.(step.options) ?? []) reportIssue(ctx, issue, path);
    }
    checkActionCalls(ctx, checkCtx, step.onEnterActions, `${path}.onEnterActions`);
    checkActionCalls(ctx, checkCtx, step.onExitActions, `${path}.onExitActions`);
    if (step.kind === 'plan' && !def.offerPolicy)
      report(ctx, 'PLAN_STEP_WITHOUT_POLICY', path, { step: step.name });
    if (step.kind === 'communication' && step.contactGuard && !def.contactPolicy)
      report(ctx, 'CONTACT_GUARD_WITHOUT_POLICY', `${path}.contactGuard`, { step: step.name });
  });
}

/** A step's entry or exit actions: each a registered action with options its own check accepts. */
function checkActionCalls(
  ctx: ValidationContext,
  checkCtx: StepCheckContext,
  calls: readonly StepActionCall[] | undefined,
  path: string,
): void {
  calls?.forEach((call, j) => {
    const at = `${path}[${j}]`;
    for (const issue of ref('action', call.action, 'action', checkCtx)) reportIssue(ctx, issue, at);
    const action = ctx.registry.action(call.action);
    for (const issue of action?.checkOptions?.(call.options) ?? []) reportIssue(ctx, issue, at);
  });
}

/** The automatic-assignment options of a role assignment (`strategy`, `department`). */
function checkRoleAssignment(
  ctx: ValidationContext,
  assign: RoleAssignment,
  name: LocalizedText,
  path: string,
): void {
  const { strategy, department } = assign as { strategy?: unknown; department?: unknown };
  if (strategy !== undefined && !(ASSIGNMENT_STRATEGIES as readonly unknown[]).includes(strategy))
    report(ctx, 'ASSIGNMENT_STRATEGY_UNKNOWN', `${path}.strategy`, {
      step: name,
      strategy: String(strategy),
      list: ASSIGNMENT_STRATEGIES.join(', '),
    });
  if (
    department !== undefined &&
    (typeof department !== 'string' || !DEPARTMENT_CODE_PATTERN.test(department))
  )
    report(ctx, 'ASSIGNMENT_DEPARTMENT_INVALID', `${path}.department`, {
      step: name,
      ref: String(department),
    });
}

/** The outcomes a step may report, for checking transitions' `on`. */
export function outcomesOf(ctx: ValidationContext, key: string): readonly string[] {
  const entry = ctx.steps.get(key);
  if (entry?.step.kind === 'action') return ctx.registry.action(entry.step.action)?.outcomes ?? ['done'];
  return ctx.stepTypes.get(key)?.outcomes ?? [];
}

function checkTransitions(ctx: ValidationContext): void {
  ctx.definition.transitions.forEach((t, i) => {
    const path = `transitions[${i}]`;
    if (!ctx.steps.has(t.from)) report(ctx, 'UNKNOWN_TRANSITION_STEP', `${path}.from`, { ref: t.from });
    if (!ctx.steps.has(t.to)) report(ctx, 'UNKNOWN_TRANSITION_STEP', `${path}.to`, { ref: t.to });
    if (t.on !== undefined && ctx.steps.has(t.from)) {
      const outcomes = outcomesOf(ctx, t.from);
      if (!outcomes.includes(t.on))
        report(ctx, 'UNKNOWN_OUTCOME', `${path}.on`, {
          step: stepName(ctx, t.from),
          outcome: t.on,
          list: outcomes.length > 0 ? outcomes.join(', ') : '—',
        });
    }
  });
  for (const [from, list] of ctx.outgoing) {
    const type = ctx.stepTypes.get(from);
    if (type?.completion === 'terminal' && list.length > 0)
      report(ctx, 'END_HAS_OUTGOING', stepPath(ctx, from), { step: stepName(ctx, from) }, 'warning');
    const byOutcome = new Map<string, number>();
    for (const { t } of list)
      if (t.isDefault) byOutcome.set(t.on ?? '*', (byOutcome.get(t.on ?? '*') ?? 0) + 1);
    if ([...byOutcome.values()].some((n) => n > 1))
      report(ctx, 'SEVERAL_DEFAULTS', stepPath(ctx, from), { step: stepName(ctx, from) });
  }
}
