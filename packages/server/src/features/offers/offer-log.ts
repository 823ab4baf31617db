/**
 * What the offers feature reads from a case's event log (the source of truth): offers with their
 * timestamps and the customer's comments, approval requests and their decisions, customer links, and
 * the signed agreement. Pure folds over stored events; no writes.
 */
import type { CaseState, OfferSummary, RepaymentPlanInput } from '@parley/engine';
import type { Offer, OfferStatus } from '../../generated/resolvers-types';
import type { StoredEvent } from '../cases/case.model';
import {
  isHostEventOf,
  type AgreementRecordedData,
  type ApprovalRequestedData,
  type LinkIssuedData,
} from '../cases/log/case-event-codec';
import { planOf, planPreview } from './offer-plan';

export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'DECLINED' | 'SUPERSEDED';

export type {
  AgreementRecordedData,
  ApprovalDecidedData,
  ApprovalRequestedData,
  LinkIssuedData,
} from '../cases/log/case-event-codec';

export interface ApprovalView extends ApprovalRequestedData {
  caseId: string;
  requestedAt: Date;
  requestSeq: number;
  status: ApprovalStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  comment: string | null;
}

export interface OfferEventView {
  offerId: string;
  stepKey: string;
  input: RepaymentPlanInput;
  summary: OfferSummary;
  proposedBy: string;
  proposedAt: Date;
  customerComment: string | null;
}

export interface AgreementView extends AgreementRecordedData {
  caseId: string;
  /** Seq of the engine's `agreementSigned` event (its hash is in the audit chain). */
  signedEventSeq: number;
  /** The document hash the engine event recorded. */
  recordedSha256: string;
}

const SUPERSEDING = new Set(['offerProposed', 'caseCancelled', 'caseClosed', 'endReached', 'caseMigrated']);

/** Approval requests in log order, each with its state. */
export function approvalsOf(events: readonly StoredEvent[]): ApprovalView[] {
  const out: ApprovalView[] = [];
  const pending = (): ApprovalView[] => out.filter((a) => a.status === 'PENDING');
  for (const e of events) {
    if (isHostEventOf(e, 'offerApprovalRequested')) {
      // A new request replaces any still waiting on the case.
      for (const a of pending()) a.status = 'SUPERSEDED';
      out.push({
        ...e.data,
        caseId: e.caseId.toHexString(),
        requestedAt: e.at,
        requestSeq: e.seq,
        status: 'PENDING',
        decidedBy: null,
        decidedAt: null,
        comment: null,
      });
    } else if (isHostEventOf(e, 'offerApprovalDecided')) {
      const d = e.data;
      const a = out.find((r) => r.requestId === d.requestId);
      if (a && a.status === 'PENDING') {
        a.status = d.approved ? 'APPROVED' : 'DECLINED';
        a.decidedBy = e.actor;
        a.decidedAt = e.at;
        a.comment = d.comment;
      }
    } else if (SUPERSEDING.has(e.type)) {
      // Another proposal (the approval's own comes after its decision in the same batch) ends the wait,
      // and so does the case ending or moving to another flow version.
      for (const a of pending()) a.status = 'SUPERSEDED';
    }
  }
  return out;
}

/** Offers in log order with when they were made and the customer's comment, if they countered. */
export function offerEventsOf(events: readonly StoredEvent[]): OfferEventView[] {
  const out: OfferEventView[] = [];
  for (const e of events) {
    if (e.type === 'offerProposed') {
      const d = e.data as {
        offerId: string;
        stepKey: string;
        input: RepaymentPlanInput;
        summary: OfferSummary;
      };
      out.push({
        offerId: d.offerId,
        stepKey: d.stepKey,
        input: d.input,
        summary: d.summary,
        proposedBy: e.actor ?? 'unknown',
        proposedAt: e.at,
        customerComment: null,
      });
    } else if (e.type === 'customerResponded') {
      const d = e.data as { offerId: string | null; comment?: string };
      const o = out.find((x) => x.offerId === d.offerId);
      if (o && d.comment) o.customerComment = d.comment;
    }
  }
  return out;
}

/** The newest customer link recorded in the log. */
export function newestLinkOf(events: readonly StoredEvent[]): LinkIssuedData | null {
  let found: LinkIssuedData | null = null;
  for (const e of events) if (isHostEventOf(e, 'customerLinkIssued')) found = e.data;
  return found;
}

/** The signed agreement: the signing record and the engine event that completed the step. */
export function agreementOf(events: readonly StoredEvent[]): AgreementView | null {
  let found: AgreementView | null = null;
  let record: (AgreementRecordedData & { caseId: string }) | null = null;
  for (const e of events) {
    if (isHostEventOf(e, 'agreementRecorded')) record = { ...e.data, caseId: e.caseId.toHexString() };
    if (e.type === 'agreementSigned' && record) {
      const d = e.data as { signatureId: string; documentHash: string };
      if (d.signatureId === record.fileId)
        found = { ...record, signedEventSeq: e.seq, recordedSha256: d.documentHash };
    }
  }
  return found;
}

const OFFER_STATUS: Readonly<Record<string, OfferStatus>> = {
  proposed: 'PROPOSED',
  accepted: 'ACCEPTED',
  'changes-requested': 'CHANGES_REQUESTED',
  superseded: 'SUPERSEDED',
  signed: 'SIGNED',
};

/** Offers oldest first: status from the engine state, time and comment from the log. */
export function offersOf(events: readonly StoredEvent[], state: CaseState | null): Offer[] {
  const statuses = new Map((state?.offers ?? []).map((o) => [o.offerId, o.status]));
  return offerEventsOf(events).map((o) => ({
    id: o.offerId,
    stepKey: o.stepKey,
    status: OFFER_STATUS[statuses.get(o.offerId) ?? 'superseded'] ?? 'SUPERSEDED',
    plan: planPreview(planOf(o.input as RepaymentPlanInput), null),
    input: o.input,
    authorisedRole: o.summary.authorisedRole,
    proposedBy: o.proposedBy,
    proposedAt: o.proposedAt,
    customerComment: o.customerComment,
  }));
}
