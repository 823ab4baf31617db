/**
 * SLA timers, calendars, the regulatory complaint clock and follow-ups, end to end against the real
 * embedded database (docs/timers.md): a case on a flow with an SLA policy gets its warning and breach
 * timers with the open; the runner (driven with a fake clock) fires each once even with two runners,
 * and the `slaAlerts` subscription receives them; pausing the clock moves the due time and makes the
 * old timer a no-op; a calendar change recomputes open cases (`slaRecomputed`), idempotently; bad
 * calendar input is refused with its field path; the complaint clock goes 15 → 30 → 60 days with
 * approval; a return-visit timer opens its step when due.
 */
import {
  addDaysToIsoDate,
  cnStatutoryHolidayPeriods,
  createChinaBusinessCalendar,
  isWorkingDay,
  localDateOfInstant,
  type BusinessCalendar,
  type IsoDate,
} from '@parley/engine';
import { createClient, type Client } from 'graphql-ws';
import { trusted, Types } from 'mongoose';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { CaseRuntime } from '../src/features/cases/runtime/case-runtime.service';
import { fireSlaTimer } from '../src/features/cases/timers/case-sla-handlers';
import { caseTimerHandlers, TIMER_VIEWER } from '../src/features/cases/timers/case-timer-handlers';
import { dataKeysOf } from '../src/features/privacy/data-keys';
import { startTimerRunner, type TimerRunner } from '../src/features/scheduler/timer-runner';
import type { TimerDoc } from '../src/features/scheduler/timer.model';
import { syncOpenSlaTimers } from '../src/features/cases/timers/case-sla-handlers';
import {
  recomputeOpenCases,
  repairCalendarRecomputes,
} from '../src/features/cases/timers/calendar/sla-calendar.service';
import { advanceWallClock } from '../../../test-support/shifted-clock';
import { startHarness, type Harness } from './harness';
import { untilListening } from './realtime-helpers';
import { OPEN, code, ok, openInput, setUpCases, type CaseResult, type Staff } from './cases-helpers';

const logger = createLogger('silent');

/**
 * A year's holidays and make-up workdays as a supervisor would enter them: the calendar's own, or for a
 * year without a notice the statutory holidays it is counted with provisionally.
 */
