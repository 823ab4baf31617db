import type { LocalizedText } from '../shared/localized-text';
import type { Rule } from '../rules/rule.types';
import type { FormDefinition } from '../forms/form.types';
import type { StepDefinition } from './step.types';

/**
 * A flow template version: one immutable bundle of steps, transitions, forms, rules, SLA policy,
 * offer policy, the survey it sends and the roles it uses. Published versions are never edited;
 * a change is a new version (and running cases move by migration).
 */
export interface FlowDefinition {
  readonly schemaVersion: 1;
  readonly key: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  /** Where the flow comes from, e.g. `seed 000 §2`. */
  readonly source?: string;
  readonly roles: readonly RoleDefinition[];
  readonly forms: readonly FormDefinition[];
  readonly start: string;
  readonly steps: readonly StepDefinition[];
  readonly transitions: readonly TransitionDefinition[];
  readonly sla?: SlaPolicy;
  readonly offerPolicy?: OfferPolicy;
  readonly contactPolicy?: ContactPolicy;
  /** The satisfaction survey sent after the case (a form key from `forms`). */
  readonly survey?: string;
}

export interface RoleDefinition {
  readonly key: string;
  readonly name: LocalizedText;
  /** Roles whose permissions this role also has (a supervisor can do what an agent can). */
  readonly inherits?: readonly string[];
}

/**
 * A directed edge. `on` restricts it to one outcome of the source step (`approved`, `rejected`,
 * `changes-requested` …); `guard` must hold; `isDefault` is taken when no guarded sibling holds.
 */
export interface TransitionDefinition {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly on?: string;
  readonly guard?: Rule;
  readonly isDefault?: boolean;
  readonly label?: LocalizedText;
}

export type DurationUnit = 'calendar-days' | 'working-days' | 'business-hours';

export interface SlaDuration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

/** One way to time a case; the first whose `selectWhen` holds applies (SLA selection by rule). */
export interface SlaRule {
  readonly key: string;
  readonly name: LocalizedText;
  readonly selectWhen?: Rule;
  readonly calendarId: string;
  readonly duration: SlaDuration;
  /** Warn when this share of the time is used, e.g. 80. */
  readonly warnAtPercent?: number;
  /** After a breach, escalate again every so many business hours. */
  readonly escalateEveryHours?: number;
}

export interface SlaPolicy {
  readonly rules: readonly SlaRule[];
  /** The clock stops while the case sits in these steps (e.g. waiting for the customer). */
  readonly pausedInSteps?: readonly string[];
  /** Complaint flows run on the regulatory clock (15 days, extendable to 30, then a further 30). */
  readonly regulatoryComplaintClock?: {
    readonly calendarId: string;
    /** The role whose approval the second extension needs (internal approval, CBIRC Order 2020 No. 3). */
    readonly secondExtensionApproverRole: string;
  };
}

export const OFFER_KINDS = [
  'instalments',
  'interest-freeze',
  'deferral',
  'extension',
  'penalty-waiver',
  'lump-sum-settlement',
] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** One row of the authority matrix: what a role may grant without further approval. */
export interface AuthorityLimit {
  readonly role: string;
  readonly maxWaiverPercent: number;
  readonly maxWaiverFen: number;
  readonly maxTermMonths: number;
}

export interface OfferPolicy {
  readonly allowedKinds: readonly OfferKind[];
  /** Personalised instalments are commonly capped at 60 months (《商业银行信用卡业务监督管理办法》 Art. 70). */
  readonly maxTermMonths: number;
  /** Offer eligibility; sees `offer.*` besides the case data. */
  readonly eligibility?: Rule;
  readonly authority: readonly AuthorityLimit[];
}

/** Collection-conduct limits (China Banking Association guideline, 2024-01-30). */
export interface ContactPolicy {
  /** Local time `HH:MM` from which contact is not allowed, e.g. `22:00`. */
  readonly quietFrom: string;
  /** Local time `HH:MM` until which contact is not allowed, e.g. `08:00`. */
  readonly quietUntil: string;
  readonly maxUnansweredPerContactPerDay: number;
  readonly timeZone: string;
}
