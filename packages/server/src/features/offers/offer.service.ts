/**
 * Offers on a case: proposals through the engine (routed to an approver when outside the proposer's
 * authority), approval decisions, customer links and the customer's answers. Every write is one batch
 * appended through `CaseRuntime.run`; the log is the truth, and everything shown here is folded from it.
 */
import { randomUUID } from 'node:crypto';
import {
  execute,
  offerAuthorityMetrics,
  type Actor,
  type CaseState,
  type Command,
  type FlowDefinition,
  type RepaymentPlanInput,
} from '@parley/engine';
import { Types } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError, badInput, notFound } from '../../errors/app-error';
import type {
  AgreementText,
  CustomerAction,
  Offer,
  OfferApprovalRequest,
  OfferStatus,
} from '../../generated/resolvers-types';
import type { Viewer } from '../access';
import { actorKey, engineActor } from '../cases';
import type { CaseRecord, StoredEvent } from '../cases';
import { caseNotFound, refusalError } from '../cases';
import { sealData, sensitiveFields } from '../cases';
import { conflict } from '../cases';
import { projectedState } from '../cases';
import { localObjectId } from '../cases';
import type { CaseRuntime } from '../cases';
import { caseNow, type CaseChange, type CommandOutcome, caseRuntimeOf } from '../cases';
import { issueCustomerLinkToken, verifyCustomerLinkToken } from '../privacy';
import { ApprovalProjection, approvalRequestView, holdsRole } from './approval-projection';
import { throttleCustomerLink } from './customer-throttle';
import {
  agreementOf,
  approvalsOf,
  newestLinkOf,
  offerEventsOf,
  type AgreementView,
  type ApprovalRequestedData,
} from './offer-log';
import { checkPlanStart, planInputOf, planOf, planPreview } from './offer-plan';
import { customerAgreementText } from './agreement-text';
import { customerFormSteps, type CustomerFormStepView } from './customer-form-steps';

export { approvalRequestView, holdsRole } from './approval-projection';

export type CustomerViewer = Extract<Viewer, { kind: 'customer' }>;

/** What a customer link shows (the agreement's PDF is loaded only when asked for). */
export interface CustomerViewModel {
  /** The link's viewer: who reads the PDF (`CustomerView.agreementPdfBase64`, recorded in the log). */
  reader: CustomerViewer | null;
  caseReference: string;
  customerName: string;
  offer: Offer | null;
  agreement: AgreementView | null;
  actions: CustomerAction[];
  expiresAt: Date;
  /** The agreement as it will be signed (agreement-text.ts); null with nothing to sign and once signed. */
  agreementText: AgreementText | null;
  /** The form steps waiting for the customer (customer-form-steps.ts). */
  formSteps: CustomerFormStepView[];
}

/** A verified link and the case as read with it. */
export interface LinkedCase {
  viewer: CustomerViewer;
  expiresAt: Date;
  case: CaseRecord;
  events: StoredEvent[];
  state: CaseState | null;
  definition: FlowDefinition;
}

/**
 * Who made the offer, as the customer is told: never the staff member's id (`user:<id>`), which is
 * internal; the customer deals with the bank, through their account manager.
 */
export const CUSTOMER_FACING_PROPOSER = '您的客户经理 / Your account manager';

const OFFER_STATUS: Readonly<Record<string, OfferStatus>> = {
  proposed: 'PROPOSED',
  accepted: 'ACCEPTED',
  'changes-requested': 'CHANGES_REQUESTED',
  superseded: 'SUPERSEDED',
  signed: 'SIGNED',
};

