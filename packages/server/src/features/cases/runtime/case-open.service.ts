/**
 * Opening a case: resolve the pinned flow version and the routing, allocate the reference, run the
 * engine's `start`, and append `caseOpened` + the engine's first events as one batch at seq 1 — the
 * unique (caseId, 1) makes a retried or duplicated open create one case. An idempotency key's claim
 * allocates the case id before the first write, so even a retry after a crash targets the same case.
 */
import { randomUUID } from 'node:crypto';
import { execute } from '@parley/engine';
import { Types } from 'mongoose';
import { badInput, notFound } from '../../../errors/app-error';
import type { OpenCaseInput } from '../../../generated/resolvers-types';
import type { Viewer } from '../../access';
import { FlowTemplateService } from '../../flows';
import { archivedTemplate } from '../../flows';
import type { CaseRecord } from '../case.model';
import { actorKey, engineActor } from '../case-access';
import { routeNewCase } from './case-open-routing';
import { refusalError } from '../case.errors';
import { sensitiveFields, storedEngineData } from '../log/case-event-codec';
import { outboxEvents } from '../log/case-effect-outbox';
import { SurveyRefs } from '../../surveys';
import { confirmInvitations, withSurveyInvitations } from '../../survey-responses/survey-invitations';
import { chainBatch, type EventDraft, type StoredEvent } from '../log/case-log.store';
import { checkCustomer, checkReceipt, sealCustomer } from './case-open.input';
import { applyHostEvents, initialProjection, withEngineState, type CaseOpenedData } from './case-projection';
import { automaticSteps, CaseAutoAssigner } from '../assignment/case-auto-assign';
import { followSla } from '../timers/case-sla-timers';
import { loadCalendars } from '../timers/calendar/sla-calendar.store';
import { allocateReference } from './case-reference';
import { caseNow, resultOf, type CaseRuntime, type CommandOutcome } from './case-runtime.service';

export class CaseOpenService {
  constructor(private readonly runtime: CaseRuntime) {}

  async open(viewer: Viewer, input: OpenCaseInput, idempotencyKey?: string | null): Promise<CommandOutcome> {
    const customer = checkCustomer(input.customer);
    if (input.assignToMe && viewer.kind !== 'user')
      throw badInput(['input', 'assignToMe'], {
        zh: '只有用户可以把案件分派给自己。',
        en: 'Only users can assign a case to themselves.',
      });
    if (idempotencyKey == null) return this.openAs(viewer, new Types.ObjectId(), input, customer, null);
    const claim = await this.runtime.idempotency.claim(
      actorKey(viewer) ?? 'anonymous',
      idempotencyKey,
      'openCase',
      input,
      new Types.ObjectId(),
    );
    if (claim.kind === 'replay') return this.runtime.replayed(viewer, claim.result);
    const caseId = claim.caseId ?? new Types.ObjectId();
    if (
      claim.kind === 'takeover' &&
      (await this.runtime.models.CaseEvent.exists({ caseId, seq: 1 }).exec())
    ) {
      const result = await this.runtime.resultFrom(caseId, 1);
      await this.runtime.idempotency.complete(claim.id, result);
      return this.runtime.replayed(viewer, result);
    }
    let appended = false;
    try {
      const outcome = await this.openAs(
        viewer,
        caseId,
        input,
        customer,
        claim.scopedKey,
        () => (appended = true),
      );
      await this.runtime.idempotency.complete(claim.id, resultOf(outcome));
      return outcome;
    } catch (err) {
      if (!appended) await this.runtime.idempotency.release(claim.id);
      throw err;
    }
  }

  /**
   * Opens a case under an id and scoped idempotency key the caller has already claimed (customer
   * intake, features/intake): the unique (caseId, 1) still makes a repeated open create one case.
   */
  openClaimed(
    viewer: Viewer,
    caseId: Types.ObjectId,
    input: OpenCaseInput,
    scopedKey: string,
  ): Promise<CommandOutcome> {
    return this.openAs(viewer, caseId, input, checkCustomer(input.customer), scopedKey);
  }

