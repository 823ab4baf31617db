/**
 * The recompute of open cases' SLA deadlines after a calendar change, as a job whose progress lives in
 * the database (`sla_calendar_recompute_progress`), so that nothing assumes one process:
 * - `startRecompute` records the job (unique (key, revision): a second start returns the first's record)
 *   with the number of open cases to look at;
 * - `runRecompute` visits open cases in id order, a page at a time, and after each page stores how far
 *   it got (the last case id, done, moved) and extends its lease; the mutation awaits it, or runs it in
 *   the background (`updateSlaCalendar(background: true)`);
 * - the effects sweep of any process (`repairCalendarRecomputes`) resumes a job whose lease ran out
 *   (its process died) after the stored case id, and starts one for a head revision that has none.
 * Two processes running the same job at once (FerretDB has no atomic read-modify-write to arbitrate the
 * lease) do the work twice but append nothing twice: each case's `slaRecomputed` carries the idempotency
 * key `calendar:<key>:<revision>:<case>`. Progress figures are then approximate; correctness is not.
 */
import { trusted } from 'mongoose';
import type { Models } from '../../../db/models';
import { AppError, isDuplicateKeyError } from '../../../errors/app-error';
import type { FlowDefinition } from '@parley/engine';
import type { Viewer } from '../../access';
import type { CaseRecord } from '../case.model';
import type { CaseRuntime } from '../runtime/case-runtime.service';
import { caseRuntimeOf } from '../runtime/case-runtime.service';
import type { SlaRecomputeProgressDoc } from './calendar/sla-calendar.model';
import { slaMoveOf } from './sla-move';
import { headRevision, loadCalendars, shippedCalendarKeys } from './calendar/sla-calendar.store';

export const CALENDAR_VIEWER: Viewer = { kind: 'system', name: 'calendar' };
/** Cases per page: progress is stored after each page. */
const PAGE = 25;
/** How long a running process holds a job without storing progress before another may resume it. */
export const RECOMPUTE_LEASE_MS = 60_000;

export const OPEN_STATUSES: ('OPEN' | 'PAUSED')[] = ['OPEN', 'PAUSED'];

