/**
 * Issue 12's second set of roll-ups on real cases: satisfaction (NPS, CSAT, CES, response rate), the
 * complaint rate, findings and the regulator's complaint report. Each figure is worked out here from
 * what the test did, by its own arithmetic; the report is reconciled row by row with the `cases` list
 * for the same filter; and a rebuild from the log gives exactly the incremental roll-up.
 *
 * The cases are opened, worked, extended, reassigned, cancelled and closed through the command path,
 * on a case clock pinned to two Shanghai days. Complaints close with their finding through `closeCase`
 * (features/findings). The survey host events (`surveySent`, `surveyAnswered`) are appended with the
 * case log store's own append API (`chainBatch` + `CaseLog.append`), so each score is one the test
 * chose (the survey feature's own path is tested in survey-responses.integration.test.ts).
 */
import { Types } from 'mongoose';
import { bucketSnapshot } from '../src/features/insight/insight-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { fromGlobalId } from '../src/graphql/global-id';
import { CaseLog, chainBatch } from '../src/features/cases/log/case-log.store';
import { setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { createInsightFolder, type InsightFollowerModels } from '../src/features/insight/insight-follower';
import { startHarness, type Harness } from './harness';
import {
  CLASSIFY,
  COMPLAINT,
  HANDLE,
  LOG_CALL,
  OPEN,
  PHONE,
  SUBMIT,
  code,
  ok,
  openInput,
  setUpCases,
  type Staff,
} from './cases-helpers';
import { negotiationInput, openCase, publishNegotiation } from './case-links-helpers';

const PASSWORD = 'correct horse battery';
const DAY1 = '2026-05-11';
const DAY2 = '2026-05-12';
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);

const SATISFACTION = `query($f: InsightFilter!, $k: String) { insightSatisfaction(filter: $f, surveyKey: $k) {
  totals { ...S } days { day scores { ...S } }
  byAgent { key scores { ...S } } byFlow { key scores { ...S } } byCategory { key scores { ...S } } byOutcome { key scores { ...S } }
  complaintRate complaintsOpened customersServed complaintRateDays { day complaints served rate } } }
  fragment S on SatisfactionScores { sent answered responseRate npsCount promoters passives detractors nps
    csatCount csatSatisfied csat cesCount cesSum ces }`;
const FINDINGS = `query($f: InsightFilter!) { insightFindings(filter: $f) {
  total byCause { rootCause count } byCategory { category rootCause count } days { day rootCause count } } }`;
const ROW = `channel businessType cause received closed closedOnTime extended late open onTimeShare outcomes { outcome count }`;
const REPORT = `query($f: InsightFilter!) { complaintReport(filter: $f) { from to rows { ${ROW} } totals { ${ROW} } } }`;
const CASES = `query($f: CaseFilter, $a: ID, $after: String) { cases(filter: $f, assigneeId: $a, first: 200, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id channel status outcome category { id regulatoryCodes { jrtBusinessType jrtCause } }
    complaintClock { status } } } } }`;

type Scores = { nps?: number; csat?: number; ces?: number };
interface Survey {
  caseId: string;
  surveyKey: string;
  outcome: string;
  sentDay: string;
  answered: { day: string; scores: Scores } | null;
}
interface CaseView {
  id: string;
  channel: string;
  status: string;
  outcome: string | null;
  category: {
    id: string;
    regulatoryCodes: { jrtBusinessType: string | null; jrtCause: string | null };
  } | null;
  complaintClock: { status: string } | null;
}
type Row = Record<string, unknown> & { outcomes: { outcome: string; count: number }[] };

