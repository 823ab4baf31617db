/**
 * What the test run can do next: for each step waiting now, the commands that complete or work it
 * (by the step type's completion mode), plus the case-wide commands, each with a ready-to-edit sample
 * (form data from the step's form, a sample offer). Pure.
 */
import {
  defaultRegistry,
  type Actor,
  type CaseState,
  type Command,
  type FieldDefinition,
  type FlowDefinition,
  type FormDefinition,
  type RepaymentPlanInput,
  type StepDefinition,
} from '@parley/engine';

/** The test run acts as one member of staff holding every role of the flow, or as the customer. */
export function staffActor(definition: FlowDefinition): Actor {
  return { kind: 'staff', id: 'test-run', roles: definition.roles.map((r) => r.key) };
}
export const CUSTOMER_ACTOR: Actor = { kind: 'customer', id: 'test-run-customer' };

/** The kinds of action the drawer offers; each maps to one engine command. */
export type ActionKind =
  | 'submitStep'
  | 'approve'
  | 'reject'
  | 'logCommunication'
  | 'proposeOffer'
  | 'customerAccept'
  | 'customerCounter'
  | 'sign'
  | 'linkedCaseClosed'
  | 'escalate'
  | 'pauseClock'
  | 'resumeClock'
  | 'extendDeadline'
  | 'cancel'
  | 'close';

/** One thing the user can do now. `sample` is the editable payload (form data, offer) as JSON text. */
export interface AvailableAction {
  readonly id: string;
  readonly kind: ActionKind;
  /** The step it is for; null for case-wide commands. */
  readonly stepKey: string | null;
  /** The editable part, when the command takes data (form values, an offer, a channel). */
  readonly sample: Record<string, unknown> | null;
}

/** A sample value a field of this type accepts (the first choice, a valid ID number …). */
export function sampleValue(field: FieldDefinition, startDate: string): unknown {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return '示例';
    case 'number':
      return field.min ?? 1;
    case 'money':
      return Math.min(Math.max(field.minFen ?? 0, 100_000), field.maxFen ?? Number.MAX_SAFE_INTEGER);
    case 'date':
      return field.min ?? startDate;
    case 'select':
      return field.choices[0]?.value;
    case 'multi-select':
      return field.choices[0] ? [field.choices[0].value] : [];
    case 'phone':
      return '13800138000';
    case 'prc-id':
      return '11010519491231002X';
    case 'bank-card':
      return '6222021234567890128';
    case 'rating':
      return field.rateMax ?? 5;
    case 'matrix':
      return Object.fromEntries(field.rows.map((r) => [r.value, field.columns[0]?.value]));
    default:
      return undefined;
  }
}

