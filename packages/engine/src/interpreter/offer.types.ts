import type { RepaymentPlanInput, RepaymentPlanKind } from '../finance/index';

/**
 * What the plan maths made of a proposal, recorded with it for disclosure and audit. The full
 * schedule is not stored: `buildRepaymentPlan(input)` rebuilds it exactly.
 */
export interface OfferSummary {
  readonly kind: RepaymentPlanKind;
  readonly owedTotalFen: number;
  /** Waivers plus settlement discount. */
  readonly forgivenFen: number;
  /** Share of the amount owed that is forgiven, in percent, as a decimal string. */
  readonly forgivenPercent: string;
  readonly downPaymentFen: number;
  readonly financedFen: number;
  readonly termMonths: number;
  /** Down payment plus all instalments. */
  readonly totalDueFen: number;
  readonly firstInstalmentFen: number;
  readonly lastInstalmentFen: number;
  /** Annualised rate including fees (IRR) as a decimal string, when the plan has a cost. */
  readonly annualisedRate: string | null;
  /** The role that may make this offer on its own (the proposer's or the approver's). */
  readonly authorisedRole: string;
}

export type OfferStatus = 'proposed' | 'accepted' | 'changes-requested' | 'superseded' | 'signed';

export interface OfferRecord {
  readonly offerId: string;
  readonly stepKey: string;
  readonly input: RepaymentPlanInput;
  readonly summary: OfferSummary;
  readonly proposedBy: string;
  readonly status: OfferStatus;
}
