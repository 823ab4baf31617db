/**
 * What the offers feature reads from a case's event log (the source of truth): offers with their
 * timestamps and the customer's comments, approval requests and their decisions, customer links, and
 * the signed agreement. Pure folds over stored events; no writes.
 */
import type { OfferSummary, RepaymentPlanInput } from '@parley/engine';
import type { StoredEvent } from '../cases/case.model';

export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'DECLINED' | 'SUPERSEDED';

/** Data of an `offerApprovalRequested` host event. */
export interface ApprovalRequestedData {
  requestId: string;
  stepKey: string;
  input: RepaymentPlanInput;
  /** The step's form data (sensitive fields sealed), proposed again on approval. */
  data: Record<string, unknown> | null;
  requiredRole: string;
  requestedBy: string;
  /** Figures of the plan for lists (the schedule is rebuilt from `input`). */
  summary: { owedTotalFen: number; forgivenFen: number; termMonths: number; totalDueFen: number };
}

/** Data of an `offerApprovalDecided` host event. */
export interface ApprovalDecidedData {
  requestId: string;
  approved: boolean;
  comment: string | null;
}

/** Data of a `customerLinkIssued` host event (never the token). */
export interface LinkIssuedData {
  linkId: string;
  expiresAt: string;
}

/** Data of an `agreementRecorded` host event: the signing record next to the engine's `agreementSigned`. */
export interface AgreementRecordedData {
  agreementId: string;
  /** Null for a document signed without an offer (e.g. a loan contract). */
  offerId: string | null;
  fileId: string;
  sha256: string;
  size: number;
  signatureKind: 'DRAWN' | 'TYPED';
  /** Masked. */
  signerName: string;
  signedAt: string;
  ip: string;
  userAgent: string;
  linkId: string;
}

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
    if (e.type === 'offerApprovalRequested') {
      // A new request replaces any still waiting on the case.
      for (const a of pending()) a.status = 'SUPERSEDED';
      const d = e.data as unknown as ApprovalRequestedData;
      out.push({
        ...d,
        caseId: e.caseId.toHexString(),
        requestedAt: e.at,
        requestSeq: e.seq,
        status: 'PENDING',
        decidedBy: null,
        decidedAt: null,
        comment: null,
      });
    } else if (e.type === 'offerApprovalDecided') {
      const d = e.data as unknown as ApprovalDecidedData;
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
  for (const e of events) if (e.type === 'customerLinkIssued') found = e.data as unknown as LinkIssuedData;
  return found;
}

/** The signed agreement: the signing record and the engine event that completed the step. */
export function agreementOf(events: readonly StoredEvent[]): AgreementView | null {
  let found: AgreementView | null = null;
  let record: (AgreementRecordedData & { caseId: string }) | null = null;
  for (const e of events) {
    if (e.type === 'agreementRecorded')
      record = { ...(e.data as unknown as AgreementRecordedData), caseId: e.caseId.toHexString() };
    if (e.type === 'agreementSigned' && record) {
      const d = e.data as { signatureId: string; documentHash: string };
      if (d.signatureId === record.fileId)
        found = { ...record, signedEventSeq: e.seq, recordedSha256: d.documentHash };
    }
  }
  return found;
}
