/**
 * The roll-up kinds of issue 12's second round, folded from hand-made events in the shapes of the
 * round's contract: satisfaction (`surveySent`, `surveyAnswered`), the complaint rate, findings
 * (`complaintFindingRecorded`) and the complaint report (buckets keyed by the received day).
 */
import { describe, expect, it } from 'vitest';
import {
  DeltaSet,
  EMPTY_STATE,
  answerCounters,
  foldCaseEvents,
  parseSurveyStep,
  surveyStep,
  type FoldEvent,
  type InsightCaseState,
} from './insight-fold';
import type { InsightCounters } from './insight.model';

const at = (iso: string) => new Date(iso);
const DAY1 = '2026-03-01T02:00:00Z'; // 10:00 in Shanghai, 1 March
const DAY2 = '2026-03-01T17:00:00Z'; // 01:00 in Shanghai, 2 March

function opened(flow: string, extra: Record<string, unknown> = {}): FoldEvent {
  return {
    seq: 1,
    type: 'caseOpened',
    at: at(DAY1),
    data: {
      templateKey: flow,
      version: 1,
      channel: 'HOTLINE',
      departmentCode: 'CS',
      categoryId: 'cat1',
      assigneeId: 'u1',
      ...extra,
    },
  };
}

const isComplaint = (k: string) => k === 'complaints';

/** Folds events (optionally in several calls, re-feeding earlier ones); returns buckets by key. */
function fold(
  events: FoldEvent[],
  splits: number[] = [],
): { state: InsightCaseState; buckets: Map<string, InsightCounters> } {
  const out = new DeltaSet();
  let state = EMPTY_STATE;
  for (const cut of splits) state = foldCaseEvents(state, events.slice(0, cut), isComplaint, out);
  state = foldCaseEvents(state, events, isComplaint, out);
  const buckets = new Map<string, InsightCounters>();
  for (const b of out.list())
    buckets.set(`${b.kind}|${b.day}|${b.step}|${b.dims.agent}|${b.dims.department}`, b.c);
  return { state, buckets };
}

const ev = (seq: number, type: string, iso: string, data: Record<string, unknown> = {}): FoldEvent => ({
  seq,
  type,
  at: at(iso),
  data,
});

describe('answer scores', () => {
  it('classes NPS promoters (9–10), passives (7–8), detractors (0–6); CSAT 4–5 satisfied; CES summed', () => {
    expect(answerCounters({ nps: 10, csat: 5, ces: 2 })).toEqual({
      answered: 1,
      npsCount: 1,
      promoters: 1,
      csatCount: 1,
      csatSatisfied: 1,
      cesCount: 1,
      cesSum: 2,
    });
    expect(answerCounters({ nps: 9 })).toMatchObject({ promoters: 1 });
    expect(answerCounters({ nps: 8 })).toEqual({ answered: 1, npsCount: 1, passives: 1 });
    expect(answerCounters({ nps: 7 })).toEqual({ answered: 1, npsCount: 1, passives: 1 });
    expect(answerCounters({ nps: 6, csat: 3 })).toEqual({
      answered: 1,
      npsCount: 1,
      detractors: 1,
      csatCount: 1,
    });
    expect(answerCounters({ nps: 0, csat: 4, ces: 7 })).toEqual({
      answered: 1,
      npsCount: 1,
      detractors: 1,
      csatCount: 1,
      csatSatisfied: 1,
      cesCount: 1,
      cesSum: 7,
    });
    // Out of range, not an integer or absent: the answer counts, the score does not.
    expect(answerCounters({ nps: 11, csat: 0, ces: 8 })).toEqual({ answered: 1 });
    expect(answerCounters({ nps: 7.5, csat: '5' })).toEqual({ answered: 1 });
    expect(answerCounters(undefined)).toEqual({ answered: 1 });
  });

  it('round-trips the survey key and outcome of a satisfaction bucket', () => {
    expect(parseSurveyStep(surveyStep('csat|short', 'RESOLVED'))).toEqual({
      surveyKey: 'csat|short',
      outcome: 'RESOLVED',
    });
    expect(parseSurveyStep('not json')).toEqual({ surveyKey: '', outcome: '' });
  });
});

