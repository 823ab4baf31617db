/**
 * Opening a case: resolve the pinned flow version and the routing, allocate the reference, run the
 * engine's `start`, and append `caseOpened` + the engine's first events as one batch at seq 1 — the
 * unique (caseId, 1) makes a retried or duplicated open create one case. An idempotency key's claim
 * allocates the case id before the first write, so even a retry after a crash targets the same case.
 */
import { randomUUID } from 'node:crypto';
import { execute } from '@parley/engine';
import { Types } from 'mongoose';
import { AppError, badInput, notFound } from '../../errors/app-error';
import type { OpenCaseInput } from '../../generated/resolvers-types';
import { fromGlobalId } from '../../graphql/global-id';
import type { Viewer } from '../access/viewer';
import { categoryLocalId } from '../complaint-categories/complaint-category.resolvers';
import { FlowTemplateService } from '../flows/flow-template.service';
import { archivedTemplate } from '../flows/flow.errors';
import type { CaseRecord } from './case.model';
import { actorKey, departmentScope, engineActor } from './case-access';
import { refusalError } from './case.errors';
import { sensitiveFields, storedEngineData } from './case-event-codec';
import { outboxEvents } from './case-effect-outbox';
import { chainBatch, type EventDraft, type StoredEvent } from './case-log.store';
import { checkCustomer, sealCustomer } from './case-open.input';
import { applyHostEvents, initialProjection, withEngineState, type CaseOpenedData } from './case-projection';
import { automaticSteps, CaseAutoAssigner } from './case-auto-assign';
import { followSla } from './case-sla-timers';
import { loadCalendars } from '../sla/sla-calendar.store';
import { allocateReference } from './case-reference';
import { caseNow, resultOf, type CaseRuntime, type CommandOutcome } from './case-runtime.service';

interface Routing {
  categoryId: string | null;
  departmentCode: string | null;
  queueId: string | null;
}

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
    const routing = await this.routing(viewer, input);
    const at = caseNow(this.runtime.models);
    const started = execute(
      definition,
      null,
      {
        type: 'start',
        caseId: caseId.toHexString(),
        actor: await engineActor(models, viewer),
        ...(input.data ? { data: input.data as Record<string, unknown> } : {}),
      },
      { now: () => at.toISOString(), newId: () => randomUUID() },
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
      ...started.events.map((e) => ({ type: e.type, at, actor, data: storedEngineData(e, sensitive, keys) })),
      ...outboxEvents(started.effects, sensitive, keys).map((o) => ({ ...o, at, actor })),
      ...assignments.map((a) => ({ type: 'caseAssigned', at, actor, data: { ...a } })),
    ];
    const batch = chainBatch(caseId, { seq: 0, hash: null }, drafts, scopedKey);
    await this.runtime.log.append(batch);
    onAppended();
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

  /** Department and queue: the input's when given, else the category's routing. */
  private async routing(viewer: Viewer, input: OpenCaseInput): Promise<Routing> {
    const { models } = this.runtime;
    let categoryId: string | null = null;
    let departmentCode: string | null = null;
    let queueCode: string | null = null;
    if (input.categoryId) {
      const localId = categoryLocalId(input.categoryId);
      const category =
        localId && Types.ObjectId.isValid(localId)
          ? await models.ComplaintCategory.findById(localId).lean().exec()
          : null;
      if (!category) throw notFound({ zh: '投诉分类', en: 'complaint category' }, ['input', 'categoryId']);
      if (!category.active)
        throw badInput(['input', 'categoryId'], {
          zh: '该投诉分类已停用。',
          en: 'This complaint category is not active.',
        });
      categoryId = category._id.toHexString();
      departmentCode = category.routing?.departmentCode ?? null;
      queueCode = category.routing?.queueCode ?? null;
    }
    if (input.departmentCode) {
      if (!(await models.Department.exists({ code: input.departmentCode }).exec()))
        throw notFound({ zh: '部门', en: 'department' }, ['input', 'departmentCode']);
      departmentCode = input.departmentCode;
      queueCode = null;
    }
    let queueId: string | null = null;
    if (input.queueId) {
      const decoded = fromGlobalId(input.queueId);
      const queue =
        decoded?.type === 'Queue' && Types.ObjectId.isValid(decoded.localId)
          ? await models.Queue.findById(decoded.localId).lean().exec()
          : null;
      if (!queue) throw notFound({ zh: '队列', en: 'queue' }, ['input', 'queueId']);
      queueId = queue._id.toHexString();
      departmentCode = queue.departmentCode;
    } else if (departmentCode && queueCode) {
      const queue = await models.Queue.findOne({ departmentCode, code: queueCode }).lean().exec();
      queueId = queue?._id.toHexString() ?? null;
    }
    // Choosing a department or queue is limited to the viewer's own departments (unless
    // case.all-departments); a category's routing is the bank's, so it may hand a case to another one.
    const scope = departmentScope(viewer);
    if ((input.departmentCode || input.queueId) && departmentCode && scope && !scope.includes(departmentCode))
      throw new AppError(
        'FORBIDDEN',
        {
          zh: `不能在本人所属部门以外的部门（${departmentCode}）开立案件。`,
          en: `You cannot open a case in a department you do not belong to (${departmentCode}).`,
        },
        { fieldPath: ['input', input.queueId ? 'queueId' : 'departmentCode'] },
      );
    // A user's case with no routing lands in the user's own (first) department, so they can see it.
    if (!departmentCode && viewer.kind === 'user') departmentCode = viewer.departments[0] ?? null;
    return { categoryId, departmentCode, queueId };
  }
}