function scheduleOf(calendar: BusinessCalendar, year: number): { holidays: IsoDate[]; workdays: IsoDate[] } {
  const maintained = calendar.years[String(year)];
  if (maintained) return { holidays: [...maintained.holidays], workdays: [...maintained.makeUpWorkdays] };
  // A set: two periods may share a day (the Mid-Autumn Festival inside the National Day week).
  const holidays = new Set<IsoDate>();
  for (const period of cnStatutoryHolidayPeriods(year) ?? []) {
    for (let day = period.from; day <= period.to; day = addDaysToIsoDate(day, 1)) holidays.add(day);
  }
  return { holidays: [...holidays].sort(), workdays: [] };
}
const localId = (globalId: string) =>
  new Types.ObjectId(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const PASSWORD = 'correct horse battery';

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const SLA = `query($id: ID!) { case(id: $id) { dueAt sla { calendarKey startedAt warningAt dueAt breachedAt escalationLevel paused provisional }
  complaintClock { receivedAt deadline extensions { days reason by approvedBy at } }
  followUps { id kind stepKey dueAt done } activeSteps } }`;
const UPDATE_CALENDAR = `mutation($key: String!, $input: SlaCalendarYearInput!, $reason: String!) {
  updateSlaCalendar(key: $key, input: $input, reason: $reason) { calendar { key timeZone years revision } casesRecomputed } }`;
const EXTEND = `mutation($id: ID!, $reason: String!, $approvedBy: ID, $key: String) {
  extendComplaintDeadline(caseId: $id, reason: $reason, approvedBy: $approvedBy, idempotencyKey: $key) { case { id } events { type data } } }`;

interface SlaView {
  dueAt: string | null;
  sla: {
    calendarKey: string;
    startedAt: string;
    warningAt: string | null;
    dueAt: string | null;
    breachedAt: string | null;
    escalationLevel: number;
    paused: boolean;
    provisional: boolean;
  } | null;
  complaintClock: {
    receivedAt: string;
    deadline: string;
    extensions: { days: number; reason: string; by: string | null; approvedBy: string | null; at: string }[];
  } | null;
  followUps: { id: string; kind: string; stepKey: string; dueAt: string; done: boolean }[];
  activeSteps: string[];
}

describe('SLA timers, calendars, complaint clock and follow-ups', () => {
  let h: Harness;
  let staff: Staff;
  let director: string;
  let directorId: string;
  const runners: TimerRunner[] = [];
  const clients: Client[] = [];

  async function publishFrom(
    key: string,
    seed: string,
    kind: string,
    edit?: (d: Record<string, unknown>) => void,
  ) {
    const created = ok(
      await h.gql<{
        createFlowTemplate: { draft: { revision: number; definition: Record<string, unknown> } };
      }>(
        `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision definition } } }`,
        { input: { key, name: { zh: key, en: key }, kind, fromSeed: seed } },
      ),
    ).createFlowTemplate.draft;
    let base = created.revision;
    if (edit) {
      const definition = structuredClone(created.definition);
      edit(definition);
      base = ok(
        await h.gql<{ saveFlowDraft: { revision: number } }>(
          `mutation($key: String!, $base: Int!, $def: JSON!) { saveFlowDraft(key: $key, baseRevision: $base, definition: $def) { revision } }`,
          { key, base, def: definition },
        ),
      ).saveFlowDraft.revision;
    }
    ok(
      await h.gql(
        `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
        { key, base },
      ),
    );
  }

  beforeAll(async () => {
    h = await startHarness({ PARLEY_REALTIME_POLL_MS: '50' });
    staff = await setUpCases(h);
    // A complaint flow timed in working days (the calendar matters), warning at 50 %, two escalations.
    await publishFrom('complaint-wd', 'complaint-handling', 'COMPLAINT', (d) => {
      d['sla'] = {
        rules: [
          {
            policy: {
              id: 'complaint-3wd',
              name: { zh: '三个工作日', en: 'Three working days' },
              calendarId: 'cn-mainland',
              target: { amount: 3, unit: 'workingDays' },
              warnAtPercent: [50],
              escalation: { every: { amount: 1, unit: 'workingDays' }, maxEscalations: 2 },
            },
          },
        ],
      };
    });
    await publishFrom('satisfaction-follow-up', 'satisfaction-follow-up', 'SURVEY_FOLLOW_UP');
    ok(
      await h.gql(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
        input: {
          key: 'complaint-director',
          name: { zh: '投诉总监', en: 'Complaint director' },
          permissions: ['case.read', 'case.work'],
        },
      }),
    );
    directorId = ok(
      await h.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: {
            username: 'director',
            displayName: 'director',
            password: PASSWORD,
            roles: ['complaint-director', 'service-dept'],
            departments: ['CUSTOMER_SERVICE'],
          },
        },
      ),
    ).createUser.id;
    director = await h.login('director', PASSWORD);
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await Promise.all(clients.map((c) => c.dispose()));
    await h?.close();
  });

  const models = () => h.db.models;
  /** A runner whose clock says `now` ("time passes" without touching the timers). */
  const runner = (now: Date): TimerRunner => {
    const r = startTimerRunner({
      models: models(),
      logger,
      handlers: caseTimerHandlers(models()),
      intervalMs: 30,
      retryBaseMs: 50,
      clock: () => now,
    });
    runners.push(r);
    return r;
  };
  const stopAll = async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
  };

  async function open(templateKey: string): Promise<{ id: string; caseId: Types.ObjectId }> {
    const opened = ok(
      await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput({ templateKey }) }, { as: staff.agent }),
    ).openCase;
    return { id: opened.case.id, caseId: localId(opened.case.id) };
  }
  const view = async (id: string, as = staff.agent) =>
    ok(await h.gql<{ case: SlaView }>(SLA, { id }, { as })).case;
  const slaTimers = (caseId: Types.ObjectId, status?: string) =>
    models()
      .Timer.find({
        'payload.caseId': caseId.toHexString(),
        kind: trusted({ $in: ['sla-warning', 'sla-breach'] }),
        ...(status ? { status: status as TimerDoc['status'] } : {}),
      })
      .sort({ dueAt: 1 })
      .lean<TimerDoc[]>()
      .exec();
  const count = (caseId: Types.ObjectId, type: string) =>
    models().CaseEvent.countDocuments({ caseId, type }).exec();
  const timerStatus = async (key: string) =>
    (await models().Timer.findOne({ key }).lean<TimerDoc>().exec())?.status;

  it('schedules warning and breach timers with the open; two runners fire each once; slaAlerts receives them', async () => {
    const { id, caseId } = await open('complaint-wd');
    const pending = await slaTimers(caseId, 'pending');
    expect(pending.map((t) => [t.kind, t.payload['point'], t.payload['ruleKey']])).toEqual([
      ['sla-warning', 'warning-0', 'complaint-3wd'],
      ['sla-breach', 'breach-0', 'complaint-3wd'],
    ]);
    const [warning, breach] = pending as [TimerDoc, TimerDoc];
    const v = await view(id);
    expect(v.sla).toMatchObject({
      calendarKey: 'cn-mainland',
      paused: false,
      escalationLevel: 0,
      breachedAt: null,
    });
    expect(new Date(v.sla!.dueAt!).getTime()).toBe(breach.dueAt.getTime());
    expect(new Date(v.dueAt!).getTime()).toBe(breach.dueAt.getTime());
    expect(new Date(v.sla!.warningAt!).getTime()).toBe(warning.dueAt.getTime());
    expect(breach.key).toMatch(
      new RegExp(`^case:${caseId.toHexString()}:sla:complaint-3wd:breach-0:\\d+\\.\\d+$`),
    );

    const client = createClient({
      url: h.server.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: { authorization: h.admin },
    });
    clients.push(client);
    const alerts: { kind: string; ruleKey: string | null; escalationLevel: number | null; caseId: string }[] =
      [];
    const received = new Promise<void>((resolve, reject) => {
      client.subscribe<{ slaAlerts: (typeof alerts)[number] }>(
        { query: 'subscription { slaAlerts { caseId kind ruleKey escalationLevel seq } }' },
        {
          next: (r) => {
            if (r.errors) reject(new Error(JSON.stringify(r.errors)));
            if (r.data) alerts.push(r.data.slaAlerts);
            if (alerts.length >= 2) resolve();
          },
          error: reject,
          complete: () => resolve(),
        },
      );
    });
    await untilListening(models(), 1);

    // Past the warning only: two runners together fire the warning once.
    runner(new Date(warning.dueAt.getTime() + 1000));
    runner(new Date(warning.dueAt.getTime() + 1000));
    await waitFor(async () => (await timerStatus(warning.key)) === 'fired');
    await stopAll();
    expect(await count(caseId, 'slaWarned')).toBe(1);
    expect(await timerStatus(breach.key)).toBe('pending');

    // Past the breach: fired once; the first escalation is timed next.
    runner(new Date(breach.dueAt.getTime() + 1000));
    runner(new Date(breach.dueAt.getTime() + 1000));
    await waitFor(async () => (await timerStatus(breach.key)) === 'fired');
    await stopAll();
    expect(await count(caseId, 'slaBreached')).toBe(1);
    const next = await slaTimers(caseId, 'pending');
    expect(next.map((t) => t.payload['point'])).toEqual(['breach-1']);
    expect(next[0]!.dueAt.getTime()).toBeGreaterThan(breach.dueAt.getTime());

    // A second firing of the same timer (at-least-once) replays: no new event.
    const runtime = new CaseRuntime(models(), dataKeysOf(models()));
    await fireSlaTimer(runtime, TIMER_VIEWER, { ...breach, attempt: 2 });
    expect(await count(caseId, 'slaBreached')).toBe(1);

    await received;
    expect(alerts.filter((a) => a.caseId === id)).toMatchObject([
      { kind: 'WARNING', ruleKey: 'complaint-3wd', escalationLevel: null },
      { kind: 'BREACH', ruleKey: 'complaint-3wd', escalationLevel: 1 },
    ]);
    const after = await view(id);
    expect(after.sla).toMatchObject({ escalationLevel: 1 });
    expect(after.sla!.breachedAt).not.toBeNull();
  });

  it('pausing stops the timers, resuming moves the due time; the old timer firing is a no-op', async () => {
    // Calendar days: every paused second moves the due time, whatever the hour.
    const { id, caseId } = await open('complaint-handling');
    const [, before] = (await slaTimers(caseId, 'pending')) as [TimerDoc, TimerDoc];
    expect(before.payload['point']).toBe('breach-0');
    ok(
      await h.gql(
        `mutation($id: ID!) { pauseCaseClock(caseId: $id, reason: "等待客户材料") { case { status } } }`,
        { id },
        { as: staff.agent },
      ),
    );
    expect(await slaTimers(caseId, 'pending')).toEqual([]);
    expect(await timerStatus(before.key)).toBe('cancelled');
    expect((await view(id)).sla!.paused).toBe(true);
    // 1.2 s pass while paused (the process's wall clock, the case clock's default, moves on).
    advanceWallClock(1200);
    ok(
      await h.gql(
        `mutation($id: ID!) { resumeCaseClock(caseId: $id) { case { status } } }`,
        { id },
        { as: staff.agent },
      ),
    );
    const after = (await slaTimers(caseId, 'pending')).find((t) => t.payload['point'] === 'breach-0')!;
    expect(after.key).not.toBe(before.key);
    expect(after.dueAt.getTime() - before.dueAt.getTime()).toBeGreaterThanOrEqual(1200);
    const v = await view(id);
    expect(new Date(v.dueAt!).getTime()).toBe(after.dueAt.getTime());
    expect(v.sla!.paused).toBe(false);

    const runtime = new CaseRuntime(models(), dataKeysOf(models()));
    expect(await fireSlaTimer(runtime, TIMER_VIEWER, { ...before, attempt: 1 })).toBe('stale');
    expect(await count(caseId, 'slaBreached')).toBe(0);
  });

  it('updateSlaCalendar adds a year and a holiday; open cases are recomputed once, timers follow', async () => {
    const shipped = createChinaBusinessCalendar();
    const listed = ok(
      await h.gql<{ slaCalendars: { key: string; years: number[]; revision: number }[] }>(
        `{ slaCalendars { key timeZone years revision } }`,
        {},
        { as: staff.agent },
      ),
    ).slaCalendars;
    expect(listed).toEqual([
      expect.objectContaining({ key: 'cn-mainland', years: [2025, 2026], revision: 0 }),
    ]);

    // A supervisor adds 2027 (the engine ships 2025–2026).
    const year2027 = {
      year: 2027,
      holidays: ['2027-01-01', '2027-10-01'] as IsoDate[],
      workdays: ['2027-09-26'] as IsoDate[],
    };
    const added = ok(
      await h.gql<{ updateSlaCalendar: { calendar: { years: number[]; revision: number } } }>(
        UPDATE_CALENDAR,
        { key: 'cn-mainland', input: year2027, reason: '国务院办公厅 2027 年放假安排' },
      ),
    ).updateSlaCalendar;
    // The calendar in effect now (a case opened on a day in 2027 runs on the added year).
    const effective: BusinessCalendar = {
      ...shipped,
      years: {
        ...shipped.years,
        '2027': { holidays: year2027.holidays, makeUpWorkdays: year2027.workdays },
      },
    };
    expect(added.calendar).toEqual(expect.objectContaining({ years: [2025, 2026, 2027], revision: 1 }));

    const { id, caseId } = await open('complaint-wd');
    const before = await view(id);
    const oldDue = new Date(before.dueAt!);
    // A working day strictly inside the case's window becomes a holiday.
    const startDay = localDateOfInstant(before.sla!.startedAt, 'Asia/Shanghai');
    const dueDay = localDateOfInstant(oldDue.toISOString(), 'Asia/Shanghai');
    let day: IsoDate | null = null;
    for (let d = new Date(`${startDay}T00:00:00Z`); ;) {
      d = new Date(d.getTime() + 86_400_000);
      const iso = d.toISOString().slice(0, 10) as IsoDate;
      if (iso >= dueDay) break;
      if (isWorkingDay(effective, iso)) {
        day = iso;
        break;
      }
    }
    expect(day, 'a working day inside the window').not.toBeNull();
    const year = Number(day!.slice(0, 4));
    const schedule = scheduleOf(effective, year);
    const changed = ok(
      await h.gql<{ updateSlaCalendar: { calendar: { revision: number }; casesRecomputed: number } }>(
        UPDATE_CALENDAR,
        {
          key: 'cn-mainland',
          input: { year, holidays: [...schedule.holidays, day], workdays: schedule.workdays },
          reason: '临时增加假日',
        },
      ),
    ).updateSlaCalendar;
    expect(changed.calendar.revision).toBe(2);
    expect(changed.casesRecomputed).toBeGreaterThanOrEqual(1);

    const after = await view(id);
    const newDue = new Date(after.dueAt!);
    expect(newDue.getTime() - oldDue.getTime()).toBeGreaterThanOrEqual(86_400_000);
    expect(new Date(after.sla!.dueAt!).getTime()).toBe(newDue.getTime());
    const recorded = await models().CaseEvent.find({ caseId, type: 'slaRecomputed' }).lean().exec();
    expect(recorded.map((e) => e.data)).toEqual([
      {
        calendarKey: 'cn-mainland',
        revision: 2,
        from: oldDue.toISOString(),
        to: newDue.toISOString(),
        // On a day in a year without a notice the old due time was provisional; the entered year clears it.
        ...(before.sla!.provisional ? { provisional: { from: true, to: false } } : {}),
      },
    ]);
    expect(after.sla!.provisional).toBe(false);
    const breach = (await slaTimers(caseId, 'pending')).find((t) => t.payload['point'] === 'breach-0')!;
    expect(breach.dueAt.getTime()).toBe(newDue.getTime());

    // Re-running the recompute (a sweep after a crash) records nothing twice.
    await recomputeOpenCases(models(), 'cn-mainland', 2);
    expect(await count(caseId, 'slaRecomputed')).toBe(1);
    expect(
      await models().SlaCalendarRecompute.countDocuments({ key: 'cn-mainland', revision: 2 }).exec(),
    ).toBe(1);

    const audit = ok(
      await h.gql<{
        configAuditLog: { edges: { node: { action: string; details: { revision: number } } }[] };
      }>(
        `{ configAuditLog(entityType: "SlaCalendar", entityKey: "cn-mainland", first: 10) { edges { node { action details } } } }`,
      ),
    ).configAuditLog.edges.map((e) => e.node);
    expect(audit.map((a) => [a.action, a.details.revision])).toEqual([
      ['slaCalendar.update', 2],
      ['slaCalendar.update', 1],
    ]);
  });

  it('the sweep finishes a recompute a crash cut short and re-creates SLA timers a crash left out', async () => {
    const { id, caseId } = await open('complaint-wd');
    const before = await view(id);
    const oldDue = new Date(before.dueAt!);
    // A crash right after the change was stored: no recompute ran, no timers were re-synced.
    // The added holiday is the last local day the deadline counts. A working-day deadline often ends on a
    // local midnight (opened on a weekend), and that instant's own day is not counted: hence the
    // millisecond before the due time.
    const dueDay = localDateOfInstant(new Date(oldDue.getTime() - 1).toISOString(), 'Asia/Shanghai');
    const year = Number(dueDay.slice(0, 4));
    const current = await models()
      .SlaCalendarChange.findOne({ key: 'cn-mainland', year })
      .sort({ revision: -1 })
      .lean()
      .exec();
    const base = current ?? scheduleOf(createChinaBusinessCalendar(), year);
    const revision = (await models().SlaCalendarChange.countDocuments({ key: 'cn-mainland' }).exec()) + 1;
    await models().SlaCalendarChange.create({
      key: 'cn-mainland',
      revision,
      year,
      holidays: [...base.holidays, dueDay].sort(),
      workdays: base.workdays,
      reason: 'crash test',
      actor: 'system:test',
      at: new Date(),
    });
    expect(await repairCalendarRecomputes(models())).toBe(1);
    const after = await view(id);
    expect(new Date(after.dueAt!).getTime()).toBeGreaterThan(oldDue.getTime());
    expect(await count(caseId, 'slaRecomputed')).toBe(1);
    expect(await repairCalendarRecomputes(models())).toBe(0);

    // Timers lost (the process died between the append and the sync): the sweep schedules them once.
    await models().Timer.deleteMany({ 'payload.caseId': caseId.toHexString() }).exec();
    const runtime = new CaseRuntime(models(), dataKeysOf(models()));
    await Promise.all([
      syncOpenSlaTimers(runtime, new Date(Date.now() - 60_000)),
      syncOpenSlaTimers(runtime, new Date(Date.now() - 60_000)),
    ]);
    const pending = await slaTimers(caseId, 'pending');
    expect(pending.map((t) => t.payload['point'])).toEqual(['warning-0', 'breach-0']);
    expect(pending[1]!.dueAt.getTime()).toBe(new Date(after.dueAt!).getTime());
  });

  it('refuses bad calendar input with its field path and writes nothing; agents may not change calendars', async () => {
    const revisionNow = () => models().SlaCalendarChange.countDocuments({ key: 'cn-mainland' }).exec();
    const before = await revisionNow();
    const cases: [Record<string, unknown>, string, (string | number)[]][] = [
      [
        { key: 'cn-mainland', input: { year: 1999, holidays: [], workdays: [] } },
        'BAD_USER_INPUT',
        ['input', 'year'],
      ],
      [
        { key: 'cn-mainland', input: { year: 2028, holidays: ['2027-12-31'], workdays: [] } },
        'BAD_USER_INPUT',
        ['input', 'holidays', 0],
      ],
      [
        { key: 'cn-mainland', input: { year: 2028, holidays: ['2028-01-01'], workdays: ['2028-01-01'] } },
        'BAD_USER_INPUT',
        ['input', 'workdays', 0],
      ],
      [{ key: 'mars', input: { year: 2028, holidays: [], workdays: [] } }, 'NOT_FOUND', ['key']],
    ];
    for (const [vars, expected, path] of cases) {
      const res = await h.gql(UPDATE_CALENDAR, { reason: '测试', ...vars });
      expect(code(res), JSON.stringify(vars)).toBe(expected);
      expect(res.errors?.[0]?.extensions?.['fieldPath']).toEqual(path);
      expect(res.errors?.[0]?.extensions?.['messages']).toEqual({
        zh: expect.any(String),
        en: expect.any(String),
      });
    }
    const forbidden = await h.gql(
      UPDATE_CALENDAR,
      { key: 'cn-mainland', input: { year: 2028, holidays: [], workdays: [] }, reason: '越权' },
      { as: staff.agent },
    );
    expect(code(forbidden)).toBe('FORBIDDEN');
    expect(await revisionNow()).toBe(before);
  });

  it('extends the complaint clock 15 → 30 → 60 days, the second only with approval; the SLA timers follow', async () => {
    const { id, caseId } = await open('complaint-handling');
    const start = await view(id);
    const received = new Date(start.complaintClock!.receivedAt);
    const deadlineDays = (v: SlaView) =>
      Math.round((new Date(v.complaintClock!.deadline).getTime() - received.getTime()) / 86_400_000);
    expect(deadlineDays(start)).toBeGreaterThanOrEqual(15);
    expect(deadlineDays(start)).toBeLessThan(30);
    const breachBefore = (await slaTimers(caseId, 'pending')).find((t) => t.payload['point'] === 'breach-0')!;

    const first = ok(
      await h.gql<{ extendComplaintDeadline: { events: { type: string }[] } }>(
        EXTEND,
        { id, reason: '需调取录音' },
        { as: staff.agent },
      ),
    ).extendComplaintDeadline;
    expect(first.events.map((e) => e.type)).toContain('deadlineExtended');
    const once = await view(id);
    expect(deadlineDays(once)).toBeGreaterThanOrEqual(30);
    expect(deadlineDays(once)).toBeLessThan(60);
    expect(once.complaintClock!.extensions).toMatchObject([
      { days: 15, reason: '需调取录音', approvedBy: null },
    ]);
    const breachOnce = (await slaTimers(caseId, 'pending')).find((t) => t.payload['point'] === 'breach-0')!;
    // The breach moves with the complaint deadline (Case.dueAt is the clock's deadline): 15 calendar
    // days, give or take the days a last day on a rest day rolls to the next working day.
    const shiftOf = (v: SlaView) =>
      new Date(v.complaintClock!.deadline).getTime() - new Date(start.complaintClock!.deadline).getTime();
    expect(breachOnce.dueAt.getTime() - breachBefore.dueAt.getTime()).toBe(shiftOf(once));
    expect(await timerStatus(breachBefore.key)).toBe('cancelled');

    const unapproved = await h.gql(EXTEND, { id, reason: '案情特别复杂' }, { as: staff.agent });
    expect(code(unapproved)).toBe('EXTENSION_NOT_ALLOWED');
    expect(unapproved.errors?.[0]?.extensions?.['fieldPath']).toEqual(['approvedBy']);
    const unknown = await h.gql(
      EXTEND,
      { id, reason: '案情特别复杂', approvedBy: new Types.ObjectId().toHexString() },
      { as: staff.agent },
    );
    expect(code(unknown)).toBe('NOT_FOUND');
    const notDirector = await h.gql(
      EXTEND,
      { id, reason: '案情特别复杂', approvedBy: staff.agentId },
      { as: staff.agent },
    );
    expect(code(notDirector)).toBe('NOT_AUTHORISED');
    expect(await count(caseId, 'deadlineExtended')).toBe(1);

    ok(
      await h.gql(
        EXTEND,
        { id, reason: '案情特别复杂', approvedBy: directorId, key: 'ext-2' },
        { as: staff.agent },
      ),
    );
    // A retry with the same key replays.
    ok(
      await h.gql(
        EXTEND,
        { id, reason: '案情特别复杂', approvedBy: directorId, key: 'ext-2' },
        { as: staff.agent },
      ),
    );
    const twice = await view(id, director);
    expect(deadlineDays(twice)).toBeGreaterThanOrEqual(60);
    expect(twice.complaintClock!.extensions.map((e) => e.days)).toEqual([15, 30]);
    expect(twice.complaintClock!.extensions[1]!.approvedBy).toBe(localId(directorId).toHexString());
    const breachTwice = (await slaTimers(caseId, 'pending')).find((t) => t.payload['point'] === 'breach-0')!;
    expect(breachTwice.dueAt.getTime() - breachBefore.dueAt.getTime()).toBe(shiftOf(twice));

    const third = await h.gql(EXTEND, { id, reason: '再延', approvedBy: directorId }, { as: staff.agent });
    expect(code(third)).toBe('EXTENSION_NOT_ALLOWED');
    expect(await count(caseId, 'deadlineExtended')).toBe(2);
  });

  it('lists a return visit from its wait step; when due, the timer opens the visit step', async () => {
    const { id } = await open('satisfaction-follow-up');
    const [visit, ...more] = (await view(id)).followUps;
    expect(more).toEqual([]);
    expect(visit).toMatchObject({ kind: 'RETURN_VISIT', stepKey: 'survey', done: false });
    const due = new Date(visit!.dueAt);
    runner(new Date(due.getTime() + 1000));
    await waitFor(async () => (await timerStatus(visit!.id)) === 'fired');
    await stopAll();
    const after = await view(id);
    expect(after.activeSteps).toContain('survey');
    expect(after.followUps).toMatchObject([{ id: visit!.id, done: true }]);
  });
});
