/**
 * Surveys in use (docs/surveys-in-use.md), against the real server and database: invitations from a
 * survey step, from an end outcome and on demand; the link delivered by the webhook path; the one answer
 * per link (also under concurrent submits), validated by the engine; the answer completing a survey
 * step; the answer's attributes; the rate limit; the one reminder across sweeps; search and paging.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trusted, Types } from 'mongoose';
import { startHarness, type Harness, type GqlResponse } from './harness';
import { createTemplate, ok, PUBLISH, type Json } from './flows-helpers';
import { openInput } from './cases-helpers';
import { caseNow, setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { sendDueSurveyReminders, surveyLinkOfEvent } from '../src/features/survey-responses';
import {
  SURVEY_RATE_PER_ADDRESS,
  SURVEY_RATE_PER_TOKEN,
} from '../src/features/survey-responses/survey-throttle';

const t = (zh: string, en: string) => ({ zh, en });
const CREATE_SURVEY = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { key } }`;
const PUBLISH_SURVEY = `mutation($key: String!, $base: Int!) { publishSurvey(key: $key, baseRevision: $base, releaseNotes: "v1") { version } }`;
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id status } events { type actorKey data } } }`;
const CLAIM = `mutation($id: ID!) { claimCase(caseId: $id) { case { id } } }`;
const SUBMIT_STEP = `mutation($id: ID!, $step: String!, $data: JSON!) { submitStep(caseId: $id, stepKey: $step, data: $data) { case { status activeSteps } } }`;
const CASE = `query($id: ID!) { case(id: $id) { status activeSteps outcome
  surveyInvitations { id surveyKey surveyVersion trigger stepKey url expiresAt sentAt remindedAt answeredAt
    answer { scores { nps csat ces } texts { name text } outcome stepKey agent { username } } }
  events(first: 200) { edges { node { seq type actorKey data } } } } }`;
const VIEW = `query($t: String!) { publicSurvey(token: $t) { status title { zh en } form surveyJson caseReference expiresAt answeredAt } }`;
const ANSWER = `mutation($t: String!, $a: JSON!) { submitSurveyAnswer(token: $t, answers: $a) { status answeredAt } }`;
const SEND = `mutation($id: ID!, $key: String!) { sendSurvey(caseId: $id, surveyKey: $key) { id surveyKey surveyVersion trigger url expiresAt sentAt } }`;
const ANSWERS = `query($f: SurveyAnswerFilter!, $first: Int, $after: String) { surveyAnswers(filter: $f, first: $first, after: $after) {
  edges { cursor node { id caseReference surveyKey trigger flowKey flowVersion stepKey outcome channel department agent { username }
    scores { nps csat ces } texts { name text } answeredAt } } pageInfo { hasNextPage endCursor } } }`;

const SURVEY = {
  title: t('服务回访', 'Service follow-up'),
  elements: [
    {
      type: 'rating',
      name: 'nps',
      title: t('推荐意愿', 'Would you recommend us?'),
      metric: 'nps',
      isRequired: true,
    },
    { type: 'rating', name: 'csat', title: t('满意度', 'Satisfaction'), metric: 'csat' },
    { type: 'rating', name: 'nps2', title: t('再问一次', 'Again'), metric: 'nps' },
    { type: 'textarea', name: 'why', title: t('原因', 'Why?'), maxLength: 500 },
  ],
};
const REF = { surveyKey: 'follow-up', pin: 'publish' };

/** A survey step sending the library survey, then an end whose outcome sends it again. */
function flow(key: string): Json {
  return {
    schemaVersion: 1,
    key,
    version: 1,
    name: t('回访流程', 'Follow-up flow'),
    roles: [{ key: 'agent', name: t('客服人员', 'Agent') }],
    forms: [],
    start: 'ask',
    steps: [
      { kind: 'survey', key: 'ask', name: t('调查', 'Survey'), survey: REF },
      { kind: 'end', key: 'done', name: t('办结', 'Done'), outcome: 'resolved' },
    ],
    transitions: [{ key: 't1', from: 'ask', to: 'done' }],
    surveyByOutcome: { resolved: REF },
  };
}

