/**
 * Calendar changes seen before and after saving (docs/calendars.md), against the real embedded database,
 * on a fixed case clock (December 2026; the wall clock never decides an answer): the preview of entering
 * 2027 counts exactly the deadlines the save then moves (worked out below by hand), the recompute runs in
 * the background with its progress in the database until done, a job whose process died is resumed by
 * the sweep after the last case it stored, the year view names its days, and bad input is refused at its
 * field path in zh and en. Agents may neither preview nor read a recompute.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { repairCalendarRecomputes } from '../src/features/cases/timers/sla-recompute';
import { startHarness, type Harness } from './harness';
import { OPEN, code, ok, openInput, setUpCases, type CaseResult, type Staff } from './cases-helpers';

const localId = (globalId: string) =>
  new Types.ObjectId(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

const VIEW = `query($id: ID!) { case(id: $id) { reference dueAt sla { dueAt provisional } complaintClock { deadline } } }`;
const PREVIEW = `query($key: String!, $input: SlaCalendarYearInput!) {
  previewSlaCalendarChange(key: $key, input: $input) {
    calendarKey year openCases casesAffected slaMoves complaintMoves
    samples { caseId reference kind from to } } }`;
const UPDATE = `mutation($key: String!, $input: SlaCalendarYearInput!, $reason: String!, $background: Boolean) {
  updateSlaCalendar(key: $key, input: $input, reason: $reason, background: $background) {
    calendar { years revision } casesRecomputed recompute { id calendarKey revision state total done moved } } }`;
const RECOMPUTE = `query($id: ID!) { slaRecompute(id: $id) { id state total done moved finishedAt } }`;
const YEAR = `query($year: Int!) { slaCalendars { key days(year: $year) { year status source
  holidays { date name } workdays { date name } } } }`;

interface Preview {
  calendarKey: string;
  year: number;
  openCases: number;
  casesAffected: number;
  slaMoves: number;
  complaintMoves: number;
  samples: { caseId: string; reference: string; kind: string; from: string | null; to: string }[];
}
interface View {
  reference: string;
  dueAt: string;
  sla: { dueAt: string; provisional: boolean };
  complaintClock: { deadline: string };
}
interface Job {
  id: string;
  state: string;
  total: number;
  done: number;
  moved: number;
  finishedAt: string | null;
}

// A 2027 that differs from the law alone: Monday 4 January off, Saturday 9 January worked.
const YEAR_2027 = {
  year: 2027,
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'],
  workdays: ['2027-01-09'],
  names: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-09', name: '元旦' },
  ],
};

describe('previewing a calendar change, then saving it with progress', () => {
  let h: Harness;
  let staff: Staff;
  let now = new Date('2026-12-18T10:00:00+08:00'); // a Friday
  const ids: Record<'late' | 'early' | 'closed', string> = {} as never;

  beforeAll(async () => {
    h = await startHarness();
    setCaseClock(h.db.models, () => now);
    staff = await setUpCases(h);
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
    const open = async () =>
      ok(
        await h.gql<{ openCase: CaseResult }>(
          OPEN,
          { input: openInput({ templateKey: 'complaint-10wd' }) },
          { as: staff.agent },
        ),
      ).openCase.case.id;
    // Opened Tuesday 1 December: both deadlines fall in 2026 (SLA 15 Dec, complaint 16 Dec).
    now = new Date('2026-12-01T10:00:00+08:00');
    ids.early = await open();
    // Opened Friday 18 December: both deadlines reach 2027.
    now = new Date('2026-12-18T10:00:00+08:00');
    ids.late = await open();
    ids.closed = await open();
    ok(
      await h.gql(
        `mutation($id: ID!) { cancelCase(caseId: $id, reason: "重复") { case { id } } }`,
        { id: ids.closed },
        { as: staff.agent },
      ),
    );
  });
  afterAll(async () => {
    if (h) setCaseClock(h.db.models, null);
    await h?.close();
  });

  const view = async (id: string) => ok(await h.gql<{ case: View }>(VIEW, { id }, { as: staff.agent })).case;

  it('shows a provisional 2027 day by day before the notice is entered', async () => {
    const year = ok(
      await h.gql<{
        slaCalendars: { days: { status: string; holidays: { date: string; name: string }[] } }[];
      }>(YEAR, { year: 2027 }),
    ).slaCalendars[0]!.days;
    expect(year.status).toBe('PROVISIONAL');
    expect(year.holidays[0]).toEqual({ date: '2027-01-01', name: '元旦' });
  });

  it('previews exactly the moves the save then makes, and the background recompute reaches done', async () => {
    const late = await view(ids.late);
    const early = await view(ids.early);
    // By hand: 10 working days from Fri 18 Dec 10:00 end Mon 4 Jan 10:00 on the law alone; with 4 Jan off,
    // Tue 5 Jan 10:00. The complaint clock: 18 Dec + 15 days = Sat 2 Jan → Mon 4 Jan 24:00, now Tue 5 Jan.
    expect(late.sla).toEqual({ dueAt: '2027-01-04T02:00:00.000Z', provisional: true });
    expect(late.complaintClock.deadline).toBe('2027-01-04T16:00:00.000Z');
    const preview = ok(
      await h.gql<{ previewSlaCalendarChange: Preview }>(PREVIEW, { key: 'cn-mainland', input: YEAR_2027 }),
    ).previewSlaCalendarChange;
    expect(preview).toEqual({
      calendarKey: 'cn-mainland',
      year: 2027,
      openCases: 2, // early and late; the cancelled case is not open
      casesAffected: 1,
      slaMoves: 1,
      complaintMoves: 1,
      samples: [
        {
          caseId: ids.late,
          reference: late.reference,
          kind: 'SLA',
          from: '2027-01-04T02:00:00.000Z',
          to: '2027-01-05T02:00:00.000Z',
        },
        {
          caseId: ids.late,
          reference: late.reference,
          kind: 'COMPLAINT',
          from: '2027-01-04T16:00:00.000Z',
          to: '2027-01-05T16:00:00.000Z',
        },
      ],
    });
    // A preview writes nothing.
    expect(await h.db.models.SlaCalendarChange.countDocuments({}).exec()).toBe(0);

    const saved = ok(
      await h.gql<{
        updateSlaCalendar: { calendar: { revision: number }; casesRecomputed: number; recompute: Job };
      }>(UPDATE, {
        key: 'cn-mainland',
        input: YEAR_2027,
        reason: '国务院办公厅 2027 年部分节假日安排（测试）',
        background: true,
      }),
    ).updateSlaCalendar;
    expect(saved.calendar.revision).toBe(1);
    expect(saved.recompute.total).toBe(2);
    let job = saved.recompute;
    for (let i = 0; job.state !== 'DONE'; i++) {
      if (i > 400) throw new Error('the recompute did not finish');
      await new Promise((r) => setTimeout(r, 25));
      job = ok(await h.gql<{ slaRecompute: Job }>(RECOMPUTE, { id: saved.recompute.id })).slaRecompute;
    }
    expect(job).toMatchObject({ state: 'DONE', total: 2, done: 2, moved: preview.slaMoves });
    expect(job.finishedAt).not.toBeNull();

    const after = await view(ids.late);
    expect(after.sla).toEqual({ dueAt: preview.samples[0]!.to, provisional: false });
    expect(after.complaintClock.deadline).toBe(preview.samples[1]!.to);
    expect(await view(ids.early)).toEqual(early);
    const recorded = await h.db.models.CaseEvent.countDocuments({ type: 'slaRecomputed' }).exec();
    expect(recorded).toBe(preview.slaMoves);

    // The year view now names the entered days.
    const year = ok(
      await h.gql<{
        slaCalendars: {
          days: {
            status: string;
            holidays: { date: string; name: string | null }[];
            workdays: { date: string; name: string | null }[];
          };
        }[];
      }>(YEAR, { year: 2027 }),
    ).slaCalendars[0]!.days;
    expect(year.status).toBe('MAINTAINED');
    expect(year.holidays.map((d) => [d.date, d.name])).toEqual([
      ['2027-01-01', '元旦'],
      ['2027-01-02', null],
      ['2027-01-03', null],
      ['2027-01-04', null],
    ]);
    expect(year.workdays).toEqual([{ date: '2027-01-09', name: '元旦' }]);

    // Calendar changes are in the configuration audit log, with the names.
    const audit = await h.db.models.ConfigAudit.find({ entityType: 'SlaCalendar' }).lean().exec();
    expect(audit.map((a) => [a.action, (a.details as { names: unknown[] }).names.length])).toEqual([
      ['slaCalendar.update', 2],
    ]);
  });

  it('the sweep resumes a job whose process died, after the last case it stored', async () => {
    // Revision 2 moves 5 January off too; its job "crashed" after looking at the first open case.
    const input = { ...YEAR_2027, holidays: [...YEAR_2027.holidays, '2027-01-05'] };
    const preview = ok(
      await h.gql<{ previewSlaCalendarChange: Preview }>(PREVIEW, { key: 'cn-mainland', input }),
    ).previewSlaCalendarChange;
    expect([preview.slaMoves, preview.complaintMoves]).toEqual([1, 1]);
    const models = h.db.models;
    await models.SlaCalendarChange.create({
      key: 'cn-mainland',
      revision: 2,
      year: 2027,
      holidays: input.holidays,
      workdays: input.workdays,
      reason: 'crash test',
      actor: 'system:test',
      at: new Date(),
    });
    const first = localId(ids.early);
    await models.SlaRecomputeProgress.create({
      key: 'cn-mainland',
      revision: 2,
      state: 'RUNNING',
      total: 2,
      done: 1,
      moved: 0,
      after: first,
      leaseUntil: new Date(Date.now() - 1),
      startedAt: new Date(),
      finishedAt: null,
    });
    expect(await repairCalendarRecomputes(models)).toBe(1);
    const job = await models.SlaRecomputeProgress.findOne({ key: 'cn-mainland', revision: 2 }).lean().exec();
    expect(job).toMatchObject({ state: 'DONE', done: 2, moved: 1 });
    expect((await view(ids.late)).sla.dueAt).toBe(preview.samples[0]!.to);
    expect(await repairCalendarRecomputes(models)).toBe(0);
  });

  it('refuses bad input at its field path in zh and en, and refuses agents', async () => {
    const bad = { ...YEAR_2027, names: [{ date: '2027-03-01', name: '植树节' }] };
    const refused = await h.gql(PREVIEW, { key: 'cn-mainland', input: bad });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    const ext = refused.errors?.[0]?.extensions as {
      fieldPath: unknown;
      messages: { zh: string; en: string };
    };
    expect(ext.fieldPath).toEqual(['input', 'names', 0, 'date']);
    expect(ext.messages.zh).toContain('不是该年的假日');
    expect(ext.messages.en).toContain('neither a holiday');
    // The save refuses the same input the same way, before writing.
    const saved = await h.gql(UPDATE, { key: 'cn-mainland', input: bad, reason: 'x' });
    expect(saved.errors?.[0]?.extensions).toMatchObject({ fieldPath: ['input', 'names', 0, 'date'] });
    expect(code(await h.gql(PREVIEW, { key: 'cn-mainland', input: YEAR_2027 }, { as: staff.agent }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await h.gql(RECOMPUTE, { id: 'x' }, { as: staff.agent }))).toBe('FORBIDDEN');
  });
});
