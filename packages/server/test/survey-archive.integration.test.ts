/**
 * Retiring a survey: `archiveSurvey` / `restoreSurvey`. An archived survey leaves the list (unless asked
 * for), is read-only, cannot be newly referenced by a flow nor sent on demand, while flow versions that
 * already pin it keep sending it and links already sent keep rendering. `referencedBy` says what an archive
 * affects. Refusals write nothing; an agent may do neither.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { counts, createTemplate, errorOf, ok, PUBLISH, ROLLBACK, SAVE, type Json } from './flows-helpers';
import { openInput } from './cases-helpers';
import { surveyLinkOfEvent } from '../src/features/survey-responses';

const t = (zh: string, en: string) => ({ zh, en });
const CREATE_SURVEY = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { key } }`;
const SAVE_SURVEY = `mutation($key: String!, $base: Int!, $def: JSON!) { saveSurveyDraft(key: $key, baseRevision: $base, definition: $def) { draftRevision } }`;
const PUBLISH_SURVEY = `mutation($key: String!, $base: Int!) { publishSurvey(key: $key, baseRevision: $base, releaseNotes: "v") { version } }`;
const ARCHIVE = `mutation($key: String!, $reason: String!) { archiveSurvey(key: $key, reason: $reason) {
  key archived archivedAt archivedByName archiveReason } }`;
const RESTORE = `mutation($key: String!) { restoreSurvey(key: $key) { key archived archivedAt archiveReason } }`;
const LIST = `query($all: Boolean) { surveys(first: 50, includeArchived: $all) { totalCount edges { node { key archived } } } }`;
const REFS = `query($key: String!) { survey(key: $key) { referencedBy {
  flowKey flowName { zh en } flowVersion draftRevision path pin pinnedVersion } } }`;
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } events { type data } } }`;
const SEND = `mutation($id: ID!, $key: String!) { sendSurvey(caseId: $id, surveyKey: $key) { id } }`;
const VIEW = `query($t: String!) { publicSurvey(token: $t) { status form } }`;
const AUDIT = `query($key: String!) { configAuditLog(entityType: "Survey", entityKey: $key, first: 50) { edges { node { action details } } } }`;

const survey = (title: string) => ({
  title: t('回访', 'Follow-up'),
  elements: [{ type: 'rating', name: 'csat', title: t(title, title), metric: 'csat' }],
});

/** A survey step sending `ref`, then an end. */
function surveyFlow(key: string, ref: unknown): Json {
  return {
    schemaVersion: 1,
    key,
    version: 1,
    name: t('回访流程', 'Follow-up flow'),
    roles: [{ key: 'agent', name: t('客服人员', 'Agent') }],
    forms: [],
    start: 'ask',
    steps: [
      { kind: 'survey', key: 'ask', name: t('调查', 'Survey'), survey: ref },
      { kind: 'end', key: 'done', name: t('办结', 'Done'), outcome: 'resolved' },
    ],
    transitions: [{ key: 't1', from: 'ask', to: 'done' }],
  };
}

type Ev = { type: string; data: Json };

