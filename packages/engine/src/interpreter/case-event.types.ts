import type { CommunicationChannel, EndOutcome } from '../definition/step.types';
import type { Actor, Instant } from './ports.types';
import type { OfferSummary } from './offer.types';
import type { RepaymentPlanInput } from '../finance/index';

/**
 * Every event carries the case, its sequence number (the server stores events under a unique
 * (caseId, seq)) and the time of the command that caused it. Decisions (which transition, which
 * branch) are recorded in events, so replay never re-evaluates a rule.
 */
interface Envelope {
  readonly caseId: string;
  readonly seq: number;
  readonly at: Instant;
}

export type CaseEventBody =
  | {
      readonly type: 'caseStarted';
      readonly definitionKey: string;
      readonly definitionVersion: number;
      readonly startStep: string;
      readonly tokenId: string;
      readonly actor: Actor;
      readonly data: Readonly<Record<string, unknown>>;
    }
  | {
      readonly type: 'stepActivated';
      readonly stepKey: string;
      readonly tokenId: string;
      readonly assigneeRole: string | null;
    }
  | {
      readonly type: 'stepCompleted';
      readonly stepKey: string;
      readonly tokenId: string;
      readonly outcome: string;
      readonly actor: Actor | null;
      /** Values the step contributed to the case data. */
      readonly data?: Readonly<Record<string, unknown>>;
      /** Fields of the step's form that are hidden now: earlier values of them leave the case data. */
      readonly cleared?: readonly string[];
      readonly note?: string;
    }
  | {
      readonly type: 'transitionTaken';
      readonly transitionKey: string;
      readonly tokenId: string;
      readonly from: string;
      readonly to: string;
    }
  | {
      readonly type: 'tokensForked';
      readonly stepKey: string;
      readonly tokenId: string;
      readonly forkId: string;
      readonly childTokenIds: readonly string[];
    }
  | {
      readonly type: 'tokenArrived';
      readonly stepKey: string;
      readonly tokenId: string;
      readonly forkId: string;
    }
  | {
      readonly type: 'tokensJoined';
      readonly stepKey: string;
      readonly forkId: string;
      readonly tokenId: string;
    }
  | {
      readonly type: 'endReached';
      readonly stepKey: string;
      readonly tokenId: string;
      readonly outcome: EndOutcome;
    }
  | {
      readonly type: 'communicationLogged';
      readonly stepKey: string;
      readonly channel: CommunicationChannel;
      readonly contact: string;
      readonly answered: boolean;
      readonly summary: string;
      readonly actor: Actor;
    }
  | {
      readonly type: 'offerProposed';
      readonly stepKey: string;
      readonly offerId: string;
      readonly input: RepaymentPlanInput;
      readonly summary: OfferSummary;
      readonly actor: Actor;
    }
  | {
      readonly type: 'customerResponded';
      readonly stepKey: string;
      readonly response: 'accepted' | 'changes-requested';
      readonly offerId: string | null;
      readonly comment?: string;
      readonly actor: Actor;
    }
  | {
      readonly type: 'agreementSigned';
      readonly stepKey: string;
      readonly signatureId: string;
      readonly documentHash: string;
      readonly offerId: string | null;
      readonly actor: Actor;
    }
  | {
      readonly type: 'linkedCaseClosed';
      readonly stepKey: string;
      readonly linkedCaseId: string;
      readonly outcome: string;
    }
  | {
      readonly type: 'timerScheduled';
      readonly timerId: string;
      readonly stepKey: string;
      readonly tokenId: string;
      readonly after: string;
    }
  | { readonly type: 'timerFired'; readonly timerId: string }
  | { readonly type: 'slaSelected'; readonly ruleKey: string | null }
  | { readonly type: 'slaWarned'; readonly ruleKey: string | null }
  | { readonly type: 'slaBreached'; readonly ruleKey: string | null; readonly escalationLevel: number }
  | { readonly type: 'caseEscalated'; readonly level: number; readonly reason: string; readonly actor: Actor }
  | {
      readonly type: 'contactConsentRecorded';
      readonly grantedAt: Instant;
      readonly expiresAt: Instant | null;
      readonly evidence: string;
      readonly actor: Actor;
    }
  | {
      readonly type: 'stepReassigned';
      readonly stepKey: string;
      readonly tokenId: string;
      readonly assigneeId: string;
      readonly actor: Actor;
    }
  | { readonly type: 'clockPaused'; readonly cause: 'manual' | 'step'; readonly reason?: string }
  | { readonly type: 'clockResumed'; readonly cause: 'manual' | 'step' }
  | {
      readonly type: 'deadlineExtended';
      readonly stage: 1 | 2;
      readonly reason: string;
      readonly actor: Actor;
      readonly approvedBy: string | null;
    }
  | {
      /** The case moved to another version of its flow (see `migrateState`). */
      readonly type: 'caseMigrated';
      readonly toKey: string;
      readonly toVersion: number;
      readonly moves: readonly {
        readonly tokenId: string;
        readonly from: string;
        readonly to: string;
        readonly assigneeRole: string | null;
      }[];
      readonly droppedFields: readonly string[];
      readonly cancelledTimers: readonly string[];
      readonly actor: Actor;
    }
  | { readonly type: 'caseCancelled'; readonly reason: string; readonly actor: Actor }
  | { readonly type: 'caseClosed'; readonly actor: Actor; readonly note?: string };

export type CaseEvent = CaseEventBody & Envelope;
export type CaseEventType = CaseEvent['type'];

/**
 * Every engine event type, checked both ways against `CaseEvent` by the compiler: a new event type that
 * is not listed here does not compile. Hosts check what they write against it (an unknown type is
 * refused when written, not when the case is next replayed).
 */
const ENGINE_EVENT_TYPE_MAP = {
  caseStarted: true,
  stepActivated: true,
  stepCompleted: true,
  transitionTaken: true,
  tokensForked: true,
  tokenArrived: true,
  tokensJoined: true,
  endReached: true,
  communicationLogged: true,
  offerProposed: true,
  customerResponded: true,
  agreementSigned: true,
  linkedCaseClosed: true,
  timerScheduled: true,
  timerFired: true,
  slaSelected: true,
  slaWarned: true,
  slaBreached: true,
  caseEscalated: true,
  contactConsentRecorded: true,
  stepReassigned: true,
  clockPaused: true,
  clockResumed: true,
  deadlineExtended: true,
  caseMigrated: true,
  caseCancelled: true,
  caseClosed: true,
} as const satisfies Record<CaseEventType, true>;

export const ENGINE_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(ENGINE_EVENT_TYPE_MAP));

/** Whether `type` names an engine event. */
export function isEngineEventType(type: string): type is CaseEventType {
  return ENGINE_EVENT_TYPES.has(type);
}
