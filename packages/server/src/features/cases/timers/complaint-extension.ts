/**
 * Complaint-clock extension requests (docs/cases.md "Extension requests"): an agent asks
 * (`complaintExtensionRequested`), a supervisor other than the requester decides
 * (`complaintExtensionDecided`); approval appends the engine's `extendDeadline` in the same batch, so
 * the decision and the extension stand or fall together. Both are host events of the case's log (the
 * log is the truth; every view here is folded from it) and so are covered by the audit chain.
 */
import { randomUUID } from 'node:crypto';
import type { Actor, CaseState, FlowDefinition } from '@parley/engine';
import type { Types } from 'mongoose';
import { trusted } from 'mongoose';
import type { Models } from '../../../db/models';
import { AppError, badInput } from '../../../errors/app-error';
import type { ComplaintExtensionRequest } from '../../../generated/resolvers-types';
import { toGlobalId } from '../../../graphql/global-id';
import type { Viewer } from '../../access';
import { actorKey, canSeeCase, engineActor } from '../case-access';
import type { HostEvent } from '../log/case-event-codec';
import type { CaseRecord, StoredEvent } from '../case.model';
import { caseNotFound } from '../case.errors';
import { conflict } from '../log/case-log.store';
import { localObjectId } from '../runtime/case-query.service';
import type { CaseRuntime } from '../runtime/case-runtime.service';
import { type CaseChange, type CommandOutcome, caseRuntimeOf } from '../runtime/case-runtime.service';
import { holdsRole } from '../../offers/approval-projection';

export const EXTENSION_REQUESTED = 'complaintExtensionRequested';
export const EXTENSION_DECIDED = 'complaintExtensionDecided';

const MAX_FIRST = 200;
/** Request events a pending list looks at at most (newest first). */
const CANDIDATE_SCAN_LIMIT = 1000;

export type ExtensionStatus = 'PENDING' | 'APPROVED' | 'DECLINED';

export interface ExtensionRequestView {
  requestId: string;
  days: number;
  reason: string;
  requestedBy: string;
  requestedAt: Date;
  status: ExtensionStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  comment: string | null;
}

/** Days the next extension adds: 15 (to 30), then 30 (to 60). */
function daysOfStage(stage: number): number {
  return stage >= 2 ? 30 : 15;
}

/** The requests of one case's log, oldest first, with their outcome. */
export function extensionRequestsOf(events: readonly StoredEvent[]): ExtensionRequestView[] {
  const out: ExtensionRequestView[] = [];
  const byId = new Map<string, ExtensionRequestView>();
  for (const e of events) {
    if (e.type === EXTENSION_REQUESTED) {
      const view: ExtensionRequestView = {
        requestId: String(e.data['requestId']),
        days: Number(e.data['days'] ?? 15),
        reason: String(e.data['reason'] ?? ''),
        requestedBy: e.actor ?? 'unknown',
        requestedAt: e.at,
        status: 'PENDING',
        decidedBy: null,
        decidedAt: null,
        comment: null,
      };
      out.push(view);
      byId.set(view.requestId, view);
    } else if (e.type === EXTENSION_DECIDED) {
      const view = byId.get(String(e.data['requestId']));
      if (!view) continue;
      view.status = e.data['approved'] === true ? 'APPROVED' : 'DECLINED';
      view.decidedBy = e.actor ?? null;
      view.decidedAt = e.at;
      view.comment = typeof e.data['comment'] === 'string' ? e.data['comment'] : null;
    }
  }
  return out;
}

export function extensionRequestView(
  r: ExtensionRequestView,
  c: Pick<CaseRecord, '_id' | 'reference'>,
): ComplaintExtensionRequest {
  return {
    id: r.requestId,
    caseId: toGlobalId('Case', c._id.toHexString()),
    caseReference: c.reference,
    days: r.days,
    reason: r.reason,
    requestedBy: r.requestedBy,
    requestedAt: r.requestedAt,
    status: r.status,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    comment: r.comment,
  };
}

function text(value: string, field: string): string {
  const t = value.trim();
  if (t.length === 0 || t.length > 500)
    throw badInput([field], { zh: `${field} 须为 1–500 个字符。`, en: `${field} must be 1–500 characters.` });
  return t;
}

function caseIdOf(globalId: string): Types.ObjectId {
  const id = localObjectId(globalId, 'Case');
  if (!id) throw caseNotFound();
  return id;
}

function live(c: CaseRecord): void {
  if (c.status === 'CLOSED' || c.status === 'CANCELLED')
    throw new AppError('CASE_CLOSED', {
      zh: '案件已结束，不能再操作。',
      en: 'The case is over; nothing more can be done.',
    });
}

function notExtendable(zh: string, en: string): AppError {
  return new AppError('EXTENSION_NOT_ALLOWED', { zh, en });
}

/** The approver role of the flow's regulatory clock, or a refusal when the flow has none. */
function approverRoleOf(definition: FlowDefinition): string {
  const clock = definition.sla?.regulatoryComplaintClock;
  if (!clock)
    throw notExtendable('本流程不适用监管投诉时限。', 'The flow has no regulatory complaint clock.');
  return clock.furtherExtensionApproverRole;
}

export class ComplaintExtensionService {
  readonly runtime: CaseRuntime;

  constructor(readonly models: Models) {
    this.runtime = caseRuntimeOf(models);
  }