describe('archiving a survey', () => {
  let h: Harness;
  const keys = async (all: boolean) => {
    const list = ok(
      await h.gql<{ surveys: { totalCount: number; edges: { node: { key: string } }[] } }>(LIST, { all }),
    ).surveys;
    return { total: list.totalCount, keys: list.edges.map((e) => e.node.key) };
  };
  const stored = async () => ({
    ...(await counts(h)),
    archives: await h.db.models.SurveyArchive.countDocuments({}).exec(),
    surveyDrafts: await h.db.models.SurveyDraft.countDocuments({}).exec(),
    surveyVersions: await h.db.models.SurveyVersion.countDocuments({}).exec(),
    invitations: await h.db.models.SurveyInvitation.countDocuments({}).exec(),
  });
  async function open(templateKey: string) {
    return ok(
      await h.gql<{ openCase: { case: { id: string }; events: Ev[] } }>(OPEN, {
        input: openInput({ templateKey, channel: 'APP' }),
      }),
    ).openCase;
  }

  beforeAll(async () => {
    h = await startHarness();
    for (const key of ['retiring', 'other']) {
      ok(
        await h.gql(CREATE_SURVEY, {
          input: { key, title: t('回访', 'Follow-up'), definition: survey('一') },
        }),
      );
      ok(await h.gql(PUBLISH_SURVEY, { key, base: 1 }));
    }
    await createTemplate(h, 'pinned-flow', {
      definition: surveyFlow('pinned-flow', { surveyKey: 'retiring', pin: 'publish' }),
    });
    ok(await h.gql(PUBLISH, { key: 'pinned-flow', base: 1, notes: 'v1' }));
    // A flow whose draft names the survey, never published.
    await createTemplate(h, 'draft-flow', {
      definition: surveyFlow('draft-flow', { surveyKey: 'retiring', pin: 'latest' }),
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('says which flow versions and current drafts refer to the survey', async () => {
    const refs = ok(await h.gql<{ survey: { referencedBy: Json[] } }>(REFS, { key: 'retiring' })).survey;
    expect(refs.referencedBy).toEqual([
      {
        flowKey: 'pinned-flow',
        flowName: { zh: '模板 pinned-flow', en: 'Template pinned-flow' },
        flowVersion: 1,
        draftRevision: null,
        path: 'steps[0].survey',
        pin: 'publish',
        pinnedVersion: 1,
      },
      {
        flowKey: 'draft-flow',
        flowName: { zh: '模板 draft-flow', en: 'Template draft-flow' },
        flowVersion: null,
        draftRevision: 1,
        path: 'steps[0].survey',
        pin: 'latest',
        pinnedVersion: null,
      },
      {
        flowKey: 'pinned-flow',
        flowName: { zh: '模板 pinned-flow', en: 'Template pinned-flow' },
        flowVersion: null,
        draftRevision: 1,
        path: 'steps[0].survey',
        pin: 'publish',
        pinnedVersion: null,
      },
    ]);
    // A draft that no longer names it stops counting.
    ok(
      await h.gql(SAVE, {
        key: 'draft-flow',
        base: 1,
        def: surveyFlow('draft-flow', { surveyKey: 'other', pin: 'latest' }),
      }),
    );
    const after = ok(await h.gql<{ survey: { referencedBy: Json[] } }>(REFS, { key: 'retiring' })).survey;
    expect(after.referencedBy.map((r) => [r['flowKey'], r['flowVersion']])).toEqual([
      ['pinned-flow', 1],
      ['pinned-flow', null],
    ]);
    ok(
      await h.gql(SAVE, {
        key: 'draft-flow',
        base: 2,
        def: surveyFlow('draft-flow', { surveyKey: 'retiring', pin: 'latest' }),
      }),
    );
    expect(
      ok(await h.gql<{ survey: { referencedBy: Json[] } }>(REFS, { key: 'other' })).survey.referencedBy,
    ).toEqual([]);
  });

  it('refuses an agent (FORBIDDEN) and a blank reason (at reason, zh and en), writing nothing', async () => {
    ok(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { username } }`, {
        input: {
          username: 'agent.li',
          displayName: 'Li',
          password: 'agent password 1',
          roles: ['agent'],
          departments: [],
        },
      }),
    );
    const agent = await h.login('agent.li', 'agent password 1');
    const before = await stored();
    expect(
      errorOf(await h.gql(ARCHIVE, { key: 'retiring', reason: '停用' }, { as: agent })).extensions?.code,
    ).toBe('FORBIDDEN');
    const blank = errorOf(await h.gql(ARCHIVE, { key: 'retiring', reason: '   ' }));
    expect(blank.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['reason'],
      messages: { zh: '请说明归档原因。', en: 'Say why the survey is archived.' },
    });
    expect(errorOf(await h.gql(ARCHIVE, { key: 'no-such', reason: 'x' })).extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await h.gql(RESTORE, { key: 'retiring' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['key'],
    });
    expect(await stored()).toEqual(before);
    expect((await keys(false)).keys).toEqual(['other', 'retiring']);
  });

  it('archives: hidden from the list unless asked for, read-only, refused to new flow publications and on-demand sends', async () => {
    const caseBefore = await open('pinned-flow');
    const archived = ok(
      await h.gql<{ archiveSurvey: Json }>(ARCHIVE, { key: 'retiring', reason: '  改用新问卷  ' }),
    ).archiveSurvey;
    expect(archived).toEqual({
      key: 'retiring',
      archived: true,
      archivedAt: expect.any(String),
      archivedByName: 'admin',
      archiveReason: '改用新问卷',
    });
    expect(await keys(false)).toEqual({ total: 1, keys: ['other'] });
    expect(await keys(true)).toEqual({ total: 2, keys: ['other', 'retiring'] });

    const before = await stored();
    const again = errorOf(await h.gql(ARCHIVE, { key: 'retiring', reason: 'again' }));
    expect(again.extensions).toMatchObject({ code: 'SURVEY_ARCHIVED', fieldPath: ['key'] });
    for (const res of [
      await h.gql(SAVE_SURVEY, { key: 'retiring', base: 1, def: survey('二') }),
      await h.gql(PUBLISH_SURVEY, { key: 'retiring', base: 1 }),
    ]) {
      expect(errorOf(res).extensions).toMatchObject({
        code: 'SURVEY_ARCHIVED',
        messages: {
          zh: '调查“retiring”已归档，不能修改、发布或新用于流程；如需使用请先恢复。',
          en: 'The survey "retiring" is archived: it cannot be changed, published or newly used by a flow. Restore it first.',
        },
      });
    }
    // A flow draft naming it cannot be published.
    const refused = errorOf(await h.gql(PUBLISH, { key: 'draft-flow', base: 3 }));
    expect(refused.extensions?.code).toBe('DEFINITION_INVALID');
    expect(refused.extensions?.['problems']).toEqual([
      expect.objectContaining({
        code: 'SURVEY_ARCHIVED',
        path: ['steps', '0', 'survey'],
        messages: {
          zh: '调查“retiring”已归档，不能在新发布的流程中使用；请选择其他调查，或先恢复该调查。',
          en: 'The survey "retiring" is archived and cannot be used by a newly published flow; choose another survey or restore it first.',
        },
      }),
    ]);
    const sent = errorOf(await h.gql(SEND, { id: caseBefore.case.id, key: 'retiring' }));
    expect(sent.extensions).toMatchObject({ code: 'SURVEY_ARCHIVED', fieldPath: ['surveyKey'] });
    expect(await stored()).toEqual(before);

    // The published flow version that pins it keeps sending version 1, and a link sent before renders.
    const caseAfter = await open('pinned-flow');
    const sentAfter = caseAfter.events.find((e) => e.type === 'surveySent')!;
    expect(sentAfter.data).toMatchObject({ surveyKey: 'retiring', surveyVersion: 1 });
    const sentBefore = caseBefore.events.find((e) => e.type === 'surveySent')!;
    const link = await surveyLinkOfEvent(h.db.models, sentBefore);
    const view = ok(
      await h.gql<{ publicSurvey: { status: string; form: { elements: unknown[] } } }>(
        VIEW,
        { t: String(link!['url']).slice(3) },
        { as: null },
      ),
    ).publicSurvey;
    expect(view.status).toBe('OPEN');
    expect(view.form.elements).toHaveLength(1);
    // A roll back of the flow restores what was in use.
    ok(
      await h.gql(SAVE, {
        key: 'pinned-flow',
        base: 1,
        def: surveyFlow('pinned-flow', { surveyKey: 'other', pin: 'publish' }),
      }),
    );
    ok(await h.gql(PUBLISH, { key: 'pinned-flow', base: 2, notes: 'v2' }));
    ok(await h.gql(ROLLBACK, { key: 'pinned-flow', to: 1 }));
  });

  it('restores: listed, editable and publishable in flows again; both changes audited', async () => {
    const restored = ok(await h.gql<{ restoreSurvey: Json }>(RESTORE, { key: 'retiring' })).restoreSurvey;
    expect(restored).toEqual({ key: 'retiring', archived: false, archivedAt: null, archiveReason: null });
    expect((await keys(false)).keys).toEqual(['other', 'retiring']);
    ok(await h.gql(SAVE_SURVEY, { key: 'retiring', base: 1, def: survey('二') }));
    ok(await h.gql(PUBLISH, { key: 'draft-flow', base: 3 }));
    const audit = ok(
      await h.gql<{ configAuditLog: { edges: { node: { action: string; details: Json } }[] } }>(AUDIT, {
        key: 'retiring',
      }),
    ).configAuditLog.edges.map((e) => e.node);
    expect(audit.filter((a) => a.action === 'survey.archive' || a.action === 'survey.restore')).toEqual([
      {
        action: 'survey.restore',
        details: expect.objectContaining({ archivedBy: 'admin', reason: '改用新问卷' }),
      },
      {
        action: 'survey.archive',
        details: expect.objectContaining({
          reason: '改用新问卷',
          referencedByFlowVersions: 1,
          referencedByFlowDrafts: 2,
        }),
      },
    ]);
  });
});
