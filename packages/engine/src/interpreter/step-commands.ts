import type { FormData, FormDefinition } from '../forms/form.types';
import { isLibrarySurveyRef } from '../definition/survey-ref';
import { validateFormData } from '../forms/validate-form-data';
import type { Command } from './command.types';
import {
  activeStep,
  isActiveStep,
  requireCustomerOrStaff,
  requireStaff,
  requireStaffOrSystem,
} from './authorisation';
import type { ActiveStep } from './authorisation';
import { refuse } from './refusal';
import type { Refusal } from './refusal';
import { completeStep } from './routing';
import { emit, offerFacts, openOffer } from './session';
import type { Session } from './session';
import { checkContact } from './contact-check';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;
type Result = Refusal | undefined;

/** What a step contributes to the case data. */
interface StepData {
  readonly values: Readonly<Record<string, unknown>>;
  /** Fields of the form hidden by its rules now, whose earlier values must go (e.g. after a loop). */
  readonly cleared?: readonly string[];
}

/** The part of a `stepCompleted` event that carries the step's data. */
export function stepData(d: StepData): {
  readonly data: StepData['values'];
  readonly cleared?: readonly string[];
} {
  return d.cleared ? { data: d.values, cleared: d.cleared } : { data: d.values };
}

/** Validates step data against the step's form; a step without a form accepts no data. */
export function validateStepData(
  s: Session,
  { cs }: ActiveStep,
  data: FormData | undefined,
  /** A survey step's library survey form, resolved by the host (`submitStep.form`). */
  libraryForm?: FormDefinition,
): StepData | Refusal {
  const formKey = cs.type.formsOf?.(cs.step)[0];
  const libraryStep = cs.step.kind === 'survey' && isLibrarySurveyRef(cs.step.survey);
  const form = formKey !== undefined ? s.flow.forms.get(formKey) : libraryStep ? libraryForm : undefined;
  const given = data ?? {};
  if (!form) {
    const extra = Object.keys(given);
    return extra.length === 0
      ? { values: {} }
      : validationRefusal(s, { key: '', title: cs.step.name, elements: [] }, given);
  }
  const result = validateFormData(form, given, {
    caseData: s.draft.data,
    caseFacts: s.draft.facts,
    offer: offerFacts(openOffer(s.draft)),
    registry: s.flow.registry,
    evaluator: s.flow.evaluator,
  });
  if (!result.ok)
    return refuse('FORM_INVALID', { count: result.problems.length }, { problems: result.problems });
  const cleared = form.elements.flatMap((f) =>
    !(f.name in result.values) && f.name in s.draft.data ? [f.name] : [],
  );
  return cleared.length > 0 ? { values: result.values, cleared } : { values: result.values };
}

function validationRefusal(
  s: Session,
  form: Parameters<typeof validateFormData>[0],
  data: FormData,
): Refusal {
  const result = validateFormData(form, data, { registry: s.flow.registry, evaluator: s.flow.evaluator });
  return refuse('FORM_INVALID', { count: result.problems.length }, { problems: result.problems });
}

export function submitStep(s: Session, c: Of<'submitStep'>): Result {
  const found = activeStep(s.flow, s.draft, c.stepKey, c.type, ['submit']);
  if (!isActiveStep(found)) return found;
  const { step } = found.cs;
  const role = found.token.assigneeRole;
  const customerStep = step.kind === 'survey' || (step.kind === 'form' && step.submittedBy === 'customer');
  const denied = customerStep
    ? requireCustomerOrStaff(s.flow, c.actor, role)
    : requireStaff(s.flow, c.actor, role);
  if (denied) return denied;
  const checked = validateStepData(s, found, c.data, c.form);
  if (!('values' in checked)) return checked;
  const outcome = found.cs.type.outcomes[0] ?? 'submitted';
  return completeStep(s, found.token.id, step.key, outcome, c.actor, stepData(checked));
}

