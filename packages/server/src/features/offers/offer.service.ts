/**
 * Offers on a case, the staff's side: proposals through the engine (routed to an approver when outside
 * the proposer's authority), approval decisions, customer links, and the offers, approvals and agreement
 * a case shows. Every write is one batch appended through `CaseRuntime.run`, every dry run on the
 * runtime's clock; the log is the truth, and everything shown here is folded from it. What the customer
 * sees and answers through a link is customer-view.service.ts.
 */
import { randomUUID } from 'node:crypto';
import {
  execute,
  offerAuthorityMetrics,
  type Actor,
  type CaseState,
  type Command,
  type FlowDefinition,
} from '@parley/engine';
import type { Models } from '../../db/models';
import { AppError, badInput, notFound } from '../../errors/app-error';
import type { Offer, OfferApprovalRequest } from '../../generated/resolvers-types';
import type { Viewer } from '../access';
import { actorKey, engineActor } from '../cases';
import type { CaseRecord } from '../cases';
import { refusalError } from '../cases';
import { sealData, sensitiveFields, type HostEvent } from '../cases';
import { conflict } from '../cases';
import { projectedState } from '../cases';
import type { CaseRuntime } from '../cases';
import { caseNow, type CaseChange, type CommandOutcome, caseRuntimeOf } from '../cases';
import { issueCustomerLinkToken } from '../privacy';
import { ApprovalProjection, approvalRequestView, holdsRole } from './approval-projection';
import { caseIdOf, live, text } from './offer-input';
import {
  agreementOf,
  approvalsOf,
  offersOf,
  type AgreementView,
  type ApprovalRequestedData,
} from './offer-log';
import { checkPlanStart, planInputOf, planOf } from './offer-plan';

export { approvalRequestView, holdsRole } from './approval-projection';

/**
 * An engine refusal as an error. The engine reports plan problems at `offer.<path>`; the API received
 * the plan as `plan`, so they are reported at `["plan", …]` (form problems stay at `["data", …]`).
 */
function proposalRefusal(refusal: Parameters<typeof refusalError>[0]): AppError {
  if (refusal.code !== 'OFFER_INVALID' || !refusal.problems) return refusalError(refusal, ['data']);
  return refusalError(
    {
      ...refusal,
      problems: refusal.problems.map((p) => ({ ...p, path: p.path.replace(/^offer\.?/, 'data.') })),
    },
    ['plan'],
  );
}

/** The engine's ports for a dry run, on the case clock the real run stamps its events with. */
const enginePorts = (models: Models) => ({
  now: () => caseNow(models).toISOString(),
  newId: () => randomUUID(),
});

export class OfferService {
  readonly runtime: CaseRuntime;

  readonly approvalProjection: ApprovalProjection;

  constructor(readonly models: Models) {
    this.runtime = caseRuntimeOf(models);
    this.approvalProjection = new ApprovalProjection(models, this.runtime);
  }

  // --- Staff ------------------------------------------------------------------------------------

  /**
   * Runs the engine's `proposeOffer`. Outside the proposer's authority, with a role the matrix names,
   * the case records an approval request instead; with no role that may, the refusal stands.
   */
  async propose(
    viewer: Viewer,
    caseGlobalId: string,
    stepKey: string,
    plan: unknown,
    data: unknown,
    idempotencyKey: string | null | undefined,
  ): Promise<CommandOutcome> {
    const input = planInputOf(plan);
    if (data != null && (typeof data !== 'object' || Array.isArray(data)))
      throw badInput(['data'], { zh: '表单数据须为对象。', en: 'Form data must be an object.' });
    const form = (data ?? undefined) as Record<string, unknown> | undefined;
    const caseId = caseIdOf(caseGlobalId);
    const actor = await engineActor(this.models, viewer);
    const command = (a: Actor): Command => ({
      type: 'proposeOffer',
      stepKey,
      actor: a,
      offer: input,
      ...(form ? { data: form } : {}),
    });
    const outcome = await this.runtime.run(
      viewer,
      caseId,
      'proposeOffer',
      { stepKey, plan: input, data: form ?? null },
      (c, state, definition): CaseChange => {
        live(c);
        checkPlanStart(input, c.openedAt);
        const dry = execute(definition, state, command(actor), enginePorts(this.models));
        if (dry.ok) return { kind: 'engine', command, dataPath: ['data'] };
        const requiredRole = dry.error.requiredRole;
        if (dry.error.code !== 'OFFER_OUTSIDE_AUTHORITY' || !requiredRole) throw proposalRefusal(dry.error);
        const built = planOf(input);
        const metrics = offerAuthorityMetrics(built);
        const request: ApprovalRequestedData = {
          requestId: randomUUID(),
          stepKey,
          input,
          data: form ? sealData(form, sensitiveFields(definition), this.runtime.keys) : null,
          requiredRole,
          requestedBy: actorKey(viewer) ?? 'unknown',
          summary: {
            owedTotalFen: built.owedTotalFen,
            forgivenFen: metrics.forgivenFen,
            termMonths: built.termMonths,
            totalDueFen: built.totals.totalDueFen,
          },
        };
        return {
          kind: 'host',
          type: 'offerApprovalRequested',
          // Stored as JSON says it (no `undefined` fields), the shape unchanged.
          data: JSON.parse(JSON.stringify(request)) as ApprovalRequestedData,
        };
      },
      idempotencyKey,
    );
    await this.syncApprovals(outcome.case);
    return outcome;
  }