describe('insight fold: satisfaction, findings, complaint rate', () => {
  const events: FoldEvent[] = [
    opened('complaints'),
    ev(2, 'surveySent', DAY1, {
      invitationId: 'i1',
      surveyKey: 'after-call',
      surveyVersion: 1,
      stepKey: 'handle',
      outcome: null,
      trigger: 'step',
      expiresAt: DAY2,
    }),
    ev(3, 'surveyReminderSent', DAY1, { invitationId: 'i1' }),
    ev(4, 'caseAssigned', DAY1, { assigneeId: 'u2', departmentCode: null }),
    ev(5, 'surveyAnswered', DAY2, {
      invitationId: 'i1',
      answerId: 'a1',
      surveyKey: 'after-call',
      surveyVersion: 1,
      stepKey: 'handle',
      outcome: null,
      scores: { nps: 9, csat: 2, ces: 3 },
    }),
    ev(6, 'endReached', DAY2, { stepKey: 'end', tokenId: 't', outcome: 'RESOLVED' }),
    ev(7, 'surveySent', DAY2, {
      invitationId: 'i2',
      surveyKey: 'closing',
      surveyVersion: 2,
      stepKey: null,
      outcome: 'RESOLVED',
      trigger: 'outcome',
      expiresAt: DAY2,
    }),
    ev(8, 'surveyAnswered', DAY2, {
      invitationId: 'i2',
      answerId: 'a2',
      surveyKey: 'closing',
      surveyVersion: 2,
      stepKey: null,
      outcome: 'RESOLVED',
      scores: { nps: 3 },
    }),
    ev(9, 'complaintFindingRecorded', DAY2, { rootCause: 'staff-error', remedy: '培训' }),
    ev(10, 'caseClosed', DAY2),
  ];

  it('counts sent and answered surveys under the case dimensions at each event, by survey and outcome', () => {
    // Fed in three calls, each re-feeding the earlier events: every event is folded once.
    const { buckets } = fold(events, [3, 6]);
    const sat = (day: string, key: string, outcome: string, agent: string) =>
      buckets.get(`survey|${day}|${surveyStep(key, outcome)}|${agent}|CS`);
    expect(sat('2026-03-01', 'after-call', '', 'u1')).toEqual({ sent: 1 });
    expect(sat('2026-03-02', 'after-call', '', 'u2')).toEqual({
      answered: 1,
      npsCount: 1,
      promoters: 1,
      csatCount: 1,
      cesCount: 1,
      cesSum: 3,
    });
    expect(sat('2026-03-02', 'closing', 'RESOLVED', 'u2')).toEqual({
      sent: 1,
      answered: 1,
      npsCount: 1,
      detractors: 1,
    });
    expect([...buckets.keys()].filter((k) => k.startsWith('survey|'))).toHaveLength(3);
  });

  it('counts a finding by its root cause on its day, under the case category', () => {
    const out = new DeltaSet();
    foldCaseEvents(EMPTY_STATE, events, isComplaint, out);
    const findings = out.list().filter((b) => b.kind === 'finding');
    expect(findings).toEqual([
      expect.objectContaining({
        day: '2026-03-02',
        step: 'staff-error',
        dims: expect.objectContaining({ category: 'cat1', agent: 'u2' }),
        c: { findings: 1 },
      }),
    ]);
    // Re-fed after the fold: nothing more.
    const again = new DeltaSet();
    const state = foldCaseEvents(EMPTY_STATE, events, isComplaint, new DeltaSet());
    foldCaseEvents(state, events, isComplaint, again);
    expect(again.list()).toEqual([]);
  });

  it('counts complaints opened among all cases opened (the complaint rate)', () => {
    const complaint = fold([opened('complaints')]).buckets.get('case|2026-03-01||u1|CS');
    const other = fold([opened('loans')]).buckets.get('case|2026-03-01||u1|CS');
    expect(complaint).toEqual({ opened: 1, complaintsOpened: 1 });
    expect(other).toEqual({ opened: 1 });
  });
});

