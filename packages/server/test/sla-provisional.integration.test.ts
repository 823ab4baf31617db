/**
 * Deadlines in a year nobody has entered yet (docs/timers.md "Provisional years"): in December 2026
 * (the case clock, never the wall clock) the engine ships the 2025 and 2026 notices only. A complaint
 * whose clocks reach January 2027 gets provisional deadlines — weekends and the statutory holidays —
 * in `Case.sla`, `Case.dueAtProvisional` and `Case.complaintClock`, instead of an error. When a
 * supervisor enters 2027 with `updateSlaCalendar`, the open cases are recomputed: the marks clear and
 * a due time moves where the notice differs from the law alone (`slaRecomputed`, timers moved, once).
 * A year beyond the shipped lunar table (2101) is still refused.
 */
import { trusted, Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { recomputeOpenCases } from '../src/features/cases/timers/calendar/sla-calendar.service';
import type { TimerDoc } from '../src/features/scheduler/timer.model';
import { startHarness, type Harness } from './harness';
import { OPEN, ok, openInput, setUpCases, type CaseResult, type Staff } from './cases-helpers';

const localId = (globalId: string) =>
  new Types.ObjectId(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

const VIEW = `query($id: ID!) { case(id: $id) { dueAt dueAtProvisional
  sla { dueAt provisional provisionalYears }
  complaintClock { deadline provisional provisionalYears extensions { days } } } }`;
const UPDATE_CALENDAR = `mutation($key: String!, $input: SlaCalendarYearInput!, $reason: String!) {
  updateSlaCalendar(key: $key, input: $input, reason: $reason) { calendar { years revision } casesRecomputed } }`;
const EXTEND = `mutation($id: ID!, $reason: String!) {
  extendComplaintDeadline(caseId: $id, reason: $reason) { case { id } } }`;

interface View {
  dueAt: string | null;
  dueAtProvisional: boolean;
  sla: { dueAt: string; provisional: boolean; provisionalYears: number[] } | null;
  complaintClock: {
    deadline: string;
    provisional: boolean;
    provisionalYears: number[];
    extensions: { days: number }[];
  } | null;
}

describe('provisional deadlines in a year without a holiday notice', () => {
  let h: Harness;
  let staff: Staff;
  let now = new Date('2026-12-18T10:00:00+08:00'); // a Friday
  const cases: Record<'extended' | 'plain', { id: string; caseId: Types.ObjectId }> = {} as never;

  beforeAll(async () => {
    h = await startHarness();
    setCaseClock(h.db.models, () => now);
    staff = await setUpCases(h);
    // The complaint flow with its regulatory clock, timed in 10 working days (the calendar matters).
    const created = ok(
      await h.gql<{
        createFlowTemplate: { draft: { revision: number; definition: Record<string, unknown> } };
      }>(
        `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision definition } } }`,
        {
          input: {
            key: 'complaint-10wd',
            name: { zh: '投诉（十个工作日）', en: 'Complaint (10 working days)' },
            kind: 'COMPLAINT',
            fromSeed: 'complaint-handling',
          },
        },
      ),
    ).createFlowTemplate.draft;
    const definition = structuredClone(created.definition);
    definition['sla'] = {
      ...(definition['sla'] as Record<string, unknown>),
      rules: [
        {
          policy: {
            id: 'complaint-10wd',
            name: { zh: '十个工作日', en: 'Ten working days' },
            calendarId: 'cn-mainland',
            target: { amount: 10, unit: 'workingDays' },
            warnAtPercent: [50],
          },
        },
      ],
    };
    const saved = ok(
      await h.gql<{ saveFlowDraft: { revision: number } }>(
        `mutation($key: String!, $base: Int!, $def: JSON!) { saveFlowDraft(key: $key, baseRevision: $base, definition: $def) { revision } }`,
        { key: 'complaint-10wd', base: created.revision, def: definition },
      ),
    ).saveFlowDraft.revision;
    ok(
      await h.gql(
        `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
        { key: 'complaint-10wd', base: saved },
      ),
    );
  });
  afterAll(async () => {
    if (h) setCaseClock(h.db.models, null);
    await h?.close();
  });

  const models = () => h.db.models;
  async function open(): Promise<{ id: string; caseId: Types.ObjectId }> {
    const opened = ok(
      await h.gql<{ openCase: CaseResult }>(
        OPEN,
        { input: openInput({ templateKey: 'complaint-10wd' }) },
        { as: staff.agent },
      ),
    ).openCase;
    return { id: opened.case.id, caseId: localId(opened.case.id) };
  }
  const view = async (id: string) => ok(await h.gql<{ case: View }>(VIEW, { id }, { as: staff.agent })).case;
  const pendingBreach = async (caseId: Types.ObjectId) =>
    (
      await models()
        .Timer.find({
          'payload.caseId': caseId.toHexString(),
          kind: trusted({ $in: ['sla-breach'] }),
          status: 'pending',
        })
        .lean<TimerDoc[]>()
        .exec()
    ).map((t) => t.dueAt.toISOString());
  const recomputed = (caseId: Types.ObjectId) =>
    models().CaseEvent.find({ caseId, type: 'slaRecomputed' }).lean().exec();

  it('gives provisional deadlines reaching into 2027 instead of an error', async () => {
    cases.plain = await open();
    const plain = await view(cases.plain.id);
    // 10 working days from Fri 18 Dec 10:00: 31 Dec ends with 9 days 14 h; 1 Jan is 元旦 by law,
    // 2–3 Jan the weekend → Monday 4 January 2027, 10:00 (Shanghai).
    expect(plain.sla).toEqual({
      dueAt: '2027-01-04T02:00:00.000Z',
      provisional: true,
      provisionalYears: [2027],
    });
    expect(plain).toMatchObject({ dueAt: '2027-01-04T02:00:00.000Z', dueAtProvisional: true });
    // 18 Dec + 15 days = Saturday 2 January → Monday 4 January, 24:00.
    expect(plain.complaintClock).toMatchObject({
      deadline: '2027-01-04T16:00:00.000Z',
      provisional: true,
      provisionalYears: [2027],
    });
    expect(await pendingBreach(cases.plain.caseId)).toEqual(['2027-01-04T02:00:00.000Z']);

    cases.extended = await open();
    now = new Date('2026-12-21T10:00:00+08:00');
    ok(await h.gql(EXTEND, { id: cases.extended.id, reason: '需调取录音核实' }, { as: staff.agent }));
    const extended = await view(cases.extended.id);
    // 18 Dec + 30 days = Sunday 17 January 2027 → Monday 18 January, 24:00: provisional.
    expect(extended.complaintClock).toMatchObject({
      deadline: '2027-01-18T16:00:00.000Z',
      provisional: true,
      provisionalYears: [2027],
      extensions: [{ days: 15 }],
    });
    // The SLA in force is stretched to 30 calendar days, counted as the complaint clock counts them: the
    // same deadline, provisional like it (it moved past 2027's rest days).
    expect(extended.sla).toEqual({
      dueAt: '2027-01-18T16:00:00.000Z',
      provisional: true,
      provisionalYears: [2027],
    });
    expect(extended.dueAtProvisional).toBe(true);
  });

  it('recomputes open cases when a supervisor enters 2027: the marks clear, a differing notice moves the due time', async () => {
    // A notice that differs from the law alone: Monday 4 January off, Saturday 9 January worked.
    const changed = ok(
      await h.gql<{
        updateSlaCalendar: { calendar: { years: number[]; revision: number }; casesRecomputed: number };
      }>(UPDATE_CALENDAR, {
        key: 'cn-mainland',
        input: { year: 2027, holidays: ['2027-01-01', '2027-01-04'], workdays: ['2027-01-09'] },
        reason: '国务院办公厅 2027 年部分节假日安排（测试）',
      }),
    ).updateSlaCalendar;
    expect(changed.calendar).toEqual({ years: [2025, 2026, 2027], revision: 1 });
    // Both open cases counted 2027: the plain one and the extended complaint.
    expect(changed.casesRecomputed).toBe(2);

    const plain = await view(cases.plain.id);
    // Jan 4 is now a holiday: the tenth working day is Tuesday 5 January.
    expect(plain.sla).toEqual({
      dueAt: '2027-01-05T02:00:00.000Z',
      provisional: false,
      provisionalYears: [],
    });
    expect(plain).toMatchObject({ dueAt: '2027-01-05T02:00:00.000Z', dueAtProvisional: false });
    expect(plain.complaintClock).toMatchObject({
      deadline: '2027-01-05T16:00:00.000Z',
      provisional: false,
      provisionalYears: [],
    });
    expect((await recomputed(cases.plain.caseId)).map((e) => e.data)).toEqual([
      {
        calendarKey: 'cn-mainland',
        revision: 1,
        from: '2027-01-04T02:00:00.000Z',
        to: '2027-01-05T02:00:00.000Z',
        provisional: { from: true, to: false },
      },
    ]);
    expect(await pendingBreach(cases.plain.caseId)).toEqual(['2027-01-05T02:00:00.000Z']);

    // The extended complaint: same deadline (Monday 18 January is a working day), now firm.
    const extended = await view(cases.extended.id);
    expect(extended.complaintClock).toMatchObject({
      deadline: '2027-01-18T16:00:00.000Z',
      provisional: false,
      provisionalYears: [],
    });
    expect(extended.sla).toMatchObject({ dueAt: '2027-01-18T16:00:00.000Z', provisional: false });
    expect((await recomputed(cases.extended.caseId)).map((e) => e.data)).toEqual([
      {
        calendarKey: 'cn-mainland',
        revision: 1,
        from: '2027-01-18T16:00:00.000Z',
        to: '2027-01-18T16:00:00.000Z',
        provisional: { from: true, to: false },
      },
    ]);

    // A re-run (the sweep after a crash) records nothing twice.
    await recomputeOpenCases(models(), 'cn-mainland', 1);
    expect(await recomputed(cases.plain.caseId)).toHaveLength(1);
  });

  it('still refuses a year beyond the shipped statutory table (2101)', async () => {
    now = new Date('2100-12-28T10:00:00+08:00');
    const late = await open();
    expect((await models().Case.findById(late.caseId).lean().exec())?.dueAt).toBeNull();
    const res = await h.gql<{ case: View }>(VIEW, { id: late.id }, { as: staff.agent });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors?.[0]?.message).toContain('CALENDAR_YEAR_NOT_MAINTAINED');
    expect(res.errors?.[0]?.message).toContain('2101');
  });
});