  /** Records a request; nothing about the clock changes until it is approved. */
  async request(
    viewer: Viewer,
    caseGlobalId: string,
    reason: string,
    idempotencyKey: string | null | undefined,
  ): Promise<CommandOutcome> {
    const why = text(reason, 'reason');
    const caseId = caseIdOf(caseGlobalId);
    const current = await this.runtime.visibleCase(viewer, caseId);
    const events = await this.runtime.log.events(caseId);
    const readAt = events[events.length - 1]?.seq ?? 0;
    const waiting = extensionRequestsOf(events).some((r) => r.status === 'PENDING');
    const decide = (c: CaseRecord, state: CaseState | null, definition: FlowDefinition): CaseChange => {
      if (c.seq !== readAt) throw conflict();
      live(c);
      approverRoleOf(definition);
      const done = state?.facts.clockExtensions ?? 0;
      if (done >= 2)
        throw notExtendable('投诉处理期限已延长两次，不能再延长。', 'The clock was already extended twice.');
      if (waiting)
        throw new AppError(
          'APPROVAL_PENDING',
          {
            zh: '已有一项延期申请在等待审批。',
            en: 'An extension request is already waiting for a decision.',
          },
          { details: { status: 'PENDING' } },
        );
      return {
        kind: 'host',
        type: EXTENSION_REQUESTED,
        data: { requestId: randomUUID(), reason: why, days: daysOfStage(done + 1), stage: done + 1 },
      };
    };
    return this.runtime.run(
      viewer,
      current._id,
      'requestComplaintExtension',
      { reason: why },
      decide,
      idempotencyKey,
    );
  }

  /**
   * Approves or declines a waiting request. The decider holds the flow's extension-approver role and
   * is not the requester; approval extends the clock in the same batch (engine `extendDeadline`, the
   * decider as the approver).
   */
  async decide(
    viewer: Viewer,
    caseGlobalId: string,
    requestId: string,
    approve: boolean,
    comment: string | null | undefined,
    idempotencyKey: string | null | undefined,
  ): Promise<CommandOutcome> {
    const remark = comment == null || comment.trim() === '' ? null : text(comment, 'comment');
    if (!approve && !remark)
      throw badInput(['comment'], {
        zh: '拒绝延期须填写原因。',
        en: 'Declining needs a reason in `comment`.',
      });
    const caseId = caseIdOf(caseGlobalId);
    const current = await this.runtime.visibleCase(viewer, caseId);
    const events = await this.runtime.log.events(caseId);
    const readAt = events[events.length - 1]?.seq ?? 0;
    const request = extensionRequestsOf(events).find((r) => r.requestId === requestId);
    const approver: Actor = await engineActor(this.models, viewer);
    const me = actorKey(viewer);
    const decide = (c: CaseRecord, _state: CaseState | null, definition: FlowDefinition): CaseChange => {
      if (!request)
        throw new AppError(
          'NOT_FOUND',
          { zh: '找不到该延期申请。', en: 'No such extension request.' },
          {
            fieldPath: ['requestId'],
          },
        );
      if (c.seq !== readAt) throw conflict();
      live(c);
      if (request.status !== 'PENDING')
        throw new AppError(
          'APPROVAL_PENDING',
          {
            zh: `该延期申请已处理（${request.status}），不能再次决定。`,
            en: `This extension request was already decided (${request.status}).`,
          },
          { fieldPath: ['requestId'], details: { status: request.status } },
        );
      if (me !== null && me === request.requestedBy)
        throw new AppError(
          'NOT_AUTHORISED',
          {
            zh: '不能审批自己提出的延期申请。',
            en: 'You cannot decide your own extension request.',
          },
          { details: { reason: 'OWN_REQUEST' } },
        );
      const role = approverRoleOf(definition);
      if (!holdsRole(definition, approver, role))
        throw new AppError(
          'NOT_AUTHORISED',
          {
            zh: `只有角色 ${role} 可以审批延期。`,
            en: `Only the role ${role} may decide an extension.`,
          },
          { details: { requiredRole: role } },
        );
      const decided = {
        type: EXTENSION_DECIDED,
        data: { requestId, approved: approve, comment: remark },
      } satisfies HostEvent;
      if (!approve) return { kind: 'host', ...decided };
      return {
        kind: 'engine',
        command: (a) => ({ type: 'extendDeadline', actor: a, reason: request.reason, approvedBy: approver }),
        hostBefore: [decided],
      };
    };
    return this.runtime.run(
      viewer,
      current._id,
      'decideComplaintExtension',
      { requestId, approve, comment: remark },
      decide,
      idempotencyKey,
    );
  }

  /** Waiting requests on the cases the viewer may see, oldest first. Reads only. */
  async pending(viewer: Viewer, first: number): Promise<ComplaintExtensionRequest[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST)
      throw badInput(['first'], { zh: `first 须为 1–${MAX_FIRST}。`, en: `first must be 1–${MAX_FIRST}.` });
    const candidates = await this.models.CaseEvent.find({ type: EXTENSION_REQUESTED }, { caseId: 1 })
      .sort({ at: -1 })
      .limit(CANDIDATE_SCAN_LIMIT)
      .lean<{ caseId: Types.ObjectId }[]>()
      .exec();
    const caseIds = [...new Map(candidates.map((e) => [e.caseId.toHexString(), e.caseId])).values()];
    if (caseIds.length === 0) return [];
    const cases = await this.models.Case.find({
      _id: trusted({ $in: caseIds }),
      status: trusted({ $in: ['OPEN', 'PAUSED', 'RESOLVED'] }),
    })
      .lean<CaseRecord[]>()
      .exec();
    const out: ComplaintExtensionRequest[] = [];
    for (const c of cases) {
      if (!canSeeCase(viewer, c)) continue;
      for (const r of extensionRequestsOf(await this.runtime.log.events(c._id)))
        if (r.status === 'PENDING') out.push(extensionRequestView(r, c));
    }
    return out
      .sort((a, b) => new Date(a.requestedAt).getTime() - new Date(b.requestedAt).getTime())
      .slice(0, first);
  }
}