/** Expected survey figures, by the definitions (not the server's code). */
function expectedScores(sent: Survey[], answers: Scores[]) {
  const nps = answers.flatMap((a) => (a.nps === undefined ? [] : [a.nps]));
  const csat = answers.flatMap((a) => (a.csat === undefined ? [] : [a.csat]));
  const ces = answers.flatMap((a) => (a.ces === undefined ? [] : [a.ces]));
  const promoters = nps.filter((n) => n === 9 || n === 10).length;
  const detractors = nps.filter((n) => n <= 6).length;
  const cesSum = ces.reduce((a, b) => a + b, 0);
  return {
    sent: sent.length,
    answered: answers.length,
    responseRate: sent.length ? answers.length / sent.length : null,
    npsCount: nps.length,
    promoters,
    passives: nps.filter((n) => n === 7 || n === 8).length,
    detractors,
    nps: nps.length ? ((promoters - detractors) / nps.length) * 100 : null,
    csatCount: csat.length,
    csatSatisfied: csat.filter((n) => n >= 4).length,
    csat: csat.length ? csat.filter((n) => n >= 4).length / csat.length : null,
    cesCount: ces.length,
    cesSum,
    ces: ces.length ? cesSum / ces.length : null,
  };
}

describe('insight: satisfaction, complaint rate, findings and the complaint report', () => {
  let h: Harness;
  let staff: Staff;
  let supervisor: string;
  let models: InsightFollowerModels;
  let now = at(DAY1, '09:00');
  const logger = createLogger('silent');
  const folder = () => createInsightFolder({ models, logger, batchSize: 5, lookbackMs: 60_000 });
  const catchUp = async () => {
    const fold = folder();
    for (let i = 0; i < 200; i++) if ((await fold()).caughtUp) return;
    throw new Error('the follower did not catch up');
  };
  const ids: Record<string, string> = {};
  let catA = '';
  let catB = '';
  const surveys: Survey[] = [];
  const findings: { caseId: string; day: string; rootCause: string }[] = [];
  const opened: { day: string; complaint: boolean }[] = [];

  const category = async (codeName: string, jrtBusinessType: string, jrtCause: string) =>
    ok(
      await h.gql<{ createComplaintCategory: { id: string } }>(
        `mutation($input: CreateComplaintCategoryInput!) { createComplaintCategory(input: $input) { id } }`,
        {
          input: {
            code: codeName,
            name: { zh: codeName, en: codeName },
            routing: { departmentCode: 'CUSTOMER_SERVICE' },
            regulatoryCodes: { jrtBusinessType, jrtCause },
          },
        },
      ),
    ).createComplaintCategory.id;
  const openComplaint = async (name: string, extra: Record<string, unknown>) => {
    ids[name] = ok(
      await h.gql<{ openCase: { case: { id: string } } }>(
        OPEN,
        { input: openInput(extra) },
        { as: staff.agent },
      ),
    ).openCase.case.id;
    opened.push({ day: dayOfNow(), complaint: true });
  };
  const openNegotiation = async (name: string) => {
    ids[name] = await openCase(h, negotiationInput(), staff.agent);
    opened.push({ day: dayOfNow(), complaint: false });
  };
  const submit = async (id: string, step: string, data: Record<string, unknown>) =>
    ok(await h.gql(SUBMIT, { id, step, data }, { as: staff.agent }));
  const driveToEnd = async (id: string, rootCause: string) => {
    await submit(id, 'receive', COMPLAINT);
    await submit(id, 'classify', CLASSIFY);
    await submit(id, 'handle', HANDLE);
    await submit(id, 'track', { trackingStatus: 'resolved' });
    ok(
      await h.gql(
        LOG_CALL,
        { id, step: 'phone-feedback', channel: 'phone', contact: PHONE, answered: true },
        { as: staff.agent },
      ),
    );
    await submit(id, 'follow-up', { complainantSatisfaction: 5 });
    // A complaint closes with its finding (溯源整改, features/findings): the real `complaintFindingRecorded`.
    ok(
      await h.gql(
        `mutation($id: ID!, $cause: String!) {
          closeCase(caseId: $id, note: "办结", finding: { rootCause: $cause, remedy: "整改措施" }) { events { seq } }
        }`,
        { id, cause: rootCause },
        { as: staff.agent },
      ),
    );
    findings.push({ caseId: id, day: dayOfNow(), rootCause });
  };
  const outcomeOf = async (id: string) =>
    ok(
      await h.gql<{ case: { outcome: string | null } }>(`query($id: ID!) { case(id: $id) { outcome } }`, {
        id,
      }),
    ).case.outcome ?? '';

  /** Appends host events with the case log store's append API, at the case clock's `now`. */
  const appendHost = async (id: string, drafts: { type: string; data: Record<string, unknown> }[]) => {
    const caseId = new Types.ObjectId(fromGlobalId(id)!.localId);
    const [head] = await h.db.models.CaseEvent.find({ caseId }).sort({ seq: -1 }).limit(1).lean().exec();
    const batch = chainBatch(
      caseId,
      { seq: head!.seq, hash: head!.hash },
      drafts.map((d) => ({ type: d.type, at: now, actor: null, data: d.data })),
      null,
    );
    await new CaseLog(h.db.models).append(batch);
  };
  let invitations = 0;
  const sendSurvey = async (id: string, surveyKey: string, outcome: string) => {
    const invitationId = `inv-${++invitations}`;
    await appendHost(id, [
      {
        type: 'surveySent',
        data: {
          invitationId,
          surveyKey,
          surveyVersion: 1,
          stepKey: outcome ? null : 'receive',
          outcome: outcome || null,
          trigger: outcome ? 'outcome' : 'on-demand',
          expiresAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
        },
      },
    ]);
    const survey: Survey = { caseId: id, surveyKey, outcome, sentDay: dayOfNow(), answered: null };
    surveys.push(survey);
    return { invitationId, survey };
  };
  const answer = async (sent: { invitationId: string; survey: Survey }, scores: Scores) => {
    const s = sent.survey;
    await appendHost(s.caseId, [
      {
        type: 'surveyAnswered',
        data: {
          invitationId: sent.invitationId,
          answerId: `ans-${sent.invitationId}`,
          surveyKey: s.surveyKey,
          surveyVersion: 1,
          stepKey: s.outcome ? null : 'receive',
          outcome: s.outcome || null,
          scores,
        },
      },
    ]);
    s.answered = { day: dayOfNow(), scores };
  };
  const dayOfNow = () => (now < at(DAY2, '00:00') ? DAY1 : DAY2);

  beforeAll(async () => {
    h = await startHarness();
    setCaseClock(h.db.models, () => now);
    staff = await setUpCases(h);
    await publishNegotiation(h);
    models = h.db.models as unknown as InsightFollowerModels;
    ok(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username: 'sup.cs',
          displayName: 'sup.cs',
          password: PASSWORD,
          roles: ['supervisor'],
          departments: ['CUSTOMER_SERVICE'],
        },
      }),
    );
    supervisor = await h.login('sup.cs', PASSWORD);
    catA = await category('LOAN-COLLECT', '贷款', '债务催收');
    catB = await category('CARD-SERVICE', '银行卡', '服务态度及服务质量');

    // Day 1: four complaints and one negotiation.
    await openComplaint('c1', { categoryId: catA, assignToMe: true });
    await openComplaint('c2', { categoryId: catA });
    await openComplaint('c3', { categoryId: catB, channel: 'APP' });
    await openComplaint('c4', { channel: 'APP' });
    await openNegotiation('n1');
    now = at(DAY1, '11:00');
    await driveToEnd(ids['c1']!, 'staff-error');
    await catchUp(); // the follower folds half of the history, then later batches move report shares
    ok(
      await h.gql(
        `mutation($id: ID!) { cancelCase(caseId: $id, reason: "重复投诉") { case { id } } }`,
        { id: ids['c4'] },
        { as: staff.agent },
      ),
    );
    // c3: an extension approved by a supervisor, then closed within the extended deadline.
    ok(
      await h.gql(
        `mutation($id: ID!) { requestComplaintExtension(caseId: $id, reason: "需调取录音") { case { id } } }`,
        { id: ids['c3'] },
        { as: staff.agent },
      ),
    );
    const requests = ok(
      await h.gql<{ case: { complaintClock: { extensionRequests: { id: string }[] } } }>(
        `query($id: ID!) { case(id: $id) { complaintClock { extensionRequests { id } } } }`,
        { id: ids['c3'] },
      ),
    ).case.complaintClock.extensionRequests;
    ok(
      await h.gql(
        `mutation($id: ID!, $req: ID!) { decideComplaintExtension(caseId: $id, requestId: $req, approve: true, comment: "同意") { case { id } } }`,
        { id: ids['c3'], req: requests[0]!.id },
        { as: supervisor },
      ),
    );
    await driveToEnd(ids['c3']!, 'service-attitude');
    const c1Sent = await sendSurvey(ids['c1']!, 'after-close', await outcomeOf(ids['c1']!));
    await answer(c1Sent, { nps: 10, csat: 5, ces: 2 });
    const c3Sent = await sendSurvey(ids['c3']!, 'after-close', await outcomeOf(ids['c3']!));
    const n1Sent = await sendSurvey(ids['n1']!, 'nego-check', '');
    await answer(n1Sent, { nps: 8, csat: 4 });
    await catchUp();

    // Day 2: three complaints (one received the evening before, backdated), two negotiations.
    now = at(DAY2, '10:00');
    await openComplaint('c5', { categoryId: catB });
    await openComplaint('c6', { categoryId: catA });
    await openComplaint('c7', {
      categoryId: catA,
      receivedAt: at(DAY1, '20:30').toISOString(),
      receivedAtReason: '客户前一晚来信，次日登记',
    });
    await openNegotiation('n2');
    await openNegotiation('n3');
    await catchUp();
    now = at(DAY2, '14:00');
    ok(
      await h.gql(
        `mutation($id: ID!, $a: ID) { reassignCase(caseId: $id, assigneeId: $a) { case { id } } }`,
        {
          id: ids['c6'],
          a: staff.agentId,
        },
      ),
    );
    await driveToEnd(ids['c5']!, 'staff-error');
    await answer(c3Sent, { nps: 6, csat: 3, ces: 5 });
    await sendSurvey(ids['c5']!, 'after-close', await outcomeOf(ids['c5']!));
    const c2Sent = await sendSurvey(ids['c2']!, 'after-call', '');
    await answer(c2Sent, { nps: 9 });
    await catchUp();
  }, 300_000);

  afterAll(async () => {
    if (h) setCaseClock(h.db.models, null);
    await h?.close();
  });

  const satisfaction = async (f: Record<string, unknown>, surveyKey?: string) =>
    ok(
      await h.gql<{ insightSatisfaction: Record<string, unknown> & { totals: unknown } }>(SATISFACTION, {
        f,
        k: surveyKey ?? null,
      }),
    ).insightSatisfaction;
  const whole = { from: DAY1, to: DAY2 };

  it('computes NPS, CSAT, CES and the response rate, per day and by agent, flow, category and outcome', async () => {
    const answers = (list: Survey[]) => list.flatMap((s) => (s.answered ? [s.answered.scores] : []));
    const s = await satisfaction(whole);
    expect(s.totals).toEqual(expectedScores(surveys, answers(surveys)));
    // The same by hand: NPS 10, 6, 8, 9 → 2 promoters, 1 detractor of 4: +25; CSAT 5, 3, 4 → 2/3; CES (2+5)/2.
    expect(s.totals).toMatchObject({ sent: 5, answered: 4, responseRate: 0.8, nps: 25, ces: 3.5 });
    expect(s.days).toEqual(
      [DAY1, DAY2].map((day) => ({
        day,
        scores: expectedScores(
          surveys.filter((x) => x.sentDay === day),
          surveys.flatMap((x) => (x.answered?.day === day ? [x.answered.scores] : [])),
        ),
      })),
    );
    const group = async (keyOf: (x: Survey) => Promise<string> | string) => {
      const keyed = await Promise.all(surveys.map(async (x) => [await keyOf(x), x] as const));
      const keys = [...new Set(keyed.map(([k]) => k))].sort((a, b) => a.localeCompare(b));
      return keys.map((key) => {
        const list = keyed.filter(([k]) => k === key).map(([, x]) => x);
        return { key, scores: expectedScores(list, answers(list)) };
      });
    };
    const view = async (id: string) =>
      ok(
        await h.gql<{
          case: {
            assignee: { id: string } | null;
            category: { id: string } | null;
            flowVersion: { version: number };
          };
        }>(`query($id: ID!) { case(id: $id) { assignee { id } category { id } flowVersion { version } } }`, {
          id,
        }),
      ).case;
    const flowOf = (id: string) =>
      Object.entries(ids)
        .find(([, v]) => v === id)![0]
        .startsWith('n')
        ? 'collection-negotiation'
        : 'complaint-handling';
    expect(s['byAgent']).toEqual(await group(async (x) => (await view(x.caseId)).assignee?.id ?? ''));
    expect(s['byCategory']).toEqual(await group(async (x) => (await view(x.caseId)).category?.id ?? ''));
    expect(s['byFlow']).toEqual(
      await group(async (x) => `${flowOf(x.caseId)}@${(await view(x.caseId)).flowVersion.version}`),
    );
    expect(s['byOutcome']).toEqual(await group((x) => x.outcome));
    expect((s['byOutcome'] as { key: string }[]).map((g) => g.key)).toContain('');

    const closing = await satisfaction(whole, 'after-close');
    const afterClose = surveys.filter((x) => x.surveyKey === 'after-close');
    expect(closing.totals).toEqual(expectedScores(afterClose, answers(afterClose)));
    expect(closing.totals).toMatchObject({ sent: 3, answered: 2, nps: 0, csat: 0.5, ces: 3.5 });
    // A dimension narrows the figures: only the APP channel (c3).
    const app = await satisfaction({ ...whole, channel: 'APP' });
    expect(app.totals).toMatchObject({ sent: 1, answered: 1, detractors: 1, nps: -100 });
  });

  it('computes the complaint rate per 10,000 customers served, per day', async () => {
    const s = await satisfaction(whole);
    const count = (day: string | null, complaint: boolean | null) =>
      opened.filter(
        (o) => (day === null || o.day === day) && (complaint === null || o.complaint === complaint),
      ).length;
    expect({
      complaintsOpened: s['complaintsOpened'],
      customersServed: s['customersServed'],
      complaintRate: s['complaintRate'],
    }).toEqual({
      complaintsOpened: count(null, true),
      customersServed: count(null, null),
      complaintRate: (count(null, true) / count(null, null)) * 10_000,
    });
    expect(s['complaintsOpened']).toBe(7);
    expect(s['customersServed']).toBe(10);
    expect(s['complaintRateDays']).toEqual(
      [DAY1, DAY2].map((day) => ({
        day,
        complaints: count(day, true),
        served: count(day, null),
        rate: (count(day, true) / count(day, null)) * 10_000,
      })),
    );
    const empty = await satisfaction({ from: '2026-05-01', to: '2026-05-01' });
    expect(empty['complaintRate']).toBeNull();
    expect(empty['complaintRateDays']).toEqual([{ day: '2026-05-01', complaints: 0, served: 0, rate: null }]);
  });

  it('groups findings by root cause, category and day', async () => {
    const f = ok(
      await h.gql<{ insightFindings: Record<string, unknown> }>(FINDINGS, { f: whole }),
    ).insightFindings;
    const categoryOf = { [ids['c1']!]: catA, [ids['c3']!]: catB, [ids['c5']!]: catB };
    const tally = (key: (x: (typeof findings)[number]) => string) => {
      const m = new Map<string, number>();
      for (const x of findings) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
      return m;
    };
    expect(f['total']).toBe(findings.length);
    expect(f['byCause']).toEqual([
      { rootCause: 'staff-error', count: 2 },
      { rootCause: 'service-attitude', count: 1 },
    ]);
    const byCat = tally((x) => `${categoryOf[x.caseId]}|${x.rootCause}`);
    expect(
      Object.fromEntries(
        (f['byCategory'] as { category: string; rootCause: string; count: number }[]).map((g) => [
          `${g.category}|${g.rootCause}`,
          g.count,
        ]),
      ),
    ).toEqual(Object.fromEntries(byCat));
    expect(f['days']).toEqual([
      { day: DAY1, rootCause: 'service-attitude', count: 1 },
      { day: DAY1, rootCause: 'staff-error', count: 1 },
      { day: DAY2, rootCause: 'staff-error', count: 1 },
    ]);
    const onlyA = ok(
      await h.gql<{ insightFindings: { total: number } }>(FINDINGS, { f: { ...whole, category: catA } }),
    ).insightFindings;
    expect(onlyA.total).toBe(1);
  });

  /** The `cases` list for a report filter (complaint flows, received in the period), all pages. */
  async function caseList(f: Record<string, unknown>): Promise<CaseView[]> {
    const filter = {
      flowKind: 'COMPLAINT',
      receivedFrom: at(f['from'] as string, '00:00').toISOString(),
      receivedTo: new Date(at(f['to'] as string, '00:00').getTime() + 86_400_000).toISOString(),
      ...(f['channel'] ? { channel: f['channel'] } : {}),
      ...(f['category'] ? { categoryId: f['category'] } : {}),
      ...(f['department'] ? { department: f['department'] } : {}),
    };
    const out: CaseView[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        cases: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: CaseView }[] };
      } = ok(await h.gql(CASES, { f: filter, a: f['agent'] ?? null, after }));
      out.push(...page.cases.edges.map((e) => e.node));
      if (!page.cases.pageInfo.hasNextPage) return out;
      after = page.cases.pageInfo.endCursor;
    }
  }

  /** The report as the case list says it should be. */
  function reportFromList(list: CaseView[]): { rows: Row[]; totals: Row } {
    const rows = new Map<string, CaseView[]>();
    for (const c of list) {
      const k = JSON.stringify([
        c.channel,
        c.category?.regulatoryCodes.jrtBusinessType ?? '',
        c.category?.regulatoryCodes.jrtCause ?? '',
      ]);
      rows.set(k, [...(rows.get(k) ?? []), c]);
    }
    const row = (key: [string, string, string], cs: CaseView[]): Row => {
      const closed = cs.filter((c) => c.status === 'CLOSED');
      const by = (s: string) => closed.filter((c) => c.complaintClock!.status === s).length;
      const outcomes = [...new Set(closed.map((c) => c.outcome ?? ''))].sort((a, b) => a.localeCompare(b));
      return {
        channel: key[0],
        businessType: key[1],
        cause: key[2],
        received: cs.length,
        closed: closed.length,
        closedOnTime: by('ON_TIME'),
        extended: by('EXTENDED'),
        late: by('LATE'),
        open: cs.filter((c) => ['OPEN', 'PAUSED', 'RESOLVED'].includes(c.status)).length,
        onTimeShare: closed.length ? (by('ON_TIME') + by('EXTENDED')) / closed.length : null,
        outcomes: outcomes.map((o) => ({
          outcome: o,
          count: closed.filter((c) => (c.outcome ?? '') === o).length,
        })),
      };
    };
    const list2 = [...rows]
      .map(([k, cs]) => row(JSON.parse(k) as [string, string, string], cs))
      .sort(
        (a, b) =>
          String(a.channel).localeCompare(String(b.channel)) ||
          String(a.businessType).localeCompare(String(b.businessType)) ||
          String(a.cause).localeCompare(String(b.cause)),
      );
    return { rows: list2, totals: row(['', '', ''], list) };
  }

  const report = async (f: Record<string, unknown>, as?: string) =>
    ok(
      await h.gql<{ complaintReport: { from: string; to: string; rows: Row[]; totals: Row } }>(
        REPORT,
        { f },
        as ? { as } : {},
      ),
    ).complaintReport;

  it('reports complaints received in the period by channel × business type × cause, reconciled with the case list', async () => {
    const all = await report(whole);
    expect(all.from).toBe(DAY1);
    expect(all.to).toBe(DAY2);
    const list = await caseList(whole);
    expect(list).toHaveLength(7);
    expect({ rows: all.rows, totals: all.totals }).toEqual(reportFromList(list));
    // What the test did: c1, c5 closed on time, c3 closed after an extension, c4 cancelled, c2, c6, c7 open.
    expect(all.totals).toMatchObject({
      received: 7,
      closed: 3,
      closedOnTime: 2,
      extended: 1,
      late: 0,
      open: 3,
    });
    expect(all.totals['onTimeShare']).toBe(1);
    expect(all.rows.map((r) => [r.channel, r.businessType, r.cause, r.received])).toEqual([
      ['APP', '', '', 1],
      ['APP', '银行卡', '服务态度及服务质量', 1],
      ['HOTLINE', '贷款', '债务催收', 4],
      ['HOTLINE', '银行卡', '服务态度及服务质量', 1],
    ]);
    for (const f of [
      { from: DAY1, to: DAY1 }, // c7, received on day 1 though opened on day 2, is in day 1's report
      { from: DAY2, to: DAY2 },
      { ...whole, channel: 'HOTLINE' },
      { ...whole, category: catA },
      { ...whole, agent: staff.agentId }, // c1, and c6 reassigned to the agent after opening
      { ...whole, department: 'CUSTOMER_SERVICE' },
    ]) {
      const r = await report(f);
      expect({ f, rows: r.rows, totals: r.totals }).toEqual({ f, ...reportFromList(await caseList(f)) });
    }
    expect((await report({ from: DAY1, to: DAY1 })).totals['received']).toBe(5);
    expect((await report({ ...whole, agent: staff.agentId })).totals['received']).toBeGreaterThanOrEqual(2);
    // A department-scoped supervisor reads the same figures of their department.
    expect(await report(whole, supervisor)).toEqual(all);
  });

  it('needs case.assign and checks the period, like the other insight queries', async () => {
    for (const q of [SATISFACTION, FINDINGS, REPORT])
      expect(code(await h.gql(q, { f: whole }, { as: staff.agent }))).toBe('FORBIDDEN');
    const bad = await h.gql(REPORT, { f: { from: DAY2, to: DAY1 } });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.fieldPath).toEqual(['filter', 'to']);
    expect(code(await h.gql(FINDINGS, { f: { ...whole, department: 'POLICY' } }, { as: supervisor }))).toBe(
      'FORBIDDEN',
    );
  });

  it('rebuilds the new kinds from the log to exactly the incremental roll-up', async () => {
    const snapshot = async (gen: number) => {
      // Figures, not documents: a report share moved away leaves zeros behind in the incremental run.
      const out: Record<string, Record<string, number>> = {};
      for (const [k, counters] of Object.entries(await bucketSnapshot(models, gen))) {
        const c = Object.fromEntries(Object.entries(counters).filter(([, v]) => v !== 0));
        if (Object.keys(c).length > 0) out[k] = c;
      }
      return out;
    };
    const gen = (await models.InsightGeneration.find({}).sort({ _id: -1 }).limit(1).lean().exec())[0]!._id;
    const incremental = await snapshot(gen);
    for (const kind of ['survey', 'finding', 'report'])
      expect(Object.keys(incremental).filter((k) => k.startsWith(`${kind}|`)).length).toBeGreaterThan(1);
    // The incremental run did move report shares (reassignment, closes in later batches).
    const moved = Object.entries(await bucketSnapshot(models, gen)).filter(([k]) => k.startsWith('report|'));
    expect(moved.some(([, c]) => Object.values(c).some((v) => v === 0))).toBe(true);
    const before = await report(whole);
    ok(await h.gql(`mutation { rebuildInsight { generation } }`));
    await catchUp();
    expect(await snapshot(gen + 1)).toEqual(incremental);
    expect(await report(whole)).toEqual(before);
  });
});
