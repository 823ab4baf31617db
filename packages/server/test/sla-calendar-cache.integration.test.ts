/**
 * The command path's calendar cache across processes (sla-calendar.store.ts `calendarsAtLeast`,
 * docs/database.md "The command path of submitStep"). Two connections on one database stand for two
 * server processes, each with its own cache: process 2 changes the calendar and recomputes the open
 * cases; process 1, whose cache still holds the old revision, must not compute a case named with the new
 * one on its old calendar, and once it has loaded the new revision it reads no calendar again.
 */
import {
  addDaysToIsoDate,
  cnStatutoryHolidayPeriods,
  createChinaBusinessCalendar,
  localDateOfInstant,
  type BusinessCalendar,
  type IsoDate,
} from '@parley/engine';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type Database } from '../src/db/connect';
import type { CaseRecord } from '../src/features/cases/case.model';
import { caseRuntimeOf } from '../src/features/cases/runtime/case-runtime.service';
import { bindDataKeys, dataKeysOf } from '../src/features/privacy/data-keys';
import {
  CALENDAR_VIEWER,
  SlaCalendarService,
} from '../src/features/cases/timers/calendar/sla-calendar.service';
import { startHarness, type Harness } from './harness';
import { CLASSIFY, COMPLAINT, OPEN, SUBMIT, ok, openInput, setUpCases, type Staff } from './cases-helpers';

/** A year's holidays and make-up workdays: the calendar's own, or the statutory ones it counts provisionally. */
function scheduleOf(calendar: BusinessCalendar, year: number): { holidays: IsoDate[]; workdays: IsoDate[] } {
  const maintained = calendar.years[String(year)];
  if (maintained) return { holidays: [...maintained.holidays], workdays: [...maintained.makeUpWorkdays] };
  const holidays = new Set<IsoDate>();
  for (const period of cnStatutoryHolidayPeriods(year) ?? []) {
    for (let day = period.from; day <= period.to; day = addDaysToIsoDate(day, 1)) holidays.add(day);
  }
  return { holidays: [...holidays].sort(), workdays: [] };
}

describe('the calendar cache of the command path, with two processes', () => {
  let h: Harness;
  let staff: Staff;
  let other: Database;
  beforeAll(async () => {
    h = await startHarness({}, { monitorCommands: true });
    staff = await setUpCases(h);
    other = await connectDatabase(inject('mongodbUri'), h.db.conn.name);
    // The same data keys as process 1 (a second server process of one deployment reads the same ones).
    bindDataKeys(other.models, dataKeysOf(h.db.models));
  }, 120_000);
  afterAll(async () => {
    await other?.close();
    await h?.close();
  });

  async function collectionsOf(run: () => Promise<unknown>): Promise<string[]> {
    const seen: string[] = [];
    const listener = (e: { commandName: string; command: Record<string, unknown> }) => {
      const collection = e.command[e.commandName];
      seen.push(typeof collection === 'string' ? collection : e.commandName);
    };
    const client = h.db.models.Case.db.getClient();
    client.on('commandStarted', listener);
    try {
      await run();
    } finally {
      client.off('commandStarted', listener);
    }
    return seen;
  }
  const stored = async (id: Types.ObjectId) =>
    (await h.db.models.Case.findById(id).lean<CaseRecord>().exec())!;

  it('reloads the calendar for a case that names a newer revision, then serves it from the cache', async () => {
    const opened = ok(
      await h.gql<{ openCase: { case: { id: string } } }>(OPEN, { input: openInput() }, { as: staff.agent }),
    ).openCase.case.id;
    const caseId = new Types.ObjectId(Buffer.from(opened, 'base64url').toString('utf8').split(':')[1]);
    ok(await h.gql(SUBMIT, { id: opened, step: 'receive', data: COMPLAINT }, { as: staff.agent }));
    const before = await stored(caseId);
    expect(before.dueAt).not.toBeNull();
    const revisionBefore = before.calendarRevisions?.['cn-mainland'] ?? 0;

    // Process 2: the complaint's last day becomes a holiday; its recompute appends to the open case.
    // The period ends at 24:00 of its last day, i.e. at 00:00 of the next: the last day is a ms before.
    const dueDay = localDateOfInstant(new Date(before.dueAt!.getTime() - 1).toISOString(), 'Asia/Shanghai');
    const year = Number(dueDay.slice(0, 4));
    const schedule = scheduleOf(createChinaBusinessCalendar(), year);
    const changed = await new SlaCalendarService(other.models).update(
      CALENDAR_VIEWER,
      'cn-mainland',
      { year, holidays: [...schedule.holidays, dueDay], workdays: schedule.workdays },
      '临时增加假日',
    );
    const revision = changed.calendar.revision;
    expect(revision).toBe(revisionBefore + 1);
    const recomputed = await stored(caseId);
    expect(recomputed.calendarRevisions).toEqual({ 'cn-mainland': revision });
    expect(recomputed.dueAt!.getTime()).toBeGreaterThan(before.dueAt!.getTime());

    // Process 1 still caches the old revision: this command must read the calendar and use the new one.
    const first = await collectionsOf(() =>
      h.gql(SUBMIT, { id: opened, step: 'classify', data: CLASSIFY }, { as: staff.agent }).then(ok),
    );
    expect(first).toContain('sla_calendars');
    const after = await stored(caseId);
    expect(after.calendarRevisions).toEqual({ 'cn-mainland': revision });
    const fromLog = await caseRuntimeOf(h.db.models).projectFromLog(caseId);
    expect(after.dueAt).toEqual(fromLog.dueAt);
    expect(after.dueAt!.getTime()).toBe(recomputed.dueAt!.getTime());

    // Its cache is now at the new revision: the next command on a case is the three commands again.
    const second = ok(
      await h.gql<{ openCase: { case: { id: string } } }>(OPEN, { input: openInput() }, { as: staff.agent }),
    ).openCase.case.id;
    ok(await h.gql(SUBMIT, { id: second, step: 'receive', data: COMPLAINT }, { as: staff.agent }));
    const next = await collectionsOf(() =>
      h.gql(SUBMIT, { id: second, step: 'classify', data: CLASSIFY }, { as: staff.agent }).then(ok),
    );
    expect(next).toEqual(['cases', 'case_events', 'cases']);
  });

  it('stamps an open case whose due time the change leaves as it was (slaCalendarChecked)', async () => {
    const opened = ok(
      await h.gql<{ openCase: { case: { id: string } } }>(OPEN, { input: openInput() }, { as: staff.agent }),
    ).openCase.case.id;
    const caseId = new Types.ObjectId(Buffer.from(opened, 'base64url').toString('utf8').split(':')[1]);
    const before = await stored(caseId);
    // A year far from the case's window: nothing moves, yet the case names the new revision.
    const year = Number(localDateOfInstant(before.openedAt.toISOString(), 'Asia/Shanghai').slice(0, 4)) + 3;
    const schedule = scheduleOf(createChinaBusinessCalendar(), year);
    const changed = await new SlaCalendarService(other.models).update(
      CALENDAR_VIEWER,
      'cn-mainland',
      { year, holidays: schedule.holidays, workdays: schedule.workdays },
      '录入远期假日',
    );
    const after = await stored(caseId);
    expect(after.dueAt).toEqual(before.dueAt);
    expect(after.calendarRevisions).toEqual({ 'cn-mainland': changed.calendar.revision });
    const types = (await h.db.models.CaseEvent.find({ caseId, seq: after.seq }).lean().exec()).map(
      (e) => e.type,
    );
    expect(types).toEqual(['slaCalendarChecked']);
  });
});