  private async openAs(
    viewer: Viewer,
    caseId: Types.ObjectId,
    input: OpenCaseInput,
    customer: ReturnType<typeof checkCustomer>,
    scopedKey: string | null,
    onAppended: () => void = () => undefined,
  ): Promise<CommandOutcome> {
    const { models, keys } = this.runtime;
    const flows = new FlowTemplateService(models);
    const template = await flows.require(input.templateKey, ['input', 'templateKey']);
    if (template.archived) throw archivedTemplate(input.templateKey, ['input', 'templateKey']);
    const versionDoc = await flows.version(input.templateKey, input.version);
    if (!versionDoc)
      throw notFound({ zh: '已发布的流程版本', en: 'published flow version' }, ['input', 'version']);
    const definition = await this.runtime.definition(input.templateKey, versionDoc.version);
    const routing = await routeNewCase(models, viewer, {
      definition,
      categoryId: input.categoryId,
      departmentCode: input.departmentCode,
      queueId: input.queueId,
    });
    const at = caseNow(this.runtime.models);
    // The flow starts when the bank received the case: the complaint clock and the SLA count from it.
    const receipt = checkReceipt(input, at);
    const started = execute(
      definition,
      null,
      {
        type: 'start',
        caseId: caseId.toHexString(),
        actor: await engineActor(models, viewer),
        ...(input.data ? { data: input.data as Record<string, unknown> } : {}),
      },
      { now: () => receipt.receivedAt.toISOString(), newId: () => randomUUID() },
    );
    if (!started.ok) throw refusalError(started.error, ['input', 'data']);
    const reference = await allocateReference(models, caseId, at);
    const opened: CaseOpenedData = {
      reference,
      templateKey: input.templateKey,
      version: versionDoc.version,
      channel: input.channel,
      customer: sealCustomer(customer, keys),
      ...routing,
      assigneeId: input.assignToMe && viewer.kind === 'user' ? viewer.userId : null,
      receivedAt: receipt.receivedAt.toISOString(),
      receivedAtReason: receipt.reason,
    };
    const actor = actorKey(viewer);
    const sensitive = sensitiveFields(definition);
    // The first steps, when the flow assigns them automatically (none: no query at all).
    const auto = automaticSteps(definition, started.events);
    const assignments =
      auto.length === 0
        ? []
        : await new CaseAutoAssigner(models).decide(
            {
              _id: caseId,
              departmentCode: opened.departmentCode,
              assigneeId: opened.assigneeId ? new Types.ObjectId(opened.assigneeId) : null,
            },
            auto,
            at,
          );
    const drafts: EventDraft[] = [
      { type: 'caseOpened', at, actor, data: JSON.parse(JSON.stringify(opened)) as Record<string, unknown> },
      // Backdating is its own event in the audit chain, so that the timeline shows it.
      ...(receipt.reason
        ? [
            {
              type: 'receiptBackdated',
              at,
              actor,
              data: { receivedAt: opened.receivedAt, openedAt: at.toISOString(), reason: receipt.reason },
            },
          ]
        : []),
      ...started.events.map((e) => ({ type: e.type, at, actor, data: storedEngineData(e, sensitive, keys) })),
      ...outboxEvents(started.effects, sensitive, keys).map((o) => ({ ...o, at, actor })),
      ...assignments.map((a) => ({ type: 'caseAssigned', at, actor, data: { ...a } })),
    ];
    // A published survey the flow sends is resolved to the version that goes out (surveys/survey-refs.ts).
    await new SurveyRefs(models).resolveRequests(drafts);
    // Each library survey sent gets its invitation (`surveySent`) in the same batch (survey-responses).
    const invitations = await withSurveyInvitations(models, caseId, definition, drafts, at);
    const batch = chainBatch(caseId, { seq: 0, hash: null }, drafts, scopedKey);
    await this.runtime.log.append(batch);
    onAppended();
    await confirmInvitations(models, invitations);
    const last = batch[batch.length - 1] as StoredEvent;
    const calendars = await loadCalendars(models);
    const initial = initialProjection(caseId, opened, at);
    const projection: CaseRecord = withEngineState(
      assignments.length === 0
        ? initial
        : applyHostEvents(
            initial,
            batch.filter((e) => e.type === 'caseAssigned'),
          ),
      definition,
      started.state,
      keys,
      last,
      calendars,
    );
    await models.Case.create(projection);
    await followSla(models, projection, definition, started.state, calendars);
    return { case: projection, events: batch, replayed: false };
  }
}
