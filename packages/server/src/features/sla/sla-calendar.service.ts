/**
 * Changing a working calendar and recomputing the SLAs of open cases (docs/timers.md "Calendars").
 *
 * `update` validates the whole input first, appends the change as revision n + 1 (unique (key,
 * revision): of two concurrent changes one wins, the other is retried on the new head), records it in
 * the configuration audit log, then recomputes every open case in batches: a case whose due time moves,
 * or whose provisional due time (counted on a year without a notice) becomes firm or the reverse, gets
 * an `slaRecomputed` event (old and new due; idempotency key `calendar:<key>:<revision>`, so a re-run
 * appends nothing twice) and its SLA timers are re-synced. The recompute is finished by a
 * `sla_calendar_recomputes` record; the sweep (`repairCalendarRecomputes`) re-runs any revision that has
 * none — a crash half-way through is repaired by the next sweep.
 */
import { isIsoDate, isoWeekdayOf, validateBusinessCalendar, type IsoDate } from '@parley/engine';
import { trusted, type Types } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError, badInput, isDuplicateKeyError, notFound } from '../../errors/app-error';
import type { Viewer } from '../access/viewer';
import { actorName } from '../access/viewer';
import { ConfigAuditService } from '../audit/config-audit.service';
import type { CaseRecord } from '../cases/case.model';
import { projectedState } from '../cases/case-projection';
import { CaseRuntime } from '../cases/case-runtime.service';
import { caseSla } from '../cases/case-sla';
import { syncSlaTimers } from '../cases/case-sla-timers';
import { dataKeysOf } from '../cases/data-keys';
import {
  headRevision,
  isShippedCalendar,
  loadCalendar,
  loadCalendars,
  overlay,
  shippedCalendarKeys,
} from './sla-calendar.store';

export const CALENDAR_VIEWER: Viewer = { kind: 'system', name: 'calendar' };
const BATCH = 100;

export interface SlaCalendarView {
  key: string;
  timeZone: string;
  years: number[];
  revision: number;
}

export interface CalendarYearInput {
  year: number;
  holidays: readonly string[];
  workdays: readonly string[];
}

/** No append needed: the case's due time is what the calendar gives already. */
class Unchanged extends Error {}

function dates(values: readonly string[], year: number, field: 'holidays' | 'workdays'): IsoDate[] {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    const path = ['input', field, i];
    if (!isIsoDate(value))
      throw badInput(path, { zh: `日期格式无效：${value}`, en: `Not a valid date (YYYY-MM-DD): ${value}` });
    if (!value.startsWith(`${year}-`))
      throw badInput(path, { zh: `日期 ${value} 不在 ${year} 年内。`, en: `${value} is not in ${year}.` });
    if (seen.has(value))
      throw badInput(path, { zh: `日期 ${value} 重复。`, en: `${value} is listed twice.` });
    seen.add(value);
  });
  return [...seen].sort() as IsoDate[];
}

export class SlaCalendarService {
  constructor(private readonly models: Models) {}

  async list(): Promise<SlaCalendarView[]> {
    const out: SlaCalendarView[] = [];
    for (const key of shippedCalendarKeys()) {
      const loaded = await loadCalendar(this.models, key);
      if (loaded) out.push(view(loaded.key, loaded.revision, loaded.calendar));
    }
    return out;
  }

  async update(
    viewer: Viewer,
    key: string,
    input: CalendarYearInput,
    reason: string,
  ): Promise<{ calendar: SlaCalendarView; casesRecomputed: number }> {
    if (!isShippedCalendar(key)) throw notFound({ zh: '工作日历', en: 'calendar' }, ['key']);
    const why = reason.trim();
    if (why.length < 1 || why.length > 500)
      throw badInput(['reason'], { zh: '原因须为 1–500 个字符。', en: 'reason must be 1–500 characters.' });
    const { year } = input;
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw badInput(['input', 'year'], {
        zh: '年份须在 2000–2100 之间。',
        en: 'The year must be between 2000 and 2100.',
      });
    const holidays = dates(input.holidays, year, 'holidays');
    const workdays = dates(input.workdays, year, 'workdays');
    workdays.forEach((day) => {
      const at = input.workdays.indexOf(day);
      if (holidays.includes(day))
        throw badInput(['input', 'workdays', at], {
          zh: `${day} 不能既是假日又是调休工作日。`,
          en: `${day} cannot be both a holiday and a make-up working day.`,
        });
      if (isoWeekdayOf(day) < 6)
        throw badInput(['input', 'workdays', at], {
          zh: `${day} 是周一至周五，本就是工作日，不能作为调休工作日。`,
          en: `${day} is a weekday; only a weekend day can be a make-up working day.`,
        });
    });

    let revision = 0;
    for (let attempt = 0; ; attempt++) {
      const current = await loadCalendar(this.models, key);
      if (!current) throw notFound({ zh: '工作日历', en: 'calendar' }, ['key']);
      const next = overlay(current.calendar, [{ year, holidays, workdays, revision: current.revision + 1 }]);
      const problem = validateBusinessCalendar(next).find(
        (p) => p.severity === 'error' && p.path.startsWith(`years.${year}`),
      );
      if (problem) throw badInput(['input'], { zh: problem.message.zh, en: problem.message.en });
      try {
        revision = current.revision + 1;
        await this.models.SlaCalendarChange.create({
          key,
          revision,
          year,
          holidays,
          workdays,
          reason: why,
          actor: actorName(viewer),
          at: new Date(),
        });
        break;
      } catch (err) {
        if (!isDuplicateKeyError(err) || attempt >= 4) {
          if (isDuplicateKeyError(err))
            throw new AppError('CONFLICT', {
              zh: '工作日历正被他人修改，请重试。',
              en: 'The calendar is being changed by someone else; retry.',
            });
          throw err;
        }
      }
    }
    await new ConfigAuditService(this.models.ConfigAudit).record(viewer, {
      action: 'slaCalendar.update',
      entityType: 'SlaCalendar',
      entityKey: key,
      details: { revision, year, holidays, workdays, reason: why },
    });
    const casesRecomputed = await recomputeOpenCases(this.models, key, revision);
    const after = await loadCalendar(this.models, key);
    return { calendar: view(key, after!.revision, after!.calendar), casesRecomputed };
  }
}

