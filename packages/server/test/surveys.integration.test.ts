/**
 * Surveys: versioned like flows on the same store (append-only drafts and versions, CONFLICT on a stale
 * revision, one winner among concurrent saves, refused publications write nothing), with questions in
 * the engine's form format and checked by the engine's validator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { errorOf, ok, type Json } from './flows-helpers';

const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id key title { zh en } version definition draftRevision draftDefinition } }`;
const SAVE = `mutation($key: String!, $base: Int!, $def: JSON!) { saveSurveyDraft(key: $key, baseRevision: $base, definition: $def) { draftRevision draftDefinition version } }`;
const PUBLISH = `mutation($key: String!, $base: Int!) { publishSurvey(key: $key, baseRevision: $base) { key version definition draftRevision } }`;
const SURVEY = `query($key: String!) { survey(key: $key) { key version definition draftRevision draftDefinition } }`;

const t = (zh: string, en: string) => ({ zh, en });

/** NPS, CSAT, CES, single and multiple choice, text; a follow-up shown and required by rule. */
function satisfaction(): Json {
  return {
    title: t('服务满意度', 'Service satisfaction'),
    elements: [
      {
        type: 'rating',
        name: 'nps',
        title: t('您向亲友推荐我行的可能性', 'How likely are you to recommend us?'),
        rateMin: 0,
        rateMax: 10,
        isRequired: true,
      },
      {
        type: 'rating',
        name: 'csat',
        title: t('对本次服务的满意程度', 'How satisfied are you with this service?'),
        rateMin: 1,
        rateMax: 5,
      },
      {
        type: 'rating',
        name: 'ces',
        title: t('办理是否省力', 'How easy was it to get this done?'),
        rateMin: 1,
        rateMax: 7,
      },
      {
        type: 'select',
        name: 'channel',
        title: t('您通过哪个渠道联系我们', 'Which channel did you use?'),
        choices: [
          { value: 'app', text: t('手机银行', 'Mobile app') },
          { value: 'phone', text: t('电话', 'Phone') },
        ],
      },
      {
        type: 'multi-select',
        name: 'liked',
        title: t('您满意的方面', 'What did you like?'),
        choices: [
          { value: 'speed', text: t('速度', 'Speed') },
          { value: 'attitude', text: t('态度', 'Attitude') },
        ],
      },
      {
        type: 'textarea',
        name: 'why',
        title: t('请告诉我们原因', 'Please tell us why'),
        maxLength: 500,
        visibleWhen: { '<=': [{ var: 'data.nps' }, 6] },
        requiredWhen: { '<=': [{ var: 'data.nps' }, 3] },
      },
    ],
  };
}

async function counts(h: Harness) {
  const m = h.db.models;
  return Promise.all([
    m.Survey.countDocuments({}).exec(),
    m.SurveyDraft.countDocuments({}).exec(),
    m.SurveyVersion.countDocuments({}).exec(),
    m.ConfigAudit.countDocuments({}).exec(),
  ]);
}