describe('insight fold: the complaint report', () => {
  const report = (buckets: Map<string, InsightCounters>) =>
    Object.fromEntries([...buckets].filter(([k]) => k.startsWith('report|')));

  it('keys a complaint by its received day and moves it as it is reassigned and closed', () => {
    const events: FoldEvent[] = [
      // Received the evening before it was opened (backdated): 28 Feb in Shanghai.
      opened('complaints', { receivedAt: '2026-02-28T12:00:00Z' }),
      ev(2, 'caseAssigned', DAY1, { assigneeId: 'u2', departmentCode: 'POL' }),
      ev(3, 'deadlineExtended', DAY1, { stage: 1, reason: 'x' }),
      ev(4, 'endReached', DAY2, { stepKey: 'end', tokenId: 't', outcome: 'RESOLVED' }),
      ev(5, 'caseClosed', DAY2),
    ];
    // Folded event by event (each batch moves the share) or at once: the same net figures.
    const stepwise = new DeltaSet();
    let s = EMPTY_STATE;
    const net = new Map<string, InsightCounters>();
    for (let i = 1; i <= events.length; i++) {
      const out = new DeltaSet();
      s = foldCaseEvents(s, events.slice(0, i), isComplaint, out);
      for (const b of out.list()) {
        if (b.kind !== 'report') continue;
        const k = `${b.day}|${b.step}|${b.dims.agent}|${b.dims.department}`;
        const c = { ...net.get(k) };
        for (const [n, v] of Object.entries(b.c)) c[n] = (c[n] ?? 0) + v;
        net.set(k, c);
      }
      stepwise.addDay('case', '2026-03-01', '', s.dims!, { opened: 0 });
    }
    const nonZero = (c: InsightCounters) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0));
    const netFigures = Object.fromEntries(
      [...net].map(([k, c]) => [k, nonZero(c)]).filter(([, c]) => Object.keys(c as object).length > 0),
    );
    expect(netFigures).toEqual({
      '2026-02-28|RESOLVED|u2|POL': { received: 1, closed: 1, extended: 1 },
    });
    const once = fold(events).buckets;
    expect(report(once)).toEqual({
      'report|2026-02-28|RESOLVED|u2|POL': { received: 1, closed: 1, extended: 1 },
    });
    expect(s.report).toEqual({
      day: '2026-02-28',
      step: 'RESOLVED',
      dims: expect.objectContaining({ agent: 'u2', department: 'POL' }),
      c: { received: 1, closed: 1, extended: 1 },
    });
    expect(stepwise.list()).toEqual([]); // zero changes are not written
  });

  it('counts an open complaint as open, a late one as late, a cancelled one as received only', () => {
    const open = fold([opened('complaints')]).buckets;
    expect(report(open)).toEqual({ 'report|2026-03-01||u1|CS': { received: 1, open: 1 } });

    const late = fold([
      opened('complaints'),
      ev(2, 'slaBreached', DAY2, { ruleKey: 'r', escalationLevel: 1 }),
      ev(3, 'deadlineExtended', DAY2, { stage: 1 }),
      ev(4, 'endReached', DAY2, { outcome: 'REJECTED' }),
      ev(5, 'caseClosed', DAY2),
    ]).buckets;
    expect(report(late)).toEqual({
      'report|2026-03-01|REJECTED|u1|CS': { received: 1, closed: 1, late: 1 },
    });

    const onTime = fold([
      opened('complaints'),
      ev(2, 'endReached', DAY1, { outcome: 'RESOLVED' }),
      ev(3, 'caseClosed', DAY1),
    ]).buckets;
    expect(report(onTime)).toEqual({
      'report|2026-03-01|RESOLVED|u1|CS': { received: 1, closed: 1, closedOnTime: 1 },
    });

    const cancelled = fold(
      [opened('complaints'), ev(2, 'caseCancelled', DAY2, { reason: 'dup' })],
      [1],
    ).buckets;
    expect(report(cancelled)).toEqual({ 'report|2026-03-01||u1|CS': { received: 1 } });

    // Not a complaint flow: nothing in the report.
    expect(report(fold([opened('loans'), ev(2, 'caseClosed', DAY1)]).buckets)).toEqual({});
  });

  it('ignores events already folded (the share is moved once)', () => {
    const events = [
      opened('complaints'),
      ev(2, 'caseAssigned', DAY1, { assigneeId: 'u2', departmentCode: null }),
    ];
    const out = new DeltaSet();
    const s = foldCaseEvents(EMPTY_STATE, events, isComplaint, out);
    const again = new DeltaSet();
    foldCaseEvents(s, events, isComplaint, again);
    expect(again.list()).toEqual([]);
    const byAgent = Object.fromEntries(
      out
        .list()
        .filter((b) => b.kind === 'report')
        .map((b) => [b.dims.agent, b.c]),
    );
    expect(byAgent).toEqual({ u2: { received: 1, open: 1 } }); // u1's +1 and −1 cancel in one batch
  });
});