function view(
  key: string,
  revision: number,
  calendar: { timeZone?: string; years: Readonly<Record<string, unknown>> },
): SlaCalendarView {
  return {
    key,
    timeZone: calendar.timeZone ?? 'Asia/Shanghai',
    years: Object.keys(calendar.years)
      .map(Number)
      .sort((a, b) => a - b),
    revision,
  };
}

/**
 * Recomputes the SLA of every open case on calendar `key` at `revision`, in batches by id. Returns the
 * number of cases whose due time moved or lost (or gained) its provisional mark (each got one
 * `slaRecomputed`). Idempotent; records completion.
 */
export async function recomputeOpenCases(models: Models, key: string, revision: number): Promise<number> {
  const runtime = new CaseRuntime(models, dataKeysOf(models));
  let moved = 0;
  let after: Types.ObjectId | null = null;
  for (;;) {
    const page: CaseRecord[] = await models.Case.find({
      status: trusted({ $in: ['OPEN', 'PAUSED'] }),
      ...(after ? { _id: trusted({ $gt: after }) } : {}),
    })
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean<CaseRecord[]>()
      .exec();
    for (const c of page) if (await recomputeCase(runtime, c, key, revision)) moved++;
    if (page.length < BATCH) break;
    after = page[page.length - 1]!._id;
  }
  try {
    await models.SlaCalendarRecompute.create({ key, revision, casesRecomputed: moved, at: new Date() });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  return moved;
}

/**
 * One case: `slaRecomputed` when its due time moves or its provisional mark changes (a year's notice
 * entered: the projection's `dueAtProvisional` clears with the append), then its SLA timers re-synced.
 */
async function recomputeCase(
  runtime: CaseRuntime,
  c: CaseRecord,
  key: string,
  revision: number,
): Promise<boolean> {
  const definition = await runtime.definition(c.templateKey, c.version);
  if (!definition.sla?.rules.some((r) => r.policy.calendarId === key)) return false;
  const calendars = await loadCalendars(runtime.models);
  try {
    const outcome = await runtime.run(
      CALENDAR_VIEWER,
      c._id,
      'slaRecompute',
      { calendarKey: key, revision },
      (current, state, def) => {
        const sla = caseSla(def, state, calendars);
        if (!sla?.ok || sla.plan.calendarKey !== key) throw new Unchanged();
        const to = new Date(sla.plan.evaluation.dueAt);
        const wasProvisional = current.dueAtProvisional === true;
        const provisional = sla.plan.evaluation.provisional;
        if (current.dueAt && current.dueAt.getTime() === to.getTime() && wasProvisional === provisional)
          throw new Unchanged();
        return {
          kind: 'host',
          type: 'slaRecomputed',
          data: {
            calendarKey: key,
            revision,
            from: current.dueAt ? current.dueAt.toISOString() : null,
            to: to.toISOString(),
            // Only when a provisional year is involved, so older records keep their shape.
            ...(wasProvisional || provisional
              ? { provisional: { from: wasProvisional, to: provisional } }
              : {}),
          },
        };
      },
      `calendar:${key}:${revision}:${c._id.toHexString()}`,
    );
    return outcome.events.length > 0;
  } catch (err) {
    if (!(err instanceof Unchanged)) throw err;
    // The due time stands, but a warning or escalation time may have moved: re-sync the timers.
    const fresh = await runtime.models.Case.findById(c._id).lean<CaseRecord>().exec();
    if (fresh)
      await syncSlaTimers(
        runtime.models,
        fresh,
        definition,
        projectedState(fresh, runtime.keys),
        calendars,
        'recompute',
      );
    return false;
  }
}

/** The sweep's part: finishes the recompute of every calendar's head revision that has no record yet. */
export async function repairCalendarRecomputes(models: Models): Promise<number> {
  let repaired = 0;
  for (const key of shippedCalendarKeys()) {
    const revision = await headRevision(models, key);
    if (revision === 0) continue;
    if (await models.SlaCalendarRecompute.exists({ key, revision }).exec()) continue;
    await recomputeOpenCases(models, key, revision);
    repaired++;
  }
  return repaired;
}
