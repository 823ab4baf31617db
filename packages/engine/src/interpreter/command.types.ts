import type { CommunicationChannel } from '../definition/step.types';
import type { FormData, FormDefinition } from '../forms/form.types';
import type { Actor, Instant } from './ports.types';
import type { RepaymentPlanInput } from '../finance/index';

interface StepCommand {
  readonly stepKey: string;
  readonly actor: Actor;
}

/** Everything a case can be asked to do. Each command either yields events or a coded refusal. */
export type Command =
  | { readonly type: 'start'; readonly caseId: string; readonly actor: Actor; readonly data?: FormData }
  | ({
      readonly type: 'submitStep';
      readonly data: FormData;
      /**
       * The form of a survey step that sends a published survey of the library (a `SurveyRef` object):
       * the host resolves the survey version that went out and passes its form here, and the data is
       * validated against it. Ignored for every other step (their forms are the flow's own).
       */
      readonly form?: FormDefinition;
    } & StepCommand)
  | ({ readonly type: 'approve'; readonly comment?: string; readonly data?: FormData } & StepCommand)
  | ({ readonly type: 'reject'; readonly reason: string; readonly data?: FormData } & StepCommand)
  | ({
      readonly type: 'logCommunication';
      readonly channel: CommunicationChannel;
      /** The number or address contacted (the contact guard counts per contact). */
      readonly contact: string;
      readonly answered: boolean;
      readonly summary: string;
    } & StepCommand)
  | ({
      readonly type: 'proposeOffer';
      readonly offer: RepaymentPlanInput;
      readonly data?: FormData;
    } & StepCommand)
  | ({ readonly type: 'customerAccept' } & StepCommand)
  | ({ readonly type: 'customerCounter'; readonly comment: string } & StepCommand)
  | ({ readonly type: 'sign'; readonly signatureId: string; readonly documentHash: string } & StepCommand)
  | { readonly type: 'escalate'; readonly actor: Actor; readonly reason: string }
  /**
   * The customer's consent to be contacted during quiet hours (e.g. 22:00–08:00), from `grantedAt` until
   * `expiresAt` (open-ended when absent); `evidence` says how it was given (recorded call, signed form).
   */
  | {
      readonly type: 'recordContactConsent';
      readonly actor: Actor;
      readonly grantedAt: Instant;
      readonly expiresAt?: Instant;
      readonly evidence: string;
    }
  | ({ readonly type: 'reassign'; readonly assigneeId: string } & StepCommand)
  | { readonly type: 'pauseClock'; readonly actor: Actor; readonly reason: string }
  | { readonly type: 'resumeClock'; readonly actor: Actor }
  /**
   * A timer came due. Engine timers (wait steps) are known by id; SLA timers are the host's (it owns
   * the calendars) and say which SLA point was reached.
   */
  | { readonly type: 'timerFired'; readonly timerId: string; readonly sla?: 'warning' | 'breach' }
  /** Extends the regulatory complaint clock: 15 → 30 days, then a further 30 with approval. */
  | {
      readonly type: 'extendDeadline';
      readonly actor: Actor;
      readonly reason: string;
      readonly approvedBy?: Actor;
    }
  | ({
      readonly type: 'linkedCaseClosed';
      readonly linkedCaseId: string;
      readonly outcome: string;
    } & StepCommand)
  | { readonly type: 'cancel'; readonly actor: Actor; readonly reason: string }
  | { readonly type: 'close'; readonly actor: Actor; readonly note?: string };

export type CommandType = Command['type'];
