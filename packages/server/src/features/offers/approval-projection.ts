/**
 * The cross-case list of approval requests (`pendingOfferApprovals`) and the projection it reads
 * (`offer_approvals`, `offer_approval_decisions`: offer.model.ts). The case logs are the truth; the
 * projection only finds the candidate cases, so it is read-only for the list:
 *
 * - Candidates are the requests not yet marked `settled`, oldest first, found through the
 *   `(settled, requestedAt)` index and capped: never every approval ever made.
 * - Each candidate's case log decides whether it still waits; a request settled in the log but not yet
 *   in the projection is simply left out. The list never writes.
 * - Offer commands bring a case's requests up to its log (`sync`), and housekeeping repairs the rest
 *   (`repair`: e.g. a case cancelled, which is not an offer command). `settled` only ever goes from
 *   false to true (one `$set` by `_id`), so concurrent writers cannot undo each other, on FerretDB too.
 */
import { trusted, type Types } from 'mongoose';
import { holdsFlowRole, type Actor, type FlowDefinition } from '@parley/engine';
import type { Models } from '../../db/models';
import { badInput, isDuplicateKeyError } from '../../errors/app-error';
import type { OfferApprovalRequest } from '../../generated/resolvers-types';
import type { Viewer } from '../access';
import { canSeeCase, engineActor } from '../cases/case-access';
import type { CaseRecord } from '../cases/case.model';
import { caseNow, type CaseRuntime } from '../cases/runtime/case-runtime.service';
import { toGlobalId } from '../../graphql/global-id';
import { approvalsOf, type ApprovalView } from './offer-log';
import { planOf, planPreview } from './offer-plan';

/** Requests one list returns at most (`first`), and candidates it looks at at most. */
export const PENDING_MAX_FIRST = 200;
export const PENDING_DEFAULT_FIRST = 50;
const CANDIDATE_SCAN_LIMIT = 1000;

/**
 * Whether the actor holds flow role `required`: by platform role key, through the role's `holders`
 * (platform roles and departments), or through a flow role that inherits it (engine `holdsFlowRole`).
 */
export function holdsRole(definition: FlowDefinition, actor: Actor, required: string): boolean {
  return actor.kind === 'staff' && holdsFlowRole(definition, actor, required);
}

export function approvalRequestView(a: ApprovalView, c: CaseRecord): OfferApprovalRequest {
  return {
    id: a.requestId,
    caseId: toGlobalId('Case', a.caseId),
    caseReference: c.reference,
    stepKey: a.stepKey,
    requiredRole: a.requiredRole,
    plan: planPreview(planOf(a.input), null),
    requestedBy: a.requestedBy,
    requestedAt: a.requestedAt,
    status: a.status,
    decidedBy: a.decidedBy,
    decidedAt: a.decidedAt,
    comment: a.comment,
  };
}

const unsettled = () => ({ settled: trusted({ $in: [false, null] }) });

async function ignoreDuplicate(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
}

export class ApprovalProjection {
  constructor(
    private readonly models: Models,
    private readonly runtime: CaseRuntime,
  ) {}

  /** Brings the projection of one case up to its log: every request once, every outcome once. */
  async sync(c: CaseRecord): Promise<void> {
    const approvals = approvalsOf(await this.runtime.log.events(c._id));
    for (const a of approvals) {
      const settled = a.status !== 'PENDING';
      await ignoreDuplicate(
        this.models.OfferApproval.collection.insertOne({
          _id: a.requestId as never,
          caseId: c._id,
          caseReference: c.reference,
          departmentCode: c.departmentCode,
          templateKey: c.templateKey,
          version: c.version,
          stepKey: a.stepKey,
          requiredRole: a.requiredRole,
          requestedBy: a.requestedBy,
          requestedAt: a.requestedAt,
          settled,
        }),
      );
      if (!settled) continue;
      await ignoreDuplicate(
        this.models.OfferApprovalDecision.collection.insertOne({
          _id: a.requestId as never,
          caseId: c._id,
          status: a.status,
          // A superseded request has no decision time of its own: it is settled now, on the case clock.
          decidedAt: a.decidedAt ?? caseNow(this.models),
        }),
      );
      await this.models.OfferApproval.updateOne({ _id: a.requestId }, { $set: { settled: true } }).exec();
    }
  }

