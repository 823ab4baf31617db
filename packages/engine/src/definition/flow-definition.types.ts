import type { LocalizedText } from '../shared/localized-text';
import type { Rule } from '../rules/rule.types';
import type { FormDefinition } from '../forms/form.types';
import type { EndOutcome, StepDefinition } from './step.types';
import type { SlaPolicy } from '../time/index';
import type {
  AuthorityMatrix,
  ContactCompliancePolicy,
  PlanPolicy,
  RepaymentPlanKind,
} from '../finance/index';
import type { AgreementTemplate } from '../agreement/agreement.types';
import type { SurveyRef } from './survey-ref';

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
  readonly sla?: FlowSlaPolicy;
  readonly offerPolicy?: OfferPolicy;
  /** Collection-conduct limits for communication steps with `contactGuard` (quiet hours, attempts). */
  readonly contactPolicy?: ContactCompliancePolicy;
  /** Who is told when the case is escalated or its SLA is breached. */
  readonly escalationRole?: string;
  /**
   * Where a new case of this flow lands when its opening names no department or queue (and no complaint
   * category routes it): the host puts it in this department's queue (`queueCode`, else the department's
   * general queue). Absent: the host falls back to the first holder department of the flow's roles.
   */
  readonly routing?: FlowRouting;
  /** The satisfaction survey sent after the case: a form key from `forms`, or a published survey (`SurveyRef`). */
  readonly survey?: SurveyRef;
  /**
   * A survey per end outcome (form keys from `forms`, or published surveys, `SurveyRef`): when a case reaches an end step with a listed
   * outcome, the interpreter issues a `send-survey` effect for that form. Outcomes not listed send
   * nothing at the end (`survey` itself is not sent by the interpreter).
   */
  readonly surveyByOutcome?: Partial<Readonly<Record<EndOutcome, SurveyRef>>>;
  /**
   * The agreement the customer reads before signing and that is printed into the signed PDF: clauses
   * with `{{variables}}`. Absent: a default text (`agreementOfFlow`).
   */
  readonly agreement?: AgreementTemplate;
  /**
   * Where each step sits on the designer's canvas (step key → top-left corner, in canvas pixels).
   * Editor metadata only: the interpreter and validation ignore it.
   */
  readonly layout?: Readonly<Record<string, StepPosition>>;
}

/** A step's place on the designer's canvas. */
export interface StepPosition {
  readonly x: number;
  readonly y: number;
}

/** A flow's default destination for new cases (`FlowDefinition.routing`). */
export interface FlowRouting {
  /** Department code (`DEPARTMENT_CODE_PATTERN`). */
  readonly departmentCode: string;
  /** Queue code within that department (same pattern); absent: the department's general queue. */
  readonly queueCode?: string;
}

export interface RoleDefinition {
  readonly key: string;
  readonly name: LocalizedText;
  /** Roles whose permissions this role also has (a supervisor can do what an agent can). */
  readonly inherits?: readonly string[];
  /**
   * The platform roles whose users hold this flow role; with `departments`, only users in one of those
   * departments (department codes, `DEPARTMENT_CODE_PATTERN`; an empty list restricts nothing). A user
   * whose platform role key equals this role's key holds it anyway. See `holdsFlowRole`.
   */
  readonly holders?: RoleHolders;
}

/** Which platform users hold a flow role (`RoleDefinition.holders`). */
export interface RoleHolders {
  readonly roles: readonly string[];
  readonly departments?: readonly string[];
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

/** One way to time a case; the first whose `selectWhen` holds applies (SLA selection by rule). */
export interface SlaRule {
  /** The clock itself, evaluated by `evaluateSla` of the time module. `pauseInStates` are step keys. */
  readonly policy: SlaPolicy;
  readonly selectWhen?: Rule;
}

export interface FlowSlaPolicy {
  readonly rules: readonly SlaRule[];
  /** Complaint flows also run on the regulatory clock (15 days, extendable to 30, then a further 30). */
  readonly regulatoryComplaintClock?: {
    readonly calendarId: string;
    /** Whose approval the further extension needs (internal approval, CBIRC Order 2020 No. 3). */
    readonly furtherExtensionApproverRole: string;
  };
}

/**
 * What an agent may offer in this flow: plan kinds, the regulatory plan limits, an eligibility rule
 * and the authority matrix (role → maximum waiver %, amount and term) — all data, evaluated by the
 * finance module.
 */
export interface OfferPolicy {
  readonly allowedKinds: readonly RepaymentPlanKind[];
  readonly planPolicy: PlanPolicy;
  /** Offer eligibility; sees `offer.*` besides the case data. */
  readonly eligibility?: Rule;
  readonly authority: AuthorityMatrix;
}