/** Sample data for a form: a value for every field that takes one (files are left out). */
export function sampleFormData(form: FormDefinition | undefined, startDate: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of form?.elements ?? []) {
    const value = sampleValue(field, startDate);
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

/** The form a step takes data with (form, review and plan steps; the survey's form). */
export function formOf(definition: FlowDefinition, step: StepDefinition): FormDefinition | undefined {
  const key = defaultRegistry.stepType(step.kind)?.formsOf?.(step as never)[0];
  return key === undefined ? undefined : definition.forms.find((f) => f.key === key);
}

/** A sample offer within the flow's offer policy's first allowed kind (edited by the user as JSON). */
export function sampleOffer(definition: FlowDefinition, startDate: string): RepaymentPlanInput {
  const owed = { principalFen: 1_000_000, interestFen: 50_000, penaltyInterestFen: 10_000, feesFen: 0 };
  const kind = definition.offerPolicy?.allowedKinds[0] ?? 'interestFrozen';
  switch (kind) {
    case 'equalInstalment':
    case 'equalPrincipal':
      return { kind, owed, startDate, termMonths: 12, annualRate: '0.0365' };
    case 'instalmentWithFee':
      return { kind, owed, startDate, termMonths: 12, feeRatePerPeriod: '0.006' };
    case 'lumpSumSettlement':
      return { kind, owed, startDate };
    case 'extension':
      return {
        kind,
        owed,
        startDate,
        annualRate: '0.0365',
        originalLoan: { startDate: '2025-01-01', maturityDate: '2026-12-31' },
        newMaturityDate: '2027-12-31',
        applicationDate: startDate,
        repayment: 'equalInstalment',
      };
    default:
      return { kind: 'interestFrozen', owed, startDate, termMonths: 12 };
  }
}

function stepActions(definition: FlowDefinition, step: StepDefinition, startDate: string): AvailableAction[] {
  const mode = defaultRegistry.stepType(step.kind)?.completion;
  const form = formOf(definition, step);
  const one = (kind: ActionKind, sample: Record<string, unknown> | null): AvailableAction => ({
    id: `${step.key}:${kind}`,
    kind,
    stepKey: step.key,
    sample,
  });
  switch (mode) {
    case 'submit':
      return [one('submitStep', sampleFormData(form, startDate))];
    case 'review':
      return [
        one('approve', form ? sampleFormData(form, startDate) : null),
        one('reject', form ? sampleFormData(form, startDate) : null),
      ];
    case 'communication': {
      const channel = step.kind === 'communication' ? step.channels[0] : 'phone';
      return [one('logCommunication', { channel, contact: '13800138000', answered: true })];
    }
    case 'offer':
      return [one('proposeOffer', { offer: sampleOffer(definition, startDate) })];
    case 'confirmation':
      return [one('customerAccept', null), one('customerCounter', null)];
    case 'signature':
      return [one('sign', null)];
    case 'linked-case':
      return [one('linkedCaseClosed', { outcome: 'resolved' })];
    default:
      return [];
  }
}

/** Everything the test run can do with the case as it stands (nothing before it starts). */
export function availableActions(
  definition: FlowDefinition,
  state: CaseState | null,
  startDate: string,
): AvailableAction[] {
  if (!state) return [];
  if (state.status === 'completed') return [{ id: 'close', kind: 'close', stepKey: null, sample: null }];
  if (state.status !== 'active') return [];
  const out: AvailableAction[] = [];
  for (const token of state.tokens) {
    if (token.activatedAt === null) continue;
    const step = definition.steps.find((s) => s.key === token.stepKey);
    if (step) out.push(...stepActions(definition, step, startDate));
  }
  const caseWide = (kind: ActionKind): AvailableAction => ({ id: kind, kind, stepKey: null, sample: null });
  out.push(caseWide('escalate'));
  out.push(caseWide(state.clock.manualPause ? 'resumeClock' : 'pauseClock'));
  if (definition.sla?.regulatoryComplaintClock && state.facts.clockExtensions < 2)
    out.push(caseWide('extendDeadline'));
  out.push(caseWide('cancel'));
  return out;
}

/**
 * The engine command for an action with the (edited) payload. Customer steps (confirmation, a customer's
 * signature) are answered as the customer; everything else as staff holding every role.
 */
export function commandFor(
  definition: FlowDefinition,
  action: AvailableAction,
  payload: Record<string, unknown> | null,
  reason: string,
): Command {
  const staff = staffActor(definition);
  const stepKey = action.stepKey ?? '';
  const data = payload ?? {};
  const step = definition.steps.find((s) => s.key === stepKey);
  switch (action.kind) {
    case 'submitStep':
      return { type: 'submitStep', stepKey, actor: staff, data };
    case 'approve':
      return { type: 'approve', stepKey, actor: staff, comment: reason, ...(payload ? { data } : {}) };
    case 'reject':
      return { type: 'reject', stepKey, actor: staff, reason, ...(payload ? { data } : {}) };
    case 'logCommunication':
      return {
        type: 'logCommunication',
        stepKey,
        actor: staff,
        channel: (data['channel'] ?? 'phone') as never,
        contact: String(data['contact'] ?? ''),
        answered: data['answered'] !== false,
        summary: reason,
      };
    case 'proposeOffer':
      return { type: 'proposeOffer', stepKey, actor: staff, offer: data['offer'] as RepaymentPlanInput };
    case 'customerAccept':
      return { type: 'customerAccept', stepKey, actor: CUSTOMER_ACTOR };
    case 'customerCounter':
      return { type: 'customerCounter', stepKey, actor: CUSTOMER_ACTOR, comment: reason };
    case 'sign': {
      const signer = step?.kind === 'signature' && step.signer === 'staff' ? staff : CUSTOMER_ACTOR;
      return {
        type: 'sign',
        stepKey,
        actor: signer,
        signatureId: 'test-run-signature',
        documentHash: 'test-run',
      };
    }
    case 'linkedCaseClosed':
      return {
        type: 'linkedCaseClosed',
        stepKey,
        actor: { kind: 'system', id: 'test-run' },
        linkedCaseId: 'test-run-linked',
        outcome: String(data['outcome'] ?? 'resolved'),
      };
    case 'escalate':
      return { type: 'escalate', actor: staff, reason };
    case 'pauseClock':
      return { type: 'pauseClock', actor: staff, reason };
    case 'resumeClock':
      return { type: 'resumeClock', actor: staff };
    case 'extendDeadline':
      return { type: 'extendDeadline', actor: staff, reason, approvedBy: staff };
    case 'cancel':
      return { type: 'cancel', actor: staff, reason };
    case 'close':
      return { type: 'close', actor: staff };
  }
}
