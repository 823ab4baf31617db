/**
 * SLA clocks, the regulatory complaint clock, follow-ups and working calendars over GraphQL
 * (docs/timers.md): `Case.sla`, `Case.complaintClock`, `Case.followUps`, `slaCalendars`,
 * `updateSlaCalendar` and `extendComplaintDeadline`. Permissions are in graphql/authorization.ts.
 */
import {
  addIsoDuration,
  complaintClock,
  type Actor,
  type CaseState,
  type ComplaintClockState,
  type FlowDefinition,
} from '@parley/engine';
import { trusted, Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { AppError, badInput, notFound } from '../../../errors/app-error';
import type {
  CaseSla,
  ClockExtension,
  ComplaintClock,
  FollowUp,
  Resolvers,
} from '../../../generated/resolvers-types';
import type { CaseDoc, StoredEvent } from '../case.model';
import { caseNotFound } from '../case.errors';
import { projectedState } from '../runtime/case-projection';
import { localObjectId } from '../runtime/case-query.service';
import type { CaseRuntime } from '../runtime/case-runtime.service';
import { caseRuntimeOf } from '../runtime/case-runtime.service';
import { caseNow } from '../runtime/case-runtime.service';
import { caseSla } from './case-sla';
import { caseTimerKey } from './case-timer-effects';
import { SlaCalendarService } from './calendar/sla-calendar.service';
import { previewCalendarChange } from './calendar/sla-calendar-preview';
import { calendarYear } from './calendar/sla-calendar-year';
import { fromGlobalId, toGlobalId } from '../../../graphql/global-id';
import { ComplaintExtensionService, extensionRequestView, extensionRequestsOf } from './complaint-extension';
import { clockStanding } from './complaint-clock-standing';
import { loadCalendar, loadCalendars } from './calendar/sla-calendar.store';

function runtimeOf(models: Models): CaseRuntime {
  return caseRuntimeOf(models);
}

async function caseContext(
  models: Models,
  c: CaseDoc,
): Promise<{ runtime: CaseRuntime; definition: FlowDefinition; state: CaseState | null }> {
  const runtime = runtimeOf(models);
  const definition = await runtime.definition(c.templateKey, c.version);
  return { runtime, definition, state: projectedState(c, runtime.keys) };
}

async function slaOf(models: Models, c: CaseDoc): Promise<CaseSla | null> {
  const { definition, state } = await caseContext(models, c);
  const sla = caseSla(definition, state, await loadCalendars(models), new Date());
  if (!sla || !state) return null;
  if (!sla.ok)
    throw new AppError('INTERNAL_SERVER_ERROR', {
      zh: `无法计算时限：${sla.error.message}`,
      en: `The SLA cannot be evaluated: ${sla.error.message}`,
    });
  const { evaluation, calendarKey, paused } = sla.plan;
  const warning = evaluation.warnings[state.clock.slaWarnings] ?? evaluation.warnings.at(-1);
  return {
    calendarKey,
    startedAt: new Date(state.startedAt),
    warningAt: warning ? new Date(warning.at) : null,
    dueAt: new Date(evaluation.dueAt),
    breachedAt: state.clock.slaBreaches > 0 ? new Date(evaluation.dueAt) : null,
    escalationLevel: state.facts.escalationLevel,
    paused,
    provisional: evaluation.provisional,
    provisionalYears: [...evaluation.provisionalYears],
  };
}

const EXTENSION_DAYS = { 1: 15, 2: 30 } as const;

export async function complaintClockOf(models: Models, c: CaseDoc): Promise<ComplaintClock | null> {
  const { definition } = await caseContext(models, c);
  const regulatory = definition.sla?.regulatoryComplaintClock;
  if (!regulatory) return null;
  const stored = await loadCalendar(models, regulatory.calendarId);
  if (!stored) return null;
  const events = await models.CaseEvent.find({ caseId: c._id, type: 'deadlineExtended' })
    .sort({ seq: 1 })
    .lean<StoredEvent[]>()
    .exec();
  const extensions: ClockExtension[] = events.map((e) => {
    const stage = Number(e.data['stage']) === 2 ? 2 : 1;
    const approvedBy = e.data['approvedBy'];
    return {
      days: EXTENSION_DAYS[stage],
      reason: String(e.data['reason'] ?? ''),
      by: e.actor,
      approvedBy: typeof approvedBy === 'string' ? approvedBy : null,
      at: e.at,
    };
  });
  let state: ComplaintClockState;
  try {
    state = complaintClock(
      (c.receivedAt ?? c.openedAt).toISOString(),
      stored.calendar,
      events.map((e, i) => ({
        reason: extensions[i]!.reason,
        ...(extensions[i]!.approvedBy ? { approvedBy: extensions[i]!.approvedBy! } : {}),
        at: e.at.toISOString(),
      })),
    );
  } catch (err) {
    throw new AppError('INTERNAL_SERVER_ERROR', {
      zh: `无法计算投诉处理期限：${(err as Error).message}`,
      en: `The complaint clock cannot be evaluated: ${(err as Error).message}`,
    });
  }
  const all = await models.CaseEvent.find({
    caseId: c._id,
    type: trusted({ $in: ['complaintExtensionRequested', 'complaintExtensionDecided'] }),
  })
    .sort({ seq: 1 })
    .lean<StoredEvent[]>()
    .exec();
  const standing = clockStanding({
    dueAt: new Date(state.dueAt),
    dueDate: state.dueDate,
    extended: extensions.length > 0,
    closedAt: c.closedAt ?? null,
    now: caseNow(models),
    calendar: stored.calendar,
  });
  return {
    receivedAt: c.receivedAt ?? c.openedAt,
    deadline: new Date(state.dueAt),
    provisional: state.provisional,
    provisionalYears: [...state.provisionalYears],
    extensions,
    ...standing,
    extensionRequests: extensionRequestsOf(all).map((r) => extensionRequestView(r, c)),
  };
}

/** Timers of wait steps marked `followUp` (engine `WaitStep.followUp`), oldest first. */
async function followUpsOf(models: Models, c: CaseDoc): Promise<FollowUp[]> {
  const { definition } = await caseContext(models, c);
  const marked = new Map<string, 'followUp' | 'returnVisit'>();
  for (const step of definition.steps)
    if (step.kind === 'wait' && step.followUp) marked.set(step.key, step.followUp);
  if (marked.size === 0) return [];
  const events = await models.CaseEvent.find({
    caseId: c._id,
    type: trusted({ $in: ['timerScheduled', 'timerFired'] }),
  })
    .sort({ seq: 1 })
    .lean<StoredEvent[]>()
    .exec();
  const fired = new Set(events.filter((e) => e.type === 'timerFired').map((e) => String(e.data['timerId'])));
  const caseId = c._id.toHexString();
  return events
    .filter((e) => e.type === 'timerScheduled' && marked.has(String(e.data['stepKey'])))
    .map((e) => {
      const waitKey = String(e.data['stepKey']);
      const timerId = String(e.data['timerId']);
      const next = definition.transitions.find((t) => t.from === waitKey)?.to ?? waitKey;
      return {
        id: caseTimerKey(caseId, timerId, e.seq),
        kind: marked.get(waitKey) === 'returnVisit' ? 'RETURN_VISIT' : 'FOLLOW_UP',
        stepKey: next,
        dueAt: new Date(addIsoDuration(e.at.toISOString(), String(e.data['after']))),
        done: fired.has(timerId),
      };
    });
}

function caseIdOf(globalId: string): Types.ObjectId {
  const id = localObjectId(globalId, 'Case');
  if (!id) throw caseNotFound();
  return id;
}

/** The approver as the engine sees them: an active user, with their roles and departments. */
async function approverOf(models: Models, approvedBy: string): Promise<Actor> {
  const id =
    localObjectId(approvedBy, 'User') ??
    (Types.ObjectId.isValid(approvedBy) ? new Types.ObjectId(approvedBy) : null);
  const user = id
    ? await models.User.findById(id, { roles: 1, departments: 1, active: 1 })
        .lean<{ _id: Types.ObjectId; roles: string[]; departments?: string[]; active: boolean }>()
        .exec()
    : null;
  if (!user || !user.active) throw notFound({ zh: '审批人', en: 'approver' }, ['approvedBy']);
  return {
    kind: 'staff',
    id: user._id.toHexString(),
    roles: user.roles,
    departments: user.departments ?? [],
  };
}

export const slaResolvers: Resolvers = {
  Query: {
    slaCalendars: (_root, _args, { models }) => new SlaCalendarService(models).list(),
    previewSlaCalendarChange: (_root, { key, input }, { models }) =>
      previewCalendarChange(models, key, input),
    slaRecompute: async (_root, { id }, { models }) => {
      const decoded = fromGlobalId(id);
      if (decoded?.type !== 'SlaRecompute' || !Types.ObjectId.isValid(decoded.localId)) return null;
      return models.SlaRecomputeProgress.findById(new Types.ObjectId(decoded.localId)).lean().exec();
    },
    pendingComplaintExtensions: (_root, { first }, { models, viewer }) =>
      new ComplaintExtensionService(models).pending(viewer, first ?? 50),
  },
  Mutation: {
    requestComplaintExtension: (_root, { caseId, reason, idempotencyKey }, { models, viewer }) =>
      new ComplaintExtensionService(models).request(viewer, caseId, reason, idempotencyKey),
    decideComplaintExtension: (
      _root,
      { caseId, requestId, approve, comment, idempotencyKey },
      { models, viewer },
    ) =>
      new ComplaintExtensionService(models).decide(
        viewer,
        caseId,
        requestId,
        approve,
        comment,
        idempotencyKey,
      ),
    updateSlaCalendar: (_root, { key, input, reason, background }, { models, viewer, logger }) =>
      new SlaCalendarService(models).update(viewer, key, input, reason, {
        background: background === true,
        onBackgroundError: (err) =>
          logger.error({ err, key }, 'calendar recompute failed; the sweep resumes it'),
      }),
    extendComplaintDeadline: async (
      _root,
      { caseId, reason, approvedBy, idempotencyKey },
      { models, viewer },
    ) => {
      const why = reason.trim();
      if (why.length < 1 || why.length > 500)
        throw badInput(['reason'], {
          zh: 'reason 须为 1–500 个字符。',
          en: 'reason must be 1–500 characters.',
        });
      const approver = approvedBy ? await approverOf(models, approvedBy) : undefined;
      return runtimeOf(models).run(
        viewer,
        caseIdOf(caseId),
        'extendComplaintDeadline',
        { reason: why, approvedBy: approvedBy ?? null },
        (c, state) => {
          if (c.status === 'CLOSED' || c.status === 'CANCELLED')
            throw new AppError('CASE_CLOSED', {
              zh: '案件已结束，不能再操作。',
              en: 'The case is over; nothing more can be done.',
            });
          if (state && state.facts.clockExtensions === 1 && !approver)
            throw new AppError(
              'EXTENSION_NOT_ALLOWED',
              {
                zh: '再次延长投诉处理期限须经上级审批：请填写审批人。',
                en: 'The further extension needs a supervisor’s approval: name the approver.',
              },
              { fieldPath: ['approvedBy'] },
            );
          return {
            kind: 'engine',
            command: (actor) => ({
              type: 'extendDeadline',
              actor,
              reason: why,
              ...(approver ? { approvedBy: approver } : {}),
            }),
          };
        },
        idempotencyKey,
      );
    },
  },
  SlaCalendar: {
    days: (calendar, { year }, { models }) => calendarYear(models, calendar.key, year),
  },
  SlaRecompute: {
    id: (job) => toGlobalId('SlaRecompute', job._id.toHexString()),
    calendarKey: (job) => job.key,
  },
  Case: {
    sla: (c, _args, { models }) => slaOf(models, c),
    complaintClock: (c, _args, { models }) => complaintClockOf(models, c),
    followUps: (c, _args, { models }) => followUpsOf(models, c),
  },
};
