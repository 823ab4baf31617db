import type { LocalizedText } from '../shared/localized-text';
import type { JsonObject } from '../shared/json.types';
import type { Rule } from '../rules/rule.types';
import type { SurveyRef } from './survey-ref';

/** Channels a communication step can log (seed 000 §2.3, seed 002 §2.2, seed 004 ch. 9). */
export const COMMUNICATION_CHANNELS = ['phone', 'video', 'chat', 'visit', 'letter', 'email'] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

/** Channels a notification is sent through. */
export const NOTIFICATION_CHANNELS = ['sms', 'email', 'letter', 'app', 'wechat'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** How a case ends; dashboards count these. */
export const END_OUTCOMES = [
  'resolved',
  'mediation',
  'regulator-complaint',
  'rejected',
  'withdrawn',
  'unresolved',
  'disbursed',
] as const;
export type EndOutcome = (typeof END_OUTCOMES)[number];

/**
 * How the host picks a person for a role-assigned step when it becomes active: `manual` (the default)
 * leaves the case in its queue for someone to claim; `round-robin` rotates over the role's holders in
 * the department; `least-loaded` picks the holder with the fewest open cases.
 */
export const ASSIGNMENT_STRATEGIES = ['manual', 'round-robin', 'least-loaded'] as const;
export type AssignmentStrategy = (typeof ASSIGNMENT_STRATEGIES)[number];

/** A fixed role works the step; optionally the host assigns a holder automatically (`strategy`). */
export interface RoleAssignment {
  readonly role: string;
  /** Absent means `manual`. */
  readonly strategy?: AssignmentStrategy;
  /**
   * Code of the department that takes the case at this step (e.g. `POLICY`): the case moves there and
   * automatic assignment picks among that department's holders of the role. Absent: the case's own.
   */
  readonly department?: string;
}
/** A rule that yields a role key (e.g. route by complaint category); always `manual`. */
export interface RuleAssignment {
  readonly rule: Rule;
}
/** Who works a step: a fixed role, or a rule that yields a role key. */
export type Assignment = RoleAssignment | RuleAssignment;

/** Department codes as the host stores them: 2–40 characters of A–Z, 0–9 or `_`. */
export const DEPARTMENT_CODE_PATTERN = /^[A-Z0-9_]{2,40}$/;

/** A registered action (`defineAction`, e.g. `webhook`, `notify`) run with its options. */
export interface StepActionCall {
  readonly action: string;
  readonly options?: JsonObject;
}

interface StepCommon {
  readonly key: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly assignTo?: Assignment;
  /**
   * Actions run when a case enters the step, after the kind's own work (e.g. after a survey step has
   * requested its survey), in order. Their effects are issued like those of an action step.
   */
  readonly onEnterActions?: readonly StepActionCall[];
  /** Actions run when the step completes, in order (an end step never completes). */
  readonly onExitActions?: readonly StepActionCall[];
}

/** Data capture: completes on `submitStep` with data valid against `form`. */
export interface FormStep extends StepCommon {
  readonly kind: 'form';
  readonly form: string;
  /** Who may submit: `customer` for self-service steps (applications), otherwise staff. */
  readonly submittedBy?: 'customer' | 'staff';
}
/** Review or approval: completes on `approve` / `reject` by someone holding `requiredRole`. */
export interface ReviewStep extends StepCommon {
  readonly kind: 'review';
  readonly requiredRole: string;
  readonly form?: string;
}
/** A logged contact with the customer over one of `channels`. */
export interface CommunicationStep extends StepCommon {
  readonly kind: 'communication';
  readonly channels: readonly CommunicationChannel[];
  /** Apply the contact-compliance guard (quiet hours, unanswered attempts) of the flow's contact policy. */
  readonly contactGuard?: boolean;
  /** Complete only on an answered contact; unanswered attempts are logged and the step stays open. */
  readonly requireAnswered?: boolean;
}
/** Plan drafting: completes on `proposeOffer` with an offer within policy and the proposer's authority. */
export interface PlanStep extends StepCommon {
  readonly kind: 'plan';
  readonly form?: string;
}
/** The customer accepts the open offer or asks for changes (outcomes `accepted` / `changes-requested`). */
export interface ConfirmationStep extends StepCommon {
  readonly kind: 'confirmation';
}
/** Electronic signature of the agreement (《电子签名法》): completes on `sign`. */
export interface SignatureStep extends StepCommon {
  readonly kind: 'signature';
  readonly signer: 'customer' | 'staff';
}
/** Sends a survey and completes when the customer submits it. */
export interface SurveyStep extends StepCommon {
  readonly kind: 'survey';
  /** A form key of the flow's `forms`, or a published survey by key with its pin policy. */
  readonly survey: SurveyRef;
}
export interface NotificationStep extends StepCommon {
  readonly kind: 'notification';
  readonly channel: NotificationChannel;
  readonly recipient: 'customer' | { readonly role: string };
  readonly template: string;
}
/** Runs a registered action (`defineAction`), e.g. `webhook`, and moves on. */
export interface ActionStep extends StepCommon {
  readonly kind: 'action';
  readonly action: string;
  readonly options?: JsonObject;
}
/** Waits until its timer fires. Duration in ISO 8601 (`P3D`, `PT4H`); the server schedules it. */
export interface WaitStep extends StepCommon {
  readonly kind: 'wait';
  readonly duration: string;
  /**
   * Marks the wait as a scheduled follow-up (跟进, e.g. checking the first payment after an agreement)
   * or return visit (回访) of the customer; the host lists such timers on the case. Plain waits omit it.
   */
  readonly followUp?: 'followUp' | 'returnVisit';
}
/** Exclusive branch: the first outgoing transition whose guard holds is taken. */
export interface DecisionStep extends StepCommon {
  readonly kind: 'decision';
}
/** Every outgoing transition whose guard holds starts a branch (several departments at once). */
export interface ParallelSplitStep extends StepCommon {
  readonly kind: 'parallel-split';
}
/** Waits for every branch started by `split`. */
export interface ParallelJoinStep extends StepCommon {
  readonly kind: 'parallel-join';
  readonly split: string;
}
/** Starts a linked case from another template; with `wait` the step completes when it closes. */
export interface SubflowStep extends StepCommon {
  readonly kind: 'subflow';
  readonly template: string;
  readonly wait: boolean;
}
export interface EndStep extends StepCommon {
  readonly kind: 'end';
  readonly outcome: EndOutcome;
}
/** A step type contributed by a plug-in (`defineStepType`). */
export interface PluginStep extends StepCommon {
  readonly kind: `x-${string}`;
  readonly options?: JsonObject;
}

export type BuiltInStepDefinition =
  | FormStep
  | ReviewStep
  | CommunicationStep
  | PlanStep
  | ConfirmationStep
  | SignatureStep
  | SurveyStep
  | NotificationStep
  | ActionStep
  | WaitStep
  | DecisionStep
  | ParallelSplitStep
  | ParallelJoinStep
  | SubflowStep
  | EndStep;

export type StepDefinition = BuiltInStepDefinition | PluginStep;
export type StepKind = StepDefinition['kind'];
export type BuiltInStepKind = BuiltInStepDefinition['kind'];
