/**
 * Survey versions like flows: publication with release notes, the list of versions with who and when,
 * a diff question by question, and a roll back that publishes an old definition again (and makes it the
 * draft) — each change in the config audit log, refusals writing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { errorOf, ok, type Json } from './flows-helpers';

const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { key draftRevision } }`;
const SAVE = `mutation($key: String!, $base: Int!, $def: JSON!) { saveSurveyDraft(key: $key, baseRevision: $base, definition: $def) { draftRevision } }`;
const PUBLISH = `mutation($key: String!, $base: Int!, $notes: String) { publishSurvey(key: $key, baseRevision: $base, releaseNotes: $notes) { version draftRevision } }`;
const PUBLISH_OLD = `mutation($key: String!, $base: Int!) { publishSurvey(key: $key, baseRevision: $base) { version } }`;
const ROLLBACK = `mutation($key: String!, $to: Int!, $base: Int!, $notes: String) {
  rollbackSurvey(key: $key, toVersion: $to, baseRevision: $base, releaseNotes: $notes) { version draftRevision definition draftDefinition }
}`;
const VERSIONS = `query($key: String!) { survey(key: $key) { versions {
  version contentHash releaseNotes publishedAt publishedByName publishedBy { username } restoredFrom definition
} } }`;
const DIFF = `query($key: String!, $from: Int!, $to: Int!) { surveyVersionDiff(key: $key, fromVersion: $from, toVersion: $to) {
  questionsAdded questionsRemoved questionsChanged changes { area key kind values { path before after } }
} }`;
const AUDIT = `query($key: String!) { configAuditLog(entityType: "Survey", entityKey: $key, first: 200) { edges { node { action details } } } }`;

const t = (zh: string, en: string) => ({ zh, en });
const nps = (title = t('推荐意愿', 'Would you recommend us?')) => ({
  type: 'rating',
  name: 'nps',
  title,
  rateMin: 0,
  rateMax: 10,
  isRequired: true,
});
const why = { type: 'textarea', name: 'why', title: t('原因', 'Why?') };
const channel = {
  type: 'select',
  name: 'channel',
  title: t('渠道', 'Channel'),
  choices: [{ value: 'app', text: t('手机银行', 'App') }],
};
const survey = (elements: Json[]) => ({ title: t('回访', 'Follow-up'), elements });

type VersionRow = {
  version: number;
  contentHash: string;
  releaseNotes: string | null;
  publishedAt: string;
  publishedByName: string;
  publishedBy: { username: string } | null;
  restoredFrom: number | null;
  definition: Json;
};

describe('survey versions', () => {
  let h: Harness;
  const versions = async (key: string) =>
    ok(await h.gql<{ survey: { versions: VersionRow[] } }>(VERSIONS, { key })).survey.versions;
  const stored = async () =>
    Promise.all([
      h.db.models.SurveyDraft.countDocuments({}).exec(),
      h.db.models.SurveyVersion.countDocuments({}).exec(),
      h.db.models.ConfigAudit.countDocuments({}).exec(),
    ]);

  beforeAll(async () => {
    h = await startHarness();
    ok(
      await h.gql(CREATE, {
        input: { key: 'follow-up', title: t('回访', 'Follow-up'), definition: survey([nps(), why]) },
      }),
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('publishes with release notes (and without, as before); lists versions newest first with who and when', async () => {
    expect(ok(await h.gql(PUBLISH, { key: 'follow-up', base: 1, notes: '  首版 first  ' }))).toEqual({
      publishSurvey: { version: 1, draftRevision: 1 },
    });
    ok(
      await h.gql(SAVE, { key: 'follow-up', base: 1, def: survey([nps(t('推荐', 'Recommend?')), channel]) }),
    );
    expect(ok(await h.gql(PUBLISH_OLD, { key: 'follow-up', base: 2 }))).toEqual({
      publishSurvey: { version: 2 },
    });
    const list = await versions('follow-up');
    expect(list.map((v) => [v.version, v.releaseNotes, v.publishedByName, v.publishedBy?.username])).toEqual([
      [2, null, 'admin', 'admin'],
      [1, '首版 first', 'admin', 'admin'],
    ]);
    expect(new Date(list[0]!.publishedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(list[1]!.publishedAt).getTime(),
    );
    expect((list[1]!.definition['elements'] as Json[]).map((e) => e['name'])).toEqual(['nps', 'why']);
  });

  it('refuses release notes that are too long, writing nothing', async () => {
    ok(await h.gql(SAVE, { key: 'follow-up', base: 2, def: survey([nps(), why, channel]) }));
    const before = await stored();
    const err = errorOf(await h.gql(PUBLISH, { key: 'follow-up', base: 3, notes: '长'.repeat(5000) }));
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['releaseNotes'] });
    expect(await stored()).toEqual(before);
  });

  it('diffs two versions question by question, texts before and after', async () => {
    const d = ok(
      await h.gql<{ surveyVersionDiff: Json }>(DIFF, { key: 'follow-up', from: 1, to: 2 }),
    ).surveyVersionDiff;
    expect(d).toMatchObject({
      questionsAdded: ['channel'],
      questionsRemoved: ['why'],
      questionsChanged: ['nps'],
    });
    expect(d['changes']).toEqual([
      { area: 'QUESTION', key: 'why', kind: 'REMOVED', values: [{ path: '', before: why, after: null }] },
      {
        area: 'QUESTION',
        key: 'channel',
        kind: 'ADDED',
        values: [{ path: '', before: null, after: channel }],
      },
      {
        area: 'QUESTION',
        key: 'nps',
        kind: 'CHANGED',
        values: [
          { path: 'title', before: t('推荐意愿', 'Would you recommend us?'), after: t('推荐', 'Recommend?') },
        ],
      },
    ]);
    const same = ok(await h.gql<{ surveyVersionDiff: Json }>(DIFF, { key: 'follow-up', from: 2, to: 2 }));
    expect(same.surveyVersionDiff['changes']).toEqual([]);
    const missing = errorOf(await h.gql(DIFF, { key: 'follow-up', from: 1, to: 9 }));
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', fieldPath: ['toVersion'] });
    const ghost = errorOf(await h.gql(DIFF, { key: 'no-such-survey', from: 1, to: 2 }));
    expect(ghost.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rolls back: the old definition becomes a new version and the draft; history is kept', async () => {
    const [v2] = await versions('follow-up');
    const rolled = ok(
      await h.gql<{ rollbackSurvey: Json }>(ROLLBACK, {
        key: 'follow-up',
        to: 1,
        base: 3,
        notes: '渠道题有误',
      }),
    ).rollbackSurvey;
    expect(rolled).toMatchObject({ version: 3, draftRevision: 4 });
    expect((rolled['definition'] as { elements: Json[] }).elements.map((e) => e['name'])).toEqual([
      'nps',
      'why',
    ]);
    expect(rolled['draftDefinition']).toEqual(rolled['definition']);
    const list = await versions('follow-up');
    expect(list.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(list[0]).toMatchObject({
      restoredFrom: 1,
      releaseNotes: '回滚至第 1 版 / Rolled back to version 1: 渠道题有误',
      contentHash: list[2]!.contentHash,
    });
    expect(list[1]).toEqual(v2);
  });

  it('refuses a stale revision, an unknown version, a rollback to what is live, and a reader — writing nothing', async () => {
    const before = await stored();
    const stale = errorOf(await h.gql(ROLLBACK, { key: 'follow-up', to: 2, base: 3 }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT' });
    const unknown = errorOf(await h.gql(ROLLBACK, { key: 'follow-up', to: 7, base: 4 }));
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', fieldPath: ['toVersion'] });
    const live = errorOf(await h.gql(ROLLBACK, { key: 'follow-up', to: 1, base: 4 }));
    expect(live.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(live.message).toMatch(/Nothing changed|没有可发布的变更/);
    ok(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username: 'survey.reader',
          displayName: 'Reader',
          password: 'correct horse battery',
          roles: ['agent'],
          departments: [],
        },
      }),
    );
    const reader = await h.login('survey.reader', 'correct horse battery');
    const refused = errorOf(await h.gql(ROLLBACK, { key: 'follow-up', to: 2, base: 4 }, { as: reader }));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN' });
    // A reader may still see the versions and their diff.
    expect(ok(await h.gql(DIFF, { key: 'follow-up', from: 1, to: 3 }, { as: reader }))).toBeTruthy();
    const after = await stored();
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    // The one new audit entry is the reader's creation, not a survey change.
    const actions = ok(
      await h.gql<{ configAuditLog: { edges: { node: { action: string } }[] } }>(AUDIT, { key: 'follow-up' }),
    ).configAuditLog.edges.map((e) => e.node.action);
    expect(actions.filter((a) => a === 'survey.rollback')).toHaveLength(1);
  });

  it('writes every change to the config audit log with its notes', async () => {
    const entries = ok(
      await h.gql<{ configAuditLog: { edges: { node: { action: string; details: Json } }[] } }>(AUDIT, {
        key: 'follow-up',
      }),
    ).configAuditLog.edges.map((e) => e.node);
    const publishes = entries.filter((e) => e.action === 'survey.publish').map((e) => e.details);
    expect(publishes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ version: 1, releaseNotes: '首版 first' }),
        expect.objectContaining({ version: 2, releaseNotes: null }),
      ]),
    );
    expect(entries.find((e) => e.action === 'survey.rollback')?.details).toMatchObject({
      version: 3,
      restoredFrom: 1,
      draftRevision: 4,
      releaseNotes: '回滚至第 1 版 / Rolled back to version 1: 渠道题有误',
    });
  });
});