describe('surveys', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates a survey with an empty draft, or with given questions', async () => {
    const empty = ok(
      await h.gql<{ createSurvey: Json }>(CREATE, {
        input: { key: 'empty-survey', title: t('空', 'Empty') },
      }),
    );
    expect(empty.createSurvey).toMatchObject({
      key: 'empty-survey',
      version: null,
      definition: null,
      draftRevision: 1,
      draftDefinition: { key: 'empty-survey', title: t('空', 'Empty'), elements: [] },
    });
    const full = ok(
      await h.gql<{ createSurvey: Json }>(CREATE, {
        input: { key: 'csat-survey', title: t('满意度', 'Satisfaction'), definition: satisfaction() },
      }),
    );
    expect((full.createSurvey['draftDefinition'] as { elements: unknown[] }).elements).toHaveLength(6);
  });

  it('refuses bad input and duplicate keys, writing nothing', async () => {
    const before = await counts(h);
    const bad: [Json, string, (string | number)[]][] = [
      [{ key: 'X', title: t('甲', 'A') }, 'BAD_USER_INPUT', ['input', 'key']],
      [{ key: 'ok-survey', title: t('甲', '') }, 'BAD_USER_INPUT', ['input', 'title', 'en']],
      [
        {
          key: 'ok-survey',
          title: t('甲', 'A'),
          definition: { title: t('甲', 'A'), elements: [{ type: 'rating' }] },
        },
        'DEFINITION_INVALID',
        ['input', 'definition', 'elements', '0', 'name'],
      ],
      [{ key: 'csat-survey', title: t('甲', 'A') }, 'CONFLICT', ['input', 'key']],
    ];
    for (const [input, code, fieldPath] of bad) {
      const err = errorOf(await h.gql(CREATE, { input }));
      expect(err.extensions).toMatchObject({ code, fieldPath });
    }
    expect(await counts(h)).toEqual(before);
  });

  it('saves with optimistic concurrency: stale saves get CONFLICT; one of 10 concurrent saves wins', async () => {
    const saved = ok(
      await h.gql<{ saveSurveyDraft: { draftRevision: number } }>(SAVE, {
        key: 'empty-survey',
        base: 1,
        def: satisfaction(),
      }),
    );
    expect(saved.saveSurveyDraft.draftRevision).toBe(2);
    const stale = errorOf(
      await h.gql(SAVE, { key: 'empty-survey', base: 1, def: { ...satisfaction(), elements: [] } }),
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 2 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        h.gql(SAVE, {
          key: 'empty-survey',
          base: 2,
          def: { ...satisfaction(), description: t(`第 ${i} 位`, `writer ${i}`) },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(9);
    const revisions = await h.db.models.SurveyDraft.find({ key: 'empty-survey' })
      .sort({ revision: 1 })
      .lean();
    expect(revisions.map((r) => r.revision)).toEqual([1, 2, 3]);
  });

  it('publishes a valid draft; refuses an invalid one with problems, an empty one, and an unchanged one', async () => {
    const published = ok(
      await h.gql<{ publishSurvey: Json }>(PUBLISH, { key: 'csat-survey', base: 1 }),
    ).publishSurvey;
    expect(published).toMatchObject({
      key: 'csat-survey',
      version: 1,
      definition: { key: 'csat-survey', title: t('服务满意度', 'Service satisfaction') },
    });
    const before = await counts(h);
    const unchanged = errorOf(await h.gql(PUBLISH, { key: 'csat-survey', base: 1 }));
    expect(unchanged.extensions).toMatchObject({ code: 'BAD_USER_INPUT', latestVersion: 1 });
    const stale = errorOf(await h.gql(PUBLISH, { key: 'empty-survey', base: 1 }));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 3 });
    ok(await h.gql(CREATE, { input: { key: 'blank-survey', title: t('空白', 'Blank') } }));
    const none = errorOf(await h.gql(PUBLISH, { key: 'blank-survey', base: 1 }));
    expect(none.extensions!.code).toBe('DEFINITION_INVALID');
    expect(none.extensions!['problems']).toEqual([
      expect.objectContaining({ code: 'SURVEY_EMPTY', path: ['elements'] }),
    ]);
    const broken = satisfaction() as { elements: Json[] };
    broken.elements[0] = { ...broken.elements[0], rateMin: 10, rateMax: 0 };
    broken.elements[5] = { ...broken.elements[5], visibleWhen: { '<=': [{ var: 'data.unknown' }, 6] } };
    broken.elements.push({ type: 'slider', name: 'slide', title: t('滑块', 'Slider') });
    broken.elements.push({ type: 'matrix', name: 'grid', title: t('矩阵', 'Matrix') }); // no rows or columns
    const after = await counts(h);
    ok(await h.gql(SAVE, { key: 'blank-survey', base: 1, def: broken }));
    const invalid = errorOf(await h.gql(PUBLISH, { key: 'blank-survey', base: 2 }));
    expect(invalid.extensions!.code).toBe('DEFINITION_INVALID');
    const paths = (invalid.extensions!['problems'] as { path: string[] }[]).map((p) =>
      p.path.slice(0, 3).join('/'),
    );
    expect(paths).toEqual(
      expect.arrayContaining(['elements/0', 'elements/5/visibleWhen', 'elements/6/type', 'elements/7']),
    );
    expect(await h.db.models.SurveyVersion.countDocuments({ key: 'blank-survey' })).toBe(0);
    expect(before[2]).toBe(after[2]);
  });

  it('lists surveys by key and reads one; every change is audited', async () => {
    const list = ok(
      await h.gql<{
        surveys: {
          totalCount: number;
          edges: { node: { key: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        `query { surveys(first: 2) { totalCount edges { node { key } } pageInfo { hasNextPage endCursor } } }`,
      ),
    ).surveys;
    expect(list.totalCount).toBe(3);
    expect(list.edges.map((e) => e.node.key)).toEqual(['blank-survey', 'csat-survey']);
    const rest = ok(
      await h.gql<{ surveys: { edges: { node: { key: string } }[]; pageInfo: { hasNextPage: boolean } } }>(
        `query($a: String) { surveys(first: 2, after: $a) { edges { node { key } } pageInfo { hasNextPage } } }`,
        { a: list.pageInfo.endCursor },
      ),
    ).surveys;
    expect(rest.edges.map((e) => e.node.key)).toEqual(['empty-survey']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const one = ok(await h.gql<{ survey: Json }>(SURVEY, { key: 'csat-survey' })).survey;
    expect(one).toMatchObject({ version: 1, draftRevision: 1 });
    expect(ok(await h.gql<{ survey: null }>(SURVEY, { key: 'ghost' })).survey).toBeNull();
    const log = ok(
      await h.gql<{ configAuditLog: { edges: { node: { action: string } }[] } }>(
        `query { configAuditLog(entityType: "Survey", entityKey: "csat-survey") { edges { node { action } } } }`,
      ),
    ).configAuditLog.edges.map((e) => e.node.action);
    expect(log).toEqual(['survey.publish', 'survey.create']);
  });
});