/** Records the job for (key, revision) (once); returns its record. */
export async function startRecompute(
  models: Models,
  key: string,
  revision: number,
): Promise<SlaRecomputeProgressDoc> {
  const existing = await models.SlaRecomputeProgress.findOne({ key, revision })
    .lean<SlaRecomputeProgressDoc>()
    .exec();
  if (existing) return existing;
  const total = await models.Case.countDocuments({ status: trusted({ $in: OPEN_STATUSES }) }).exec();
  const now = new Date();
  try {
    await models.SlaRecomputeProgress.create({
      key,
      revision,
      state: 'RUNNING',
      total,
      done: 0,
      moved: 0,
      after: null,
      leaseUntil: new Date(now.getTime() + RECOMPUTE_LEASE_MS),
      startedAt: now,
      finishedAt: null,
    });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  return (await models.SlaRecomputeProgress.findOne({ key, revision })
    .lean<SlaRecomputeProgressDoc>()
    .exec())!;
}

/**
 * Runs (or resumes) the job for (key, revision) to the end. Returns the number of cases whose due time
 * was recomputed over the whole job. Idempotent; a finished job returns at once.
 */
export async function runRecompute(models: Models, key: string, revision: number): Promise<number> {
  const job = await startRecompute(models, key, revision);
  if (job.state === 'DONE') return job.moved;
  const runtime = caseRuntimeOf(models);
  let { done, moved, after } = job;
  for (;;) {
    const page: CaseRecord[] = await models.Case.find({
      status: trusted({ $in: OPEN_STATUSES }),
      ...(after ? { _id: trusted({ $gt: after }) } : {}),
    })
      .sort({ _id: 1 })
      .limit(PAGE)
      .lean<CaseRecord[]>()
      .exec();
    for (const c of page) if (await recomputeCase(runtime, c, key, revision)) moved++;
    done += page.length;
    after = page.at(-1)?._id ?? after;
    const last = page.length < PAGE;
    await models.SlaRecomputeProgress.updateOne(
      { _id: job._id },
      {
        $set: {
          done,
          moved,
          after,
          leaseUntil: new Date(Date.now() + RECOMPUTE_LEASE_MS),
          ...(last ? { state: 'DONE', finishedAt: new Date() } : {}),
        },
      },
    ).exec();
    if (last) break;
  }
  try {
    await models.SlaCalendarRecompute.create({ key, revision, casesRecomputed: moved, at: new Date() });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  return moved;
}

/** Compatibility name: runs the job for (key, revision) to the end (see `runRecompute`). */
export const recomputeOpenCases = runRecompute;

/** Attempts per case when a command appends to it between the recompute's read and its append. */
const ATTEMPTS = 5;

/**
 * One case: `slaRecomputed` when its due time moves or its provisional mark changes (a year's notice
 * entered: the projection's `dueAtProvisional` clears with the append), `slaCalendarChecked` when it
 * stands, so that every open case counting on the calendar names the new revision in its projection
 * (`calendarRevisions`: the command path's calendar cache relies on it, docs/database.md). The SLA timers
 * follow the append. A command that appends first makes the append conflict: read again and retry.
 */
async function recomputeCase(
  runtime: CaseRuntime,
  c: CaseRecord,
  key: string,
  revision: number,
): Promise<boolean> {
  const definition = await runtime.definition(c.templateKey, c.version);
  if (!countsOn(definition, key)) return false;
  const calendars = await loadCalendars(runtime.models);
  for (let attempt = 1; ; attempt++) {
    try {
      const outcome = await runtime.run(
        CALENDAR_VIEWER,
        c._id,
        'slaRecompute',
        { calendarKey: key, revision },
        (current, state, def) => {
          const move = slaMoveOf(current, state, def, calendars, key);
          if (!move)
            return { kind: 'host', type: 'slaCalendarChecked', data: { calendarKey: key, revision } };
          return {
            kind: 'host',
            type: 'slaRecomputed',
            data: {
              calendarKey: key,
              revision,
              from: move.from ? move.from.toISOString() : null,
              to: move.to.toISOString(),
              // Only when a provisional year is involved, so older records keep their shape.
              ...(move.provisional ? { provisional: move.provisional } : {}),
            },
          };
        },
        `calendar:${key}:${revision}:${c._id.toHexString()}`,
      );
      return outcome.events[0]?.type === 'slaRecomputed';
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'CONFLICT') || attempt >= ATTEMPTS) throw err;
    }
  }
}

/** Whether a flow's SLA can count on calendar `key` (a rule's policy, or the regulatory clock). */
function countsOn(definition: FlowDefinition, key: string): boolean {
  const sla = definition.sla;
  if (!sla) return false;
  return (
    sla.rules.some((r) => r.policy.calendarId === key) || sla.regulatoryComplaintClock?.calendarId === key
  );
}

/**
 * The sweep's part: resumes every job whose lease ran out (its process stopped), and starts the job of
 * every calendar's head revision that has neither a job nor a completion record. Returns how many ran.
 */
export async function repairCalendarRecomputes(models: Models): Promise<number> {
  let repaired = 0;
  const stalled = await models.SlaRecomputeProgress.find({
    state: 'RUNNING',
    leaseUntil: trusted({ $lt: new Date() }),
  })
    .lean<SlaRecomputeProgressDoc[]>()
    .exec();
  for (const job of stalled) {
    await runRecompute(models, job.key, job.revision);
    repaired++;
  }
  for (const key of shippedCalendarKeys()) {
    const revision = await headRevision(models, key);
    if (revision === 0) continue;
    if (await models.SlaCalendarRecompute.exists({ key, revision }).exec()) continue;
    if (await models.SlaRecomputeProgress.exists({ key, revision }).exec()) continue;
    await runRecompute(models, key, revision);
    repaired++;
  }
  return repaired;
}
