/**
 * What each active step of a case asks of the viewer, from the flow definition the case runs on: the
 * kind of action (a form, a review, a logged call …), its form, who may do it (the flow role, matched
 * to the viewer's platform roles and departments by the engine's `holdsFlowRole`, as the server does)
 * and, for steps that wait, when they fire or which branches follow. Pure: no Vue, no network.
 */
import {
  addIsoDuration,
  holdsFlowRole,
  type FlowDefinition,
  type FormDefinition,
  type LocalizedText,
  type RoleHolderProfile,
  type StepDefinition,
} from '@parley/engine';

export type ActionKind =
  'form' | 'review' | 'communication' | 'confirmation' | 'wait' | 'decision' | 'notification' | 'other';

/** What one active step asks of the viewer. */
export interface StepAction {
  readonly key: string;
  readonly name: LocalizedText;
  readonly stepKind: string;
  readonly kind: ActionKind;
  readonly form: FormDefinition | null;
  /** The flow role that works the step; null when any staff member may. */
  readonly role: string | null;
  readonly roleName: LocalizedText | null;
  /** Whether the viewer may act on it here. */
  readonly canAct: boolean;
  /** The customer does this step (their form, survey or signature); staff may record it on their behalf where the engine allows. */
  readonly customerStep: boolean;
  /** Communication: the channels allowed, whether the contact guard applies, whether only an answered call completes it. */
  readonly channels: readonly string[];
  readonly contactGuard: boolean;
  readonly requireAnswered: boolean;
  /** Wait: its duration (ISO 8601) and whether it is a follow-up or return visit. */
  readonly duration: string | null;
  readonly followUp: 'followUp' | 'returnVisit' | null;
  /** Notification: channel and template. */
  readonly notification: { readonly channel: string; readonly template: string } | null;
  /** Decision: where it may go next. */
  readonly branches: readonly Branch[];
}

export interface Branch {
  readonly to: string;
  readonly toName: LocalizedText;
  readonly label: LocalizedText | null;
  readonly isDefault: boolean;
  readonly guarded: boolean;
}

const KIND_OF: Readonly<Record<string, ActionKind>> = {
  form: 'form',
  // A survey is the customer's form; staff may record the answers (a return visit by phone).
  survey: 'form',
  review: 'review',
  communication: 'communication',
  confirmation: 'confirmation',
  wait: 'wait',
  decision: 'decision',
  notification: 'notification',
};

/** The kinds a person completes (the others the system or the customer moves on). */
const ACTING_KINDS = new Set(['form', 'survey', 'review', 'communication', 'confirmation']);

/** The role that acts on the step, as the server reports it (`Step.requiredRole`). */
export function stepRole(step: StepDefinition): string | null {
  if (step.kind === 'review') return step.requiredRole;
  const assignTo = step.assignTo;
  return assignTo && 'role' in assignTo ? assignTo.role : null;
}

function formOf(definition: FlowDefinition, step: StepDefinition): FormDefinition | null {
  const s = step as StepDefinition & { form?: unknown; survey?: unknown };
  const key = typeof s.form === 'string' ? s.form : typeof s.survey === 'string' ? s.survey : null;
  return key ? (definition.forms.find((f) => f.key === key) ?? null) : null;
}

function isCustomerStep(step: StepDefinition): boolean {
  return (
    step.kind === 'survey' ||
    (step.kind === 'form' && step.submittedBy === 'customer') ||
    (step.kind === 'signature' && step.signer === 'customer')
  );
}

/**
 * Whether the viewer may act: staff holding the step's role (any staff when it names none). A customer
 * signature only the customer gives (on their link).
 */
function viewerCanAct(
  definition: FlowDefinition,
  step: StepDefinition,
  role: string | null,
  profile: RoleHolderProfile,
): boolean {
  if (step.kind === 'signature' && step.signer === 'customer') return false;
  if (!ACTING_KINDS.has(step.kind)) return false;
  return role === null || holdsFlowRole(definition, profile, role);
}

function branchesOf(definition: FlowDefinition, key: string): Branch[] {
  return definition.transitions
    .filter((t) => t.from === key)
    .map((t) => {
      const target = definition.steps.find((s) => s.key === t.to);
      return {
        to: t.to,
        toName: target?.name ?? { zh: t.to, en: t.to },
        label: t.label ?? null,
        isDefault: t.isDefault === true,
        guarded: t.guard !== undefined,
      };
    });
}

