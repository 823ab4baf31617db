/**
 * Running a command against a case: read the projection at seq n, decide (the engine, or a host event),
 * append n + 1 … as one batch, then fold the batch into the projection. The append is the commit; the
 * projection update after it is repairable (`rebuild`), and the next command that finds the projection
 * behind the log repairs it.
 */
import { randomUUID } from 'node:crypto';
import {
  execute,
  migrateState,
  replay,
  type CaseState,
  type Command,
  type Actor,
  type FlowDefinition,
  type StepMapping,
} from '@parley/engine';
import { Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { HOT_INDEXES, queryCapabilitiesOf } from '../../../db/query-capabilities';
import { AppError } from '../../../errors/app-error';
import type { Viewer } from '../../access';
import { FlowTemplateService } from '../../flows';
import type { CaseRecord } from '../case.model';
import { dataKeysOf, type DataKeyring } from '../../privacy';
import { actorKey, canSeeCase, engineActor } from '../case-access';
import { caseNotFound, migrationBlocked, refusalError } from '../case.errors';
import {
  engineEvents,
  isHostEvent,
  isHostEventOf,
  sensitiveFields,
  storedEngineData,
  type HostEvent,
} from '../log/case-event-codec';
import { CaseLog, chainBatch, type EventDraft, type StoredEvent } from '../log/case-log.store';
import { applyHostEvents, initialProjection, projectedState, withEngineState } from './case-projection';
import { IdempotencyStore } from '../log/idempotency';
import { outboxEvents } from '../log/case-effect-outbox';
import { SurveyRefs } from '../../surveys';
import { confirmInvitations, withSurveyInvitations } from '../../survey-responses/survey-invitations';
import { automaticSteps, CaseAutoAssigner } from '../assignment/case-auto-assign';
import { followSla } from '../timers/case-sla-timers';
import { calendarsAtLeast, loadCalendars, type CalendarSet } from '../timers/calendar/sla-calendar.store';

/** A projection behind the log by events older than this was left behind by a crash, not a live writer. */
const STALE_PROJECTION_MS = 5_000;
/** See `writeProjection`: half of `STALE_PROJECTION_MS`, the rest is margin for clock skew. */
const PROJECTION_WRITE_WINDOW_MS = STALE_PROJECTION_MS / 2;

/** What a command decides, given the case as read. */
export type CaseChange =
  | {
      kind: 'engine';
      command: (actor: Actor) => Command;
      dataPath?: string[];
      /** Host events appended in the same batch, before the engine's events (e.g. an approval decision). */
      hostBefore?: HostEvent[];
      /**
       * Reads what the command needs besides the case and its definition, before `command` is called
       * (e.g. a library survey's form); given the case as read, so it never reads the case again.
       */
      prepare?: (c: CaseRecord, definition: FlowDefinition) => Promise<void>;
    }
  | ({ kind: 'host' } & HostEvent)
  /** Moves the case to another version of its flow (the engine's `migrateState`). */
  | { kind: 'migrate'; to: FlowDefinition; mapping: StepMapping };

export interface CommandOutcome {
  case: CaseRecord;
  events: StoredEvent[];
  replayed: boolean;
}

/** The clock new events are stamped with, per database (`setCaseClock`); the wall clock by default. */
const clocks = new WeakMap<object, () => Date>();

/**
 * Replaces the time the runtime stamps on new events (and hands the engine as "now") for the cases of
 * these models; `null` restores the wall clock. For tests and drills that need a given local time
 * (e.g. contact quiet hours); production never sets it.
 */
export function setCaseClock(models: object, now: (() => Date) | null): void {
  if (now) clocks.set(models, now);
  else clocks.delete(models);
}

/** "Now" for the cases of these models (see `setCaseClock`). */
export function caseNow(models: object): Date {
  return clocks.get(models)?.() ?? new Date();
}

/** The one runtime of a database's models (`caseRuntimeOf`); it holds no state of a request. */
const runtimes = new WeakMap<object, CaseRuntime>();

/**
 * The case runtime of these models, built on first use and shared by every request and background job
 * of the process, on the data keys `startServer` bound to the models.
 */
export function caseRuntimeOf(models: Models): CaseRuntime {
  let runtime = runtimes.get(models);
  if (!runtime) {
    runtime = new CaseRuntime(models, dataKeysOf(models));
    runtimes.set(models, runtime);
  }
  return runtime;
}

/** Published versions never change, so their parsed definitions are cached for the process's life. */
const definitions = new Map<string, Promise<FlowDefinition>>();

export class CaseRuntime {
  readonly log: CaseLog;
  readonly idempotency: IdempotencyStore;

  constructor(
    readonly models: Models,
    readonly keys: DataKeyring,
  ) {
    this.log = new CaseLog(models);
    this.idempotency = new IdempotencyStore(models);
  }

  definition(key: string, version: number): Promise<FlowDefinition> {
    const id = `${this.models.FlowVersion.db.name}/${key}@${version}`;
    let found = definitions.get(id);
    if (!found) {
      found = new FlowTemplateService(this.models)
        .requireVersion(key, version, ['templateKey'])
        .then((doc) => FlowTemplateService.definition(doc) as unknown as FlowDefinition);
      definitions.set(id, found);
      found.catch(() => definitions.delete(id));
    }
    return found;
  }

  /** The case if the viewer may see it; NOT_FOUND otherwise (existence is not leaked). */
  async visibleCase(viewer: Viewer, caseId: Types.ObjectId): Promise<CaseRecord> {
    const query = this.models.Case.findById(caseId);
    if ((await queryCapabilitiesOf(this.models.Case.db)).hint) query.hint(HOT_INDEXES.caseById);
    const found = await query.lean<CaseRecord>().exec();
    if (!found || !canSeeCase(viewer, found)) throw caseNotFound();
    return found;
  }

  /**
   * Runs one change with an optional idempotency key. `operation` and `request` identify the request
   * for the key (the same key with another request is refused).
   */
  async run(
    viewer: Viewer,
    caseId: Types.ObjectId,
    operation: string,
    request: Record<string, unknown>,
    decide: (c: CaseRecord, state: CaseState | null, definition: FlowDefinition) => CaseChange,
    idempotencyKey: string | null | undefined,
  ): Promise<CommandOutcome> {
    // An empty key is not "no key": the claim refuses it (BAD_USER_INPUT at idempotencyKey).
    if (idempotencyKey == null) return this.apply(viewer, caseId, decide, null);
    const scope = actorKey(viewer) ?? 'anonymous';
    const claim = await this.idempotency.claim(
      scope,
      idempotencyKey,
      operation,
      { caseId: caseId.toHexString(), ...request },
      caseId,
    );
    if (claim.kind === 'replay') return this.replayed(viewer, claim.result);
    if (claim.kind === 'takeover') {
      const earlier = await this.models.CaseEvent.findOne({ caseId, idempotencyKey: claim.scopedKey })
        .lean<StoredEvent>()
        .exec();
      if (earlier) {
        const result = await this.resultFrom(caseId, earlier.seq);
        await this.idempotency.complete(claim.id, result);
        return this.replayed(viewer, result);
      }
    }
    let appended = false;
    try {
      const outcome = await this.apply(viewer, caseId, decide, claim.scopedKey, () => (appended = true));
      await this.idempotency.complete(claim.id, resultOf(outcome));
      return outcome;
    } catch (err) {
      // Only a request that wrote nothing may forget its key; otherwise a takeover finds the batch.
      if (!appended) await this.idempotency.release(claim.id);
      throw err;
    }
  }

  private async apply(
    viewer: Viewer,
    caseId: Types.ObjectId,
    decide: (c: CaseRecord, state: CaseState | null, definition: FlowDefinition) => CaseChange,
    scopedKey: string | null,
    onAppended: () => void = () => undefined,
  ): Promise<CommandOutcome> {
    const current = await this.visibleCase(viewer, caseId);
    const definition = await this.definition(current.templateKey, current.version);
    const state = projectedState(current, this.keys);
    const change = decide(current, state, definition);
    const at = caseNow(this.models);
    const actor = actorKey(viewer);
    let drafts: EventDraft[];
    let next = state;
    let target = definition;
    if (change.kind === 'migrate') {
      if (!state) throw caseNotFound();
      const ports = { now: () => at.toISOString(), newId: () => randomUUID() };
      const result = migrateState(
        definition,
        change.to,
        state,
        change.mapping,
        ports,
        await engineActor(this.models, viewer),
      );
      if (!result.ok) throw migrationBlocked(result.plan);
      const sensitive = sensitiveFields(change.to);
      drafts = result.events.map((e) => ({
        type: e.type,
        at,
        actor,
        data: storedEngineData(e, sensitive, this.keys),
      }));
      next = result.state;
      target = change.to;
    } else if (change.kind === 'engine') {
      await change.prepare?.(current, definition);
      const result = execute(definition, state, change.command(await engineActor(this.models, viewer)), {
        now: () => at.toISOString(),
        newId: () => randomUUID(),
      });
      if (!result.ok) throw refusalError(result.error, change.dataPath);
      const sensitive = sensitiveFields(definition);
      // Steps this command activated that the flow assigns automatically (none: no query at all).
      const auto = automaticSteps(definition, result.events);
      const assignments =
        auto.length === 0 ? [] : await new CaseAutoAssigner(this.models).decide(current, auto, at);
      drafts = [
        ...(change.hostBefore ?? []).map((h) => ({ type: h.type, at, actor, data: h.data })),
        ...result.events.map((e) => ({
          type: e.type,
          at,
          actor,
          data: storedEngineData(e, sensitive, this.keys),
        })),
        // Effects other systems perform go out in the same batch (case-effect-outbox.ts).
        ...outboxEvents(result.effects, sensitive, this.keys).map((o) => ({ ...o, at, actor })),
        ...assignments.map((a) => ({ type: 'caseAssigned', at, actor, data: { ...a } })),
      ];
      next = result.state;
    } else {
      drafts = [{ type: change.type, at, actor, data: change.data }];
    }
    if (drafts.length === 0 || !next) return { case: current, events: [], replayed: false };
    // A published survey the flow sends is resolved to the version that goes out (surveys/survey-refs.ts).
    await new SurveyRefs(this.models).resolveRequests(drafts);
    // Each library survey sent gets its invitation (`surveySent`) in the same batch (survey-responses).
    const invitations = await withSurveyInvitations(this.models, current._id, target, drafts, at);
    const chainedAt = performance.now();
    const batch = chainBatch(current._id, { seq: current.seq, hash: current.headHash }, drafts, scopedKey);
    try {
      await this.log.append(batch, state ? timerTokensOf(state) : undefined);
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT') await this.afterLostRace(current);
      throw err;
    }
    onAppended();
    await confirmInvitations(this.models, invitations);
    const last = batch[batch.length - 1] as StoredEvent;
    const calendars = await this.calendarsFor(current, change);
    const projected = withEngineState(
      applyHostEvents(current, batch),
      target,
      next,
      this.keys,
      last,
      calendars,
    );
    const { _id, ...fields } = projected;
    await this.writeProjection(_id, current.seq, fields, chainedAt);
    // The SLA timers follow the new state (docs/timers.md "SLA timers"; the sweep repairs a failure).
    // An engine command that leaves the SLA's next points as they were touches no timer; a host event
    // (e.g. `slaRecomputed` after a calendar change) or a migration always re-syncs them.
    const before = change.kind === 'engine' ? { definition, state } : undefined;
    await followSla(this.models, projected, target, next, calendars, undefined, before);
    return { case: projected, events: batch, replayed: false };
  }

  /**
   * The calendars for the projection after a command on `current`: from this process's cache when it is
   * at least as new as the revisions the open case names (the recompute after a calendar change appends
   * to every open case counting on it: docs/database.md "The command path of submitStep"); the head for
   * a case that is not open (the recompute skips it) or a migration.
   */
  private calendarsFor(current: CaseRecord, change: CaseChange): Promise<CalendarSet> {
    if ((current.status !== 'OPEN' && current.status !== 'PAUSED') || change.kind === 'migrate')
      return loadCalendars(this.models);
    const atLeast = { ...current.calendarRevisions };
    if (change.kind === 'host' && (change.type === 'slaRecomputed' || change.type === 'slaCalendarChecked')) {
      const { calendarKey, revision } = change.data;
      atLeast[calendarKey] = Math.max(atLeast[calendarKey] ?? 0, revision);
    }
    return calendarsAtLeast(this.models, atLeast);
  }

  /**
   * Writes the projection unless it moved past `seq` meanwhile (a slow writer must not roll it back).
   * MongoDB checks and writes in one step (`{ _id, seq }`). FerretDB v1 pushes a filter down only when it
   * is exactly `{ _id }`, so there the append is the guard: the command that inserted seq + 1 is the
   * only writer until `STALE_PROJECTION_MS` after its events were recorded, and writes by `_id` alone
   * within `PROJECTION_WRITE_WINDOW_MS` of chaining its batch (`chainedAt`, performance.now()). Later,
   * or without `chainedAt`, it reads the stored seq by `_id` first (docs/database.md).
   */
  async writeProjection(
    _id: Types.ObjectId,
    seq: number,
    fields: Omit<CaseRecord, '_id'>,
    chainedAt?: number,
  ): Promise<void> {
    const caps = await queryCapabilitiesOf(this.models.Case.db);
    if (!caps.isFerretDB) {
      const hint = caps.hint ? { hint: HOT_INDEXES.caseById } : {};
      await this.models.Case.updateOne({ _id, seq }, { $set: fields }, hint).exec();
      return;
    }
    if (chainedAt !== undefined && performance.now() - chainedAt < PROJECTION_WRITE_WINDOW_MS) {
      await this.models.Case.updateOne({ _id }, { $set: fields }).exec();
      return;
    }
    const stored = await this.models.Case.findById(_id, { seq: 1 }).lean<{ seq: number }>().exec();
    if (stored?.seq === seq) await this.models.Case.updateOne({ _id }, { $set: fields }).exec();
  }

  /** Lost the append: if the projection is behind a log no live writer is extending, repair it. */
  private async afterLostRace(current: CaseRecord): Promise<void> {
    const { lastCompleteSeq, lastRecordedAt } = await this.log.repairTail(current._id);
    if (
      lastCompleteSeq > current.seq &&
      lastRecordedAt &&
      Date.now() - lastRecordedAt.getTime() > STALE_PROJECTION_MS
    )
      await this.rebuild(current._id);
  }

  /** The projection folded from the whole log, written over the stored one. */
  async rebuild(caseId: Types.ObjectId): Promise<CaseRecord> {
    const projected = await this.projectFromLog(caseId);
    await this.models.Case.replaceOne({ _id: caseId }, projected, { upsert: true }).exec();
    return projected;
  }

  /** What the projection of the case should be, from its events alone. */
  async projectFromLog(caseId: Types.ObjectId): Promise<CaseRecord> {
    const events = await this.log.events(caseId);
    const opened = events[0];
    if (!opened || !isHostEventOf(opened, 'caseOpened')) throw caseNotFound();
    const data = opened.data;
    // A migrated case replays against the version it was last migrated to.
    const migrated = events.filter((e) => e.type === 'caseMigrated').pop();
    const version = migrated ? Number(migrated.data['toVersion']) : data.version;
    const definition = await this.definition(data.templateKey, version);
    const state = replay(definition, engineEvents(events, this.keys));
    const last = events[events.length - 1] as StoredEvent;
    const hostFolded = applyHostEvents(
      initialProjection(caseId, data, opened.at),
      events.filter((e) => isHostEvent(e.type)),
    );
    if (!state) throw caseNotFound();
    return withEngineState(hostFolded, definition, state, this.keys, last, await loadCalendars(this.models));
  }

  /** The stored result of the command whose batch starts at `fromSeq`. */
  async resultFrom(caseId: Types.ObjectId, fromSeq: number): Promise<Record<string, unknown>> {
    const events = await this.log.range(caseId, fromSeq, Number.MAX_SAFE_INTEGER);
    const end = events.find((e) => e.batchEnd);
    return { caseId: caseId.toHexString(), fromSeq, toSeq: end?.seq ?? fromSeq };
  }

  /** The first result of an idempotent request: the case as it is now, the events it appended then. */
  async replayed(viewer: Viewer, result: Record<string, unknown>): Promise<CommandOutcome> {
    const caseId = new Types.ObjectId(String(result['caseId']));
    const current = await this.visibleCase(viewer, caseId);
    const events = await this.log.range(caseId, Number(result['fromSeq']), Number(result['toSeq']));
    return { case: current, events, replayed: true };
  }
}

/** The tokens that hold timers in a case state (engine `CaseState.timers`). */
function timerTokensOf(state: CaseState): ReadonlySet<string> {
  return new Set(Object.values(state.timers).map((t) => t.tokenId));
}

export function resultOf(outcome: CommandOutcome): Record<string, unknown> {
  return {
    caseId: outcome.case._id.toHexString(),
    fromSeq: outcome.events[0]?.seq ?? outcome.case.seq,
    toSeq: outcome.events[outcome.events.length - 1]?.seq ?? outcome.case.seq,
  };
}