type Ev = { seq?: number; type: string; actorKey: string | null; data: Json };
type Inv = {
  id: string;
  trigger: string;
  stepKey: string | null;
  url: string | null;
  remindedAt: string | null;
  answeredAt: string | null;
  answer: {
    scores: Json;
    texts: Json[];
    outcome: string | null;
    stepKey: string | null;
    agent: Json | null;
  } | null;
};
type CaseRead = {
  status: string;
  activeSteps: string[];
  surveyInvitations: Inv[];
  events: { edges: { node: Ev }[] };
};

const code = (r: GqlResponse<unknown>) => r.errors?.[0]?.extensions?.code;

describe('surveys in use', () => {
  let h: Harness;

  async function readCase(id: string): Promise<CaseRead> {
    return ok(await h.gql<{ case: CaseRead }>(CASE, { id })).case;
  }
  const events = (c: CaseRead) => c.events.edges.map((e) => e.node);

  /** The token the webhook delivering the invitation's `surveySent` carries. */
  async function tokenOf(caseId: string, invitationId: string): Promise<string> {
    const sent = events(await readCase(caseId)).find(
      (e) => e.type === 'surveySent' && e.data['invitationId'] === invitationId,
    )!;
    const link = await surveyLinkOfEvent(h.db.models, sent);
    expect(link).toMatchObject({ url: expect.stringMatching(/^\/s\/[\w-]+\.[\w-]+\.[\w-]+$/) });
    return String(link!['url']).slice(3);
  }

  async function openCase(): Promise<{ id: string; events: Ev[] }> {
    const opened = ok(
      await h.gql<{ openCase: { case: { id: string }; events: Ev[] } }>(OPEN, {
        input: openInput({ templateKey: 'follow-up-flow', channel: 'APP' }),
      }),
    ).openCase;
    ok(await h.gql(CLAIM, { id: opened.case.id }));
    return { id: opened.case.id, events: opened.events };
  }

  beforeAll(async () => {
    h = await startHarness();
    ok(await h.gql(CREATE_SURVEY, { input: { key: 'follow-up', title: SURVEY.title, definition: SURVEY } }));
    ok(await h.gql(PUBLISH_SURVEY, { key: 'follow-up', base: 1 }));
    await createTemplate(h, 'follow-up-flow', { definition: flow('follow-up-flow') });
    ok(await h.gql(PUBLISH, { key: 'follow-up-flow', base: 1, notes: 'v1' }));
  });
  afterAll(async () => {
    setCaseClock(h.db.models, null);
    await h?.close();
  });

  it('a survey step sends an invitation in the batch of its request; the webhook path carries the link', async () => {
    const c = await openCase();
    const types = c.events.map((e) => e.type);
    const requested = types.indexOf('surveyRequested');
    expect(requested).toBeGreaterThan(-1);
    expect(types[requested + 1]).toBe('surveySent');
    const sent = c.events[requested + 1]!;
    expect(sent.actorKey).toBe('system:surveys');
    expect(sent.data).toEqual({
      invitationId: expect.any(String),
      surveyKey: 'follow-up',
      surveyVersion: 1,
      stepKey: 'ask',
      outcome: null,
      trigger: 'step',
      expiresAt: expect.any(String),
    });
    // The log never holds the token.
    expect(JSON.stringify(c.events)).not.toMatch(/eyJ/);
    const read = await readCase(c.id);
    expect(read.surveyInvitations).toEqual([
      expect.objectContaining({ id: sent.data['invitationId'], trigger: 'STEP', stepKey: 'ask', url: null }),
    ]);
    const token = await tokenOf(c.id, String(sent.data['invitationId']));
    // The same token every time (re-signed, never stored).
    expect(await tokenOf(c.id, String(sent.data['invitationId']))).toBe(token);
    const view = ok(await h.gql<{ publicSurvey: Json }>(VIEW, { t: token }, { as: null })).publicSurvey;
    expect(view).toMatchObject({ status: 'OPEN', title: SURVEY.title, answeredAt: null });
    expect((view['form'] as { elements: unknown[] }).elements).toHaveLength(4);
    expect(view['surveyJson']).toMatchObject({ pages: [{ elements: expect.any(Array) }] });
    // Another audience's token (a forged or other link) opens nothing.
    expect(code(await h.gql(VIEW, { t: `${token}x` }, { as: null }))).toBe('LINK_INVALID');
  });

  it('validates answers with the engine (field paths, zh and en), then the answer completes the step', async () => {
    const c = await openCase();
    const inv = (await readCase(c.id)).surveyInvitations[0]!;
    const token = await tokenOf(c.id, inv.id);
    const bad = await h.gql(ANSWER, { t: token, a: { nps: 11, csat: 4 } }, { as: null });
    expect(code(bad)).toBe('FORM_INVALID');
    expect(bad.errors![0]!.extensions!.fieldPath).toEqual(['answers', 'nps']);
    expect(bad.errors![0]!.extensions!.messages).toEqual({ zh: expect.any(String), en: expect.any(String) });
    const missing = await h.gql(ANSWER, { t: token, a: { csat: 4 } }, { as: null });
    expect(code(missing)).toBe('FORM_INVALID');
    expect(missing.errors![0]!.extensions!.fieldPath).toEqual(['answers', 'nps']);
    const unknown = await h.gql(ANSWER, { t: token, a: { nps: 3, bogus: 1 } }, { as: null });
    expect(unknown.errors![0]!.extensions!.fieldPath).toEqual(['answers', 'bogus']);

    const done = ok(
      await h.gql<{ submitSurveyAnswer: Json }>(
        ANSWER,
        { t: token, a: { nps: 9, csat: 4, nps2: 2, why: '服务很好，处理很快 Fast' } },
        { as: null },
      ),
    ).submitSurveyAnswer;
    expect(done['status']).toBe('ANSWERED');
    const after = await readCase(c.id);
    // The step completed and the case moved on to its end; the end's outcome sent a second invitation.
    expect(after.status).toBe('RESOLVED');
    const log = events(after);
    const answered = log.find((e) => e.type === 'surveyAnswered')!;
    expect(answered.actorKey).toBe(`customer:${inv.id}`);
    expect(answered.data).toEqual({
      invitationId: inv.id,
      answerId: expect.stringMatching(/^[0-9a-f]{24}$/),
      surveyKey: 'follow-up',
      surveyVersion: 1,
      stepKey: 'ask',
      outcome: null,
      scores: { nps: 9, csat: 4 },
    });
    const completed = log.find((e) => e.type === 'stepCompleted' && e.data['stepKey'] === 'ask')!;
    expect(completed.seq).toBe(answered.seq! + 1);
    expect(completed.data).toMatchObject({ outcome: 'answered', data: { nps: 9, csat: 4 } });
    const outcomeSent = log.filter((e) => e.type === 'surveySent')[1]!;
    expect(outcomeSent.data).toMatchObject({ trigger: 'outcome', outcome: 'resolved', stepKey: 'done' });
    expect(after.surveyInvitations.map((i) => i.trigger)).toEqual(['STEP', 'OUTCOME']);
    expect(after.surveyInvitations[0]!.answer).toEqual({
      scores: { nps: 9, csat: 4, ces: null },
      texts: [{ name: 'why', text: '服务很好，处理很快 Fast' }],
      outcome: null,
      stepKey: 'ask',
      agent: { username: 'admin' },
    });
    // The page now says answered; a second answer is refused.
    expect(
      ok(await h.gql<{ publicSurvey: Json }>(VIEW, { t: token }, { as: null })).publicSurvey,
    ).toMatchObject({
      status: 'ANSWERED',
      form: null,
    });
    expect(code(await h.gql(ANSWER, { t: token, a: { nps: 1 } }, { as: null }))).toBe(
      'SURVEY_ALREADY_ANSWERED',
    );

    // The outcome's invitation records the case's end outcome at answer time.
    const second = after.surveyInvitations[1]!;
    ok(
      await h.gql(
        ANSWER,
        { t: await tokenOf(c.id, second.id), a: { nps: 5, why: '等待太久 too SLOW' } },
        { as: null },
      ),
    );
    const row = await h.db.models.SurveyAnswer.findOne({ invitationId: second.id }).lean().exec();
    expect(row).toMatchObject({
      caseId: new Types.ObjectId(Buffer.from(c.id, 'base64url').toString().split(':')[1]),
      flowKey: 'follow-up-flow',
      flowVersion: 1,
      stepKey: 'done',
      outcome: 'resolved',
      trigger: 'outcome',
      channel: 'APP',
      departmentCode: 'CUSTOMER_SERVICE',
      scores: { nps: 5 },
      appended: true,
    });
    expect(row!.agentId).not.toBeNull();
    const outcomeAnswered = events(await readCase(c.id)).filter((e) => e.type === 'surveyAnswered')[1]!;
    expect(outcomeAnswered.data).toMatchObject({ outcome: 'resolved', stepKey: 'done', scores: { nps: 5 } });
  });

  it('takes exactly one answer under concurrent submits', async () => {
    const c = await openCase();
    const inv = (await readCase(c.id)).surveyInvitations[0]!;
    const token = await tokenOf(c.id, inv.id);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => h.gql(ANSWER, { t: token, a: { nps: i + 1 } }, { as: null })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'SURVEY_ALREADY_ANSWERED')).toHaveLength(5);
    const log = events(await readCase(c.id));
    expect(log.filter((e) => e.type === 'surveyAnswered')).toHaveLength(1);
    expect(log.filter((e) => e.type === 'stepCompleted' && e.data['stepKey'] === 'ask')).toHaveLength(1);
    expect(await h.db.models.SurveyAnswer.countDocuments({ invitationId: inv.id })).toBe(1);
  });

  it('sends on demand: the URL once, the staff member as actor; the link answers like any other', async () => {
    const c = await openCase();
    const sent = ok(await h.gql<{ sendSurvey: Inv & Json }>(SEND, { id: c.id, key: 'follow-up' })).sendSurvey;
    expect(sent).toMatchObject({ surveyKey: 'follow-up', surveyVersion: 1, trigger: 'ON_DEMAND' });
    expect(sent.url).toMatch(/^\/s\/.+/);
    const read = await readCase(c.id);
    expect(read.surveyInvitations.find((i) => i.id === sent.id)!.url).toBeNull();
    const ev = events(read).find((e) => e.type === 'surveySent' && e.data['invitationId'] === sent.id)!;
    expect(ev.actorKey).toMatch(/^user:/);
    expect(ev.data).toMatchObject({ trigger: 'on-demand', stepKey: null, outcome: null });
    ok(await h.gql(ANSWER, { t: sent.url!.slice(3), a: { nps: 10, why: 'a.b literal' } }, { as: null }));
    // The on-demand answer does not complete the survey step (the step's own link does).
    expect((await readCase(c.id)).activeSteps).toEqual(['ask']);
    // An unpublished or unknown survey is refused at its field.
    const refused = await h.gql(SEND, { id: c.id, key: 'no-such-survey' });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.fieldPath).toEqual(['surveyKey']);
  });

  it('staff may submit a library survey step by hand; its answers are checked against the survey', async () => {
    const c = await openCase();
    const bad = await h.gql(SUBMIT_STEP, { id: c.id, step: 'ask', data: { nps: 12 } });
    expect(code(bad)).toBe('FORM_INVALID');
    const moved = ok(
      await h.gql<{ submitStep: { case: { status: string } } }>(SUBMIT_STEP, {
        id: c.id,
        step: 'ask',
        data: { nps: 8, csat: 5 },
      }),
    ).submitStep;
    expect(moved.case.status).toBe('RESOLVED');
  });

  it('searches free text (Chinese and English, literal, case-insensitive) with keyset paging', async () => {
    const search = async (f: Json, first = 50, after?: string) =>
      ok(
        await h.gql<{
          surveyAnswers: {
            edges: { cursor: string; node: Json }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }>(ANSWERS, { f, first, after }),
      ).surveyAnswers;
    const zh = await search({ search: '处理很快' });
    expect(zh.edges).toHaveLength(1);
    expect(zh.edges[0]!.node).toMatchObject({
      surveyKey: 'follow-up',
      trigger: 'STEP',
      flowKey: 'follow-up-flow',
      stepKey: 'ask',
      agent: { username: 'admin' },
      scores: { nps: 9, csat: 4, ces: null },
    });
    expect((await search({ search: 'slow' })).edges.map((e) => e.node['outcome'])).toEqual(['resolved']);
    expect((await search({ search: 'A.B' })).edges).toHaveLength(1);
    expect((await search({ search: 'a.c' })).edges).toHaveLength(0);
    expect((await search({ search: 'axb' })).edges).toHaveLength(0);
    const all = await search({ surveyKey: 'follow-up' });
    expect(all.edges.length).toBe(4);
    // Newest first, one at a time, without repeats or gaps.
    const seen: string[] = [];
    let page = await search({ surveyKey: 'follow-up' }, 2);
    seen.push(...page.edges.map((e) => String(e.node['id'])));
    while (page.pageInfo.hasNextPage) {
      page = await search({ surveyKey: 'follow-up' }, 2, page.pageInfo.endCursor);
      seen.push(...page.edges.map((e) => String(e.node['id'])));
    }
    expect(seen).toEqual(all.edges.map((e) => String(e.node['id'])));
    const future = new Date(caseNow(h.db.models).getTime() + 3_600_000).toISOString();
    expect((await search({ from: future })).edges).toHaveLength(0);
    expect((await search({ to: future, search: 'slow' })).edges).toHaveLength(1);
  });

  it(`rate-limits a link to ${SURVEY_RATE_PER_TOKEN} requests and an address to ${SURVEY_RATE_PER_ADDRESS} in the window`, async () => {
    const c = await openCase();
    const inv = (await readCase(c.id)).surveyInvitations[0]!;
    const token = await tokenOf(c.id, inv.id);
    // A clock of its own, a day ahead: only this test's requests are in its windows.
    let now = new Date(caseNow(h.db.models).getTime() + 24 * 3600_000);
    setCaseClock(h.db.models, () => now);
    try {
      for (let i = 0; i < SURVEY_RATE_PER_TOKEN; i++) ok(await h.gql(VIEW, { t: token }, { as: null }));
      const limited = await h.gql(ANSWER, { t: token, a: { nps: 5 } }, { as: null });
      expect(code(limited)).toBe('RATE_LIMITED');
      expect(limited.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(600);
      now = new Date(now.getTime() + 600_001);
      ok(await h.gql(VIEW, { t: token }, { as: null }));

      now = new Date(now.getTime() + 24 * 3600_000);
      const tries = Array.from({ length: SURVEY_RATE_PER_ADDRESS }, (_, i) => `not-a-token-${i}`);
      for (let i = 0; i < tries.length; i += 10)
        for (const res of await Promise.all(
          tries.slice(i, i + 10).map((x) => h.gql(VIEW, { t: x }, { as: null })),
        ))
          expect(code(res)).toBe('LINK_INVALID');
      expect(code(await h.gql(VIEW, { t: token }, { as: null }))).toBe('RATE_LIMITED');
    } finally {
      setCaseClock(h.db.models, null);
    }
  });

  it('reminds an unanswered invitation once, after PARLEY_SURVEY_REMIND_HOURS, across concurrent sweeps', async () => {
    const c = await openCase();
    const inv = (await readCase(c.id)).surveyInvitations[0]!;
    const base = caseNow(h.db.models);
    let now = new Date(base.getTime() + 47 * 3600_000);
    setCaseClock(h.db.models, () => now);
    try {
      await sendDueSurveyReminders(h.db.models);
      expect((await readCase(c.id)).surveyInvitations[0]!.remindedAt).toBeNull();
      now = new Date(base.getTime() + 49 * 3600_000);
      // Two sweeps at once (two server processes), then another round.
      await Promise.all([sendDueSurveyReminders(h.db.models), sendDueSurveyReminders(h.db.models)]);
      await sendDueSurveyReminders(h.db.models);
      const read = await readCase(c.id);
      const reminders = events(read).filter((e) => e.type === 'surveyReminderSent');
      expect(reminders.map((e) => e.data)).toEqual([{ invitationId: inv.id }]);
      expect(reminders[0]!.actorKey).toBe('system:surveys');
      expect(read.surveyInvitations[0]!.remindedAt).not.toBeNull();
      // The reminder's delivery carries the link again.
      expect(await surveyLinkOfEvent(h.db.models, reminders[0]!)).toMatchObject({ url: expect.any(String) });
      // Answered invitations got none.
      const answered = await h.db.models.SurveyInvitation.find({ answeredAt: trusted({ $ne: null }) })
        .lean()
        .exec();
      expect(answered.length).toBeGreaterThan(0);
      expect(answered.every((a) => a.remindedAt === null)).toBe(true);
    } finally {
      setCaseClock(h.db.models, null);
    }
  });
});