  /**
   * Waiting requests across the cases the viewer may see, oldest first, at most `first` (1–200); only
   * those for the viewer's roles unless `all`. Reads only; the log decides each request's state.
   */
  async pending(viewer: Viewer, all: boolean, first: number): Promise<OfferApprovalRequest[]> {
    if (!Number.isInteger(first) || first < 1 || first > PENDING_MAX_FIRST)
      throw badInput(['first'], {
        zh: `first 须为 1–${PENDING_MAX_FIRST}。`,
        en: `first must be 1–${PENDING_MAX_FIRST}.`,
      });
    const candidates = await this.models.OfferApproval.find(unsettled(), { caseId: 1 })
      .sort({ settled: 1, requestedAt: 1 })
      .limit(CANDIDATE_SCAN_LIMIT)
      .lean<{ _id: string; caseId: Types.ObjectId }[]>()
      .exec();
    const actor = await engineActor(this.models, viewer);
    const out: OfferApprovalRequest[] = [];
    const seen = new Set<string>();
    for (const { caseId } of candidates) {
      if (out.length >= first) break;
      if (seen.has(caseId.toHexString())) continue;
      seen.add(caseId.toHexString());
      const c = await this.models.Case.findById(caseId).lean<CaseRecord>().exec();
      if (!c || !canSeeCase(viewer, c) || c.status === 'CLOSED' || c.status === 'CANCELLED') continue;
      const waiting = approvalsOf(await this.runtime.log.events(c._id)).filter((a) => a.status === 'PENDING');
      if (waiting.length === 0) continue;
      const definition: FlowDefinition = await this.runtime.definition(c.templateKey, c.version);
      for (const a of waiting)
        if (all || holdsRole(definition, actor, a.requiredRole)) out.push(approvalRequestView(a, c));
    }
    return out
      .sort((a, b) => new Date(a.requestedAt).getTime() - new Date(b.requestedAt).getTime())
      .slice(0, first);
  }

  /**
   * Housekeeping: marks settled the unsettled requests that already have a recorded outcome (e.g.
   * written before `settled` existed), then syncs the cases of the rest, at most `limit` cases; returns
   * how many requests it brought up to date or looked at.
   */
  async repair(limit = 200): Promise<number> {
    const candidates = await this.models.OfferApproval.find(unsettled(), { caseId: 1 })
      .sort({ settled: 1, requestedAt: 1 })
      .limit(CANDIDATE_SCAN_LIMIT)
      .lean<{ _id: string; caseId: Types.ObjectId }[]>()
      .exec();
    if (candidates.length === 0) return 0;
    const decided = await this.models.OfferApprovalDecision.find(
      { _id: trusted({ $in: candidates.map((c) => c._id) }) },
      { _id: 1 },
    )
      .lean<{ _id: string }[]>()
      .exec();
    const done = new Set(decided.map((d) => d._id));
    if (done.size > 0)
      await this.models.OfferApproval.updateMany(
        { _id: trusted({ $in: [...done] }) },
        { $set: { settled: true } },
      ).exec();
    const caseIds = new Map(
      candidates.filter((c) => !done.has(c._id)).map((c) => [c.caseId.toHexString(), c.caseId]),
    );
    for (const caseId of [...caseIds.values()].slice(0, limit)) {
      const c = await this.models.Case.findById(caseId).lean<CaseRecord>().exec();
      if (c) await this.sync(c);
    }
    return done.size + Math.min(caseIds.size, limit);
  }
}
