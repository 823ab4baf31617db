import type { EndOutcome } from '../definition/step.types';
import type { CommunicationChannel } from '../definition/step.types';
import type { Instant } from './ports.types';
import type { OfferRecord } from './offer.types';

/** A position in the flow. Parallel branches each hold a token; `forks` is the stack of open splits. */
export interface Token {
  readonly id: string;
  readonly stepKey: string;
  readonly forks: readonly string[];
  /** Set while the token waits at a step for a command. */
  readonly activatedAt: Instant | null;
  readonly assigneeRole: string | null;
  readonly assigneeId: string | null;
}

export interface ForkRecord {
  readonly splitKey: string;
  /** The fork stack of the token that split, restored on the joined token. */
  readonly parentForks: readonly string[];
  readonly expected: number;
  readonly arrived: readonly string[];
}

export interface TimerRecord {
  readonly stepKey: string;
  readonly tokenId: string;
}

export interface ContactLogEntry {
  readonly at: Instant;
  readonly channel: CommunicationChannel;
  readonly contact: string;
  readonly answered: boolean;
}

/** Facts rules read as `case.*` (see CASE_VARIABLES); kept in the state so they replay exactly. */
export interface CaseFacts {
  readonly escalationLevel: number;
  readonly changeRequests: number;
  readonly clockExtensions: number;
  readonly lastReview: 'approved' | 'rejected' | null;
  readonly customerResponse: 'accepted' | 'changes-requested' | null;
  readonly lastContactAnswered: boolean | null;
  readonly linkedOutcome: string | null;
}

export interface ClockState {
  readonly manualPause: boolean;
  readonly stepPause: boolean;
  /** When the clock last stopped; null while it runs. */
  readonly pausedSince: Instant | null;
  readonly pausedIntervals: readonly (readonly [Instant, Instant])[];
  /** The SLA rule in force (chosen by its `selectWhen`). */
  readonly slaRuleKey: string | null;
  readonly slaWarnings: number;
  readonly slaBreaches: number;
}

export type CaseStatus = 'active' | 'completed' | 'cancelled' | 'closed';

/** The state of a case: exactly the fold of its events (`replay`). */
export interface CaseState {
  readonly caseId: string;
  readonly definitionKey: string;
  readonly definitionVersion: number;
  readonly status: CaseStatus;
  /** Sequence number of the last event. */
  readonly seq: number;
  readonly startedAt: Instant;
  readonly updatedAt: Instant;
  readonly data: Readonly<Record<string, unknown>>;
  readonly tokens: readonly Token[];
  readonly forks: Readonly<Record<string, ForkRecord>>;
  readonly timers: Readonly<Record<string, TimerRecord>>;
  readonly offers: readonly OfferRecord[];
  readonly openOfferId: string | null;
  readonly contactAttempts: readonly ContactLogEntry[];
  /** The customer's newest quiet-hours contact consent (absent in states folded before it existed). */
  readonly contactConsent?: { readonly grantedAt: Instant; readonly expiresAt: Instant | null } | null;
  readonly facts: CaseFacts;
  readonly clock: ClockState;
  /** How often each step was entered: loops (the confirmation change loop) show here. */
  readonly visits: Readonly<Record<string, number>>;
  readonly outcome: EndOutcome | null;
  readonly endedAt: Instant | null;
}