  /** Approves (proposes the offer with the approver's authority) or declines a pending request. */
  async decide(
    viewer: Viewer,
    caseGlobalId: string,
    requestId: string,
    approve: boolean,
    comment: string | null | undefined,
    idempotencyKey: string | null | undefined,
  ): Promise<CommandOutcome> {
    const remark = comment == null || comment.trim() === '' ? null : text(comment, 'comment', 500);
    if (!approve && !remark)
      throw badInput(['comment'], {
        zh: '拒绝审批须填写原因。',
        en: 'Declining needs a reason in `comment`.',
      });
    const caseId = caseIdOf(caseGlobalId);
    const current = await this.runtime.visibleCase(viewer, caseId);
    const events = await this.runtime.log.events(caseId);
    const readAt = events[events.length - 1]?.seq ?? 0;
    const request = approvalsOf(events).find((a) => a.requestId === requestId);
    const decision = { requestId, approve, comment: remark };
    const approver = await engineActor(this.models, viewer);
    const decide = (c: CaseRecord, _state: CaseState | null, definition: FlowDefinition): CaseChange => {
      if (!request) throw notFound({ zh: '审批请求', en: 'approval request' }, ['requestId']);
      // The request's state was read from the log at `readAt`; a command in between may have changed it.
      if (c.seq !== readAt) throw conflict();
      live(c);
      if (request.status !== 'PENDING')
        throw new AppError(
          'APPROVAL_PENDING',
          {
            zh: `该审批请求已处理（${request.status}），不能再次决定。`,
            en: `This approval request was already settled (${request.status}); it cannot be decided again.`,
          },
          { fieldPath: ['requestId'], details: { status: request.status } },
        );
      if (!holdsRole(definition, approver, request.requiredRole))
        throw new AppError(
          'NOT_AUTHORISED',
          {
            zh: `只有角色 ${request.requiredRole} 可以审批此方案。`,
            en: `Only the role ${request.requiredRole} may decide this offer.`,
          },
          { details: { requiredRole: request.requiredRole } },
        );
      const decided = {
        type: 'offerApprovalDecided',
        data: { requestId, approved: approve, comment: remark },
      } satisfies HostEvent;
      if (!approve) return { kind: 'host', ...decided };
      const form = request.data
        ? (this.runtime.keys.openDeep(request.data) as Record<string, unknown>)
        : null;
      return {
        kind: 'engine',
        command: (a) => ({
          type: 'proposeOffer',
          stepKey: request.stepKey,
          actor: a,
          offer: request.input,
          ...(form ? { data: form } : {}),
        }),
        dataPath: ['data'],
        hostBefore: [decided],
      };
    };
    const outcome = await this.runtime.run(
      viewer,
      current._id,
      'decideOfferApproval',
      decision,
      decide,
      idempotencyKey,
    );
    await this.syncApprovals(outcome.case);
    return outcome;
  }

  /** Pending requests across cases the viewer may see (approval-projection.ts: read-only, capped). */
  pending(viewer: Viewer, all: boolean, first: number): Promise<OfferApprovalRequest[]> {
    return this.approvalProjection.pending(viewer, all, first);
  }

  /** Issues a signed, expiring link; the log records its id and expiry. A newer link replaces older ones. */
  async issueLink(viewer: Viewer, caseGlobalId: string, hours: number) {
    const caseId = caseIdOf(caseGlobalId);
    const current = await this.runtime.visibleCase(viewer, caseId);
    live(current);
    const events = await this.runtime.log.events(caseId);
    if (approvalsOf(events).some((a) => a.status === 'PENDING'))
      throw new AppError('APPROVAL_PENDING', {
        zh: '方案仍在等待审批，审批后再发送客户链接。',
        en: 'The offer is still waiting for approval; send the customer link once it is decided.',
      });
    const issued = await issueCustomerLinkToken(this.models, caseId.toHexString(), hours);
    await this.runtime.run(
      viewer,
      caseId,
      'issueCustomerLink',
      { linkId: issued.linkId },
      (c) => {
        live(c);
        return {
          kind: 'host',
          type: 'customerLinkIssued',
          data: { linkId: issued.linkId, expiresAt: issued.expiresAt.toISOString() },
        };
      },
      null,
    );
    return {
      url: `/c/${issued.token}`,
      token: issued.token,
      linkId: issued.linkId,
      expiresAt: issued.expiresAt,
    };
  }

  // --- Staff reads -----------------------------------------------------------------------------

  async offers(c: CaseRecord): Promise<Offer[]> {
    return offersOf(await this.runtime.log.events(c._id), projectedState(c, this.runtime.keys));
  }

  async approvals(c: CaseRecord): Promise<OfferApprovalRequest[]> {
    return approvalsOf(await this.runtime.log.events(c._id)).map((a) => approvalRequestView(a, c));
  }

  async agreement(c: CaseRecord): Promise<AgreementView | null> {
    return agreementOf(await this.runtime.log.events(c._id));
  }

  /** Brings the approval projection of the case up to its log (approval-projection.ts). */
  syncApprovals(c: CaseRecord): Promise<void> {
    return this.approvalProjection.sync(c);
  }
}