export function review(s: Session, c: Of<'approve'> | Of<'reject'>): Result {
  const found = activeStep(s.flow, s.draft, c.stepKey, c.type, ['review']);
  if (!isActiveStep(found)) return found;
  const { step } = found.cs;
  const denied = requireStaff(
    s.flow,
    c.actor,
    step.kind === 'review' ? step.requiredRole : found.token.assigneeRole,
  );
  if (denied) return denied;
  const checked = validateStepData(s, found, c.data);
  if (!('values' in checked)) return checked;
  const note = c.type === 'approve' ? c.comment : c.reason;
  const outcome = c.type === 'approve' ? 'approved' : 'rejected';
  return completeStep(s, found.token.id, step.key, outcome, c.actor, {
    ...stepData(checked),
    ...(note !== undefined ? { note } : {}),
  });
}

export function logCommunication(s: Session, c: Of<'logCommunication'>): Result {
  const found = activeStep(s.flow, s.draft, c.stepKey, c.type, ['communication']);
  if (!isActiveStep(found)) return found;
  const { step } = found.cs;
  const denied = requireStaff(s.flow, c.actor, found.token.assigneeRole);
  if (denied) return denied;
  if (step.kind === 'communication') {
    if (!step.channels.includes(c.channel))
      return refuse('CHANNEL_NOT_ALLOWED', { step: step.name, channel: c.channel });
    if (step.contactGuard) {
      const blocked = checkContact(s, c);
      if (blocked) return blocked;
    }
  }
  emit(s, {
    type: 'communicationLogged',
    stepKey: step.key,
    channel: c.channel,
    contact: c.contact,
    answered: c.answered,
    summary: c.summary,
    actor: c.actor,
  });
  // An unanswered call leaves a step that needs an answer open; the attempt is on record.
  if (!c.answered && step.kind === 'communication' && step.requireAnswered) return undefined;
  return completeStep(s, found.token.id, step.key, c.answered ? 'answered' : 'unanswered', c.actor);
}

export function customerResponse(s: Session, c: Of<'customerAccept'> | Of<'customerCounter'>): Result {
  const found = activeStep(s.flow, s.draft, c.stepKey, c.type, ['confirmation']);
  if (!isActiveStep(found)) return found;
  const denied = requireCustomerOrStaff(s.flow, c.actor, found.token.assigneeRole);
  if (denied) return denied;
  const offer = openOffer(s.draft);
  // Once offers are on the table the customer answers the open one; without any (a service plan)
  // the customer confirms the plan as discussed.
  if (s.draft.offers.length > 0 && offer?.status !== 'proposed') return refuse('NO_OPEN_OFFER');
  const response = c.type === 'customerAccept' ? 'accepted' : 'changes-requested';
  emit(s, {
    type: 'customerResponded',
    stepKey: c.stepKey,
    response,
    offerId: offer?.offerId ?? null,
    actor: c.actor,
    ...(c.type === 'customerCounter' ? { comment: c.comment } : {}),
  });
  return completeStep(s, found.token.id, c.stepKey, response, c.actor);
}

export function sign(s: Session, c: Of<'sign'>): Result {
  const found = activeStep(s.flow, s.draft, c.stepKey, c.type, ['signature']);
  if (!isActiveStep(found)) return found;
  const { step } = found.cs;
  const signer = step.kind === 'signature' ? step.signer : 'customer';
  if (signer === 'customer' && c.actor.kind !== 'customer')
    return refuse('NOT_AUTHORISED', { role: { zh: '客户本人', en: 'the customer' } });
  if (signer === 'staff') {
    const denied = requireStaff(s.flow, c.actor, found.token.assigneeRole);
    if (denied) return denied;
  }
  const offer = openOffer(s.draft);
  emit(s, {
    type: 'agreementSigned',
    stepKey: c.stepKey,
    signatureId: c.signatureId,
    documentHash: c.documentHash,
    offerId: offer?.offerId ?? null,
    actor: c.actor,
  });
  return completeStep(s, found.token.id, c.stepKey, 'signed', c.actor);
}

export function linkedCaseClosed(s: Session, c: Of<'linkedCaseClosed'>): Result {
  const found = activeStep(s.flow, s.draft, c.stepKey, c.type, ['linked-case']);
  if (!isActiveStep(found)) return found;
  const denied = requireStaffOrSystem(s.flow, c.actor);
  if (denied) return denied;
  emit(s, { type: 'linkedCaseClosed', stepKey: c.stepKey, linkedCaseId: c.linkedCaseId, outcome: c.outcome });
  return completeStep(s, found.token.id, c.stepKey, 'closed', c.actor);
}