/** One step's action for the viewer. */
export function stepAction(
  definition: FlowDefinition,
  step: StepDefinition,
  profile: RoleHolderProfile,
  assigneeRole: string | null = null,
): StepAction {
  const role = step.kind === 'review' ? step.requiredRole : (assigneeRole ?? stepRole(step));
  return {
    key: step.key,
    name: step.name,
    stepKind: step.kind,
    kind: KIND_OF[step.kind] ?? 'other',
    form: formOf(definition, step),
    role,
    roleName: role ? (definition.roles.find((r) => r.key === role)?.name ?? { zh: role, en: role }) : null,
    canAct: viewerCanAct(definition, step, role, profile),
    customerStep: isCustomerStep(step),
    channels: step.kind === 'communication' ? [...step.channels] : [],
    contactGuard: step.kind === 'communication' && step.contactGuard === true,
    requireAnswered: step.kind === 'communication' && step.requireAnswered === true,
    duration: step.kind === 'wait' ? step.duration : null,
    followUp: step.kind === 'wait' ? (step.followUp ?? null) : null,
    notification: step.kind === 'notification' ? { channel: step.channel, template: step.template } : null,
    branches: step.kind === 'decision' ? branchesOf(definition, step.key) : [],
  };
}

/**
 * The actions of the case's active steps, in the order the case lists them; `plan` steps are left to
 * the offer builder, unknown keys (a definition out of step) left out.
 */
export function activeStepActions(
  definition: FlowDefinition,
  activeSteps: readonly string[],
  profile: RoleHolderProfile,
  events: readonly TimelineEvent[] = [],
): StepAction[] {
  return activeSteps.flatMap((key) => {
    const step = definition.steps.find((s) => s.key === key);
    if (!step || step.kind === 'plan') return [];
    return [stepAction(definition, step, profile, assigneeRoleOf(events, key))];
  });
}

/**
 * The role the engine gave the step's token when it was entered (`stepActivated.assigneeRole`): a rule
 * assignment (e.g. routing by complaint category) is only known there.
 */
export function assigneeRoleOf(events: readonly TimelineEvent[], stepKey: string): string | null {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const e = events[i] as TimelineEvent;
    const data = e.data as { stepKey?: unknown; assigneeRole?: unknown } | null;
    if (e.type === 'stepActivated' && data?.stepKey === stepKey)
      return typeof data.assigneeRole === 'string' ? data.assigneeRole : null;
  }
  return null;
}

export interface TimelineEvent {
  readonly type: string;
  readonly at: string;
  readonly data: unknown;
}

/**
 * When a wait step's timer fires: the last `timerScheduled` event of the step, plus its duration; null
 * when none is scheduled (yet).
 */
export function waitFiresAt(events: readonly TimelineEvent[], stepKey: string): string | null {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const e = events[i] as TimelineEvent;
    if (e.type !== 'timerScheduled') continue;
    const data = e.data as { stepKey?: unknown; after?: unknown } | null;
    if (data?.stepKey !== stepKey || typeof data.after !== 'string') continue;
    try {
      return addIsoDuration(e.at, data.after);
    } catch {
      return null;
    }
  }
  return null;
}

/** Days, hours and minutes of an ISO 8601 duration without months or years (`P3D`, `PT4H30M`); null otherwise. */
export function durationParts(duration: string): { days: number; hours: number; minutes: number } | null {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!m || duration === 'P' || duration.endsWith('T')) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  return { days: n(1) * 7 + n(2), hours: n(3), minutes: n(4) };
}

/** How often the step has been entered (a loop enters it again: a fresh panel, a fresh draft). */
export function activationCount(events: readonly TimelineEvent[], stepKey: string): number {
  return events.filter(
    (e) => e.type === 'stepActivated' && (e.data as { stepKey?: unknown } | null)?.stepKey === stepKey,
  ).length;
}

/**
 * The case's data as the engine folds it from the log (start data, then each completed step's values,
 * minus the fields it cleared), for the rules of a step's form (`visibleWhen: data.requestedService …`).
 * Sensitive fields come masked from the server: rules do not read them.
 */
export function caseDataOf(events: readonly TimelineEvent[]): Record<string, unknown> {
  let data: Record<string, unknown> = {};
  for (const e of events) {
    const d = e.data as { data?: unknown; cleared?: unknown } | null;
    if (e.type !== 'caseStarted' && e.type !== 'stepCompleted') continue;
    if (d?.data && typeof d.data === 'object') data = { ...data, ...(d.data as Record<string, unknown>) };
    if (Array.isArray(d?.cleared)) for (const name of d.cleared) delete data[String(name)];
  }
  return data;
}