function text(value: string, field: string, max: number): string {
  const t = value.trim();
  if (t.length === 0 || t.length > max)
    throw badInput([field], {
      zh: `${field} 须为 1–${max} 个字符。`,
      en: `${field} must be 1–${max} characters.`,
    });
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

/** The active steps of `kind` (the definition's step kinds). */
function activeStepsOf(state: CaseState | null, definition: FlowDefinition, kind: string): string[] {
  if (!state || state.status !== 'active') return [];
  const active = new Set(state.tokens.filter((t) => t.activatedAt !== null).map((t) => t.stepKey));
  return definition.steps
    .filter((s) => active.has(s.key) && s.kind === kind)
    .filter((s) => s.kind !== 'signature' || s.signer === 'customer')
    .map((s) => s.key);
}

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
          data: JSON.parse(JSON.stringify(request)) as Record<string, unknown>,
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
      };
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

  private defOf(c: CaseRecord): Promise<FlowDefinition> {
    return this.runtime.definition(c.templateKey, c.version);
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

  // --- The customer's side ------------------------------------------------------------------------

  /** Verifies the token and reads its case: LINK_INVALID, LINK_EXPIRED (also when a newer link replaced it). */
  async linked(token: string): Promise<LinkedCase> {
    const claims = await verifyCustomerLinkToken(this.models, token);
    const invalid = () => new AppError('LINK_INVALID', { zh: '链接无效。', en: 'This link is not valid.' });
    if (!Types.ObjectId.isValid(claims.caseId)) throw invalid();
    const viewer: CustomerViewer = { kind: 'customer', caseId: claims.caseId, linkId: claims.linkId };
    const caseId = new Types.ObjectId(claims.caseId);
    const found = await this.models.Case.findById(caseId).lean<CaseRecord>().exec();
    if (!found) throw invalid();
    const events = await this.runtime.log.events(caseId);
    const issued = events.filter((e) => e.type === 'customerLinkIssued').map((e) => String(e.data['linkId']));
    if (!issued.includes(claims.linkId)) throw invalid();
    if (newestLinkOf(events)?.linkId !== claims.linkId)
      throw new AppError('LINK_EXPIRED', {
        zh: '该链接已被新链接取代，请使用最新收到的链接。',
        en: 'A newer link replaced this one; please use the latest link you received.',
      });
    return {
      viewer,
      expiresAt: claims.expiresAt,
      case: found,
      events,
      state: projectedState(found, this.runtime.keys),
      definition: await this.defOf(found),
    };
  }

  /** What the customer sees: the newest offer, the agreement once signed, and what they may do. */
  viewOf(
    c: CaseRecord,
    events: readonly StoredEvent[],
    state: CaseState | null,
    definition: FlowDefinition,
    expiresAt: Date,
    reader: CustomerViewer | null = null,
  ): CustomerViewModel {
    const offers = offersOf(events, state).map((o) => ({ ...o, proposedBy: CUSTOMER_FACING_PROPOSER }));
    const offer = offers[offers.length - 1] ?? null;
    const actions: CustomerAction[] = [];
    if (c.status === 'OPEN' || c.status === 'PAUSED') {
      if (
        activeStepsOf(state, definition, 'confirmation').length > 0 &&
        (offers.length === 0 || offer?.status === 'PROPOSED')
      )
        actions.push('ACCEPT', 'COUNTER');
      // With offers, the accepted one is signed; a flow without offers signs its document (a contract).
      if (
        activeStepsOf(state, definition, 'signature').length > 0 &&
        (offers.length === 0 || offer?.status === 'ACCEPTED')
      )
        actions.push('SIGN');
    }
    const formSteps =
      c.status === 'OPEN' || c.status === 'PAUSED' ? customerFormSteps(state, definition) : [];
    if (formSteps.length > 0) actions.push('FILL_FORM');
    const agreement = agreementOf(events);
    const agreementText = agreement ? null : customerAgreementText(definition, c, offer, actions);
    return {
      reader,
      caseReference: c.reference,
      customerName: c.customer.masked.name,
      offer,
      agreement,
      actions,
      expiresAt,
      agreementText,
      formSteps,
    };
  }

  /** What the link shows; counted against the link's and the address's rate limit (customer-throttle.ts). */
  async customerView(token: string, ip: string): Promise<CustomerViewModel> {
    await throttleCustomerLink(this.models, token, ip);
    const l = await this.linked(token);
    return this.viewOf(l.case, l.events, l.state, l.definition, l.expiresAt, l.viewer);
  }

  /** The view after a command of the customer's (read again: the log is the truth). */
  async viewAfter(l: LinkedCase, outcome: CommandOutcome): Promise<CustomerViewModel> {
    const events = await this.runtime.log.events(l.case._id);
    const c = outcome.case;
    const state = projectedState(c, this.runtime.keys);
    return this.viewOf(c, events, state, await this.defOf(c), l.expiresAt, l.viewer);
  }

  /** The customer accepts (`customerAccept`) or counters (`customerCounter`) the offer on the table. */
  async respond(
    token: string,
    response: { accept: true } | { accept: false; comment: string },
    idempotencyKey: string | null | undefined,
    ip: string,
  ): Promise<CustomerViewModel> {
    await throttleCustomerLink(this.models, token, ip);
    const comment = response.accept ? null : text(response.comment, 'comment', 2000);
    const l = await this.linked(token);
    const outcome = await this.runtime.run(
      l.viewer,
      l.case._id,
      response.accept ? 'acceptOffer' : 'counterOffer',
      { comment },
      (c, state, definition): CaseChange => {
        live(c);
        const stepKey = activeStepsOf(state, definition, 'confirmation')[0];
        if (!stepKey)
          throw new AppError('STEP_NOT_ACTIVE', {
            zh: '当前没有等待您确认的方案。',
            en: 'There is no offer waiting for your answer now.',
          });
        return {
          kind: 'engine',
          command: (actor) =>
            comment === null
              ? { type: 'customerAccept', stepKey, actor }
              : { type: 'customerCounter', stepKey, actor, comment },
        };
      },
      idempotencyKey,
    );
    return this.viewAfter(l, outcome);
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
