/**
 * Flows that send a published survey by key: publication checks the survey exists and is published and
 * pins `pin: 'publish'` references to the survey's version at that moment (a roll back keeps the pinned
 * version); a case sends the pinned version, or with `pin: 'latest'` the newest when it is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { counts, createTemplate, errorOf, ok, PUBLISH, ROLLBACK, SAVE, type Json } from './flows-helpers';
import { openInput } from './cases-helpers';

const t = (zh: string, en: string) => ({ zh, en });
const CREATE_SURVEY = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { key } }`;
const SAVE_SURVEY = `mutation($key: String!, $base: Int!, $def: JSON!) { saveSurveyDraft(key: $key, baseRevision: $base, definition: $def) { draftRevision } }`;
const PUBLISH_SURVEY = `mutation($key: String!, $base: Int!, $notes: String) { publishSurvey(key: $key, baseRevision: $base, releaseNotes: $notes) { version } }`;
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { events { type data } } }`;

const question = (title: string) => ({
  title: t('回访', 'Follow-up'),
  elements: [{ type: 'rating', name: 'csat', title: t(title, title), rateMin: 1, rateMax: 5 }],
});

/** A survey step sending `ref` first, then an end whose outcome sends `endRef` (if given). */
function surveyFlow(key: string, ref: unknown, endRef?: unknown): Json {
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
    ...(endRef ? { surveyByOutcome: { resolved: endRef } } : {}),
  };
}

type VersionData = { version: number; definition: { steps: { survey?: unknown }[]; surveyByOutcome?: Json } };

describe('flows referring to published surveys', () => {
  let h: Harness;

  async function flow(key: string, definition: Json, notes = 'v') {
    await createTemplate(h, key, { definition });
    return ok(await h.gql<{ publishFlowTemplate: VersionData }>(PUBLISH, { key, base: 1, notes }))
      .publishFlowTemplate;
  }
  async function sentSurvey(templateKey: string) {
    const events = ok(
      await h.gql<{ openCase: { events: { type: string; data: Json }[] } }>(OPEN, {
        input: openInput({ templateKey, channel: 'APP' }),
      }),
    ).openCase.events;
    return events.filter((e) => e.type === 'surveyRequested').map((e) => e.data);
  }

  beforeAll(async () => {
    h = await startHarness();
    ok(
      await h.gql(CREATE_SURVEY, {
        input: { key: 'csat-lib', title: t('满意度', 'CSAT'), definition: question('一') },
      }),
    );
    expect(ok(await h.gql(PUBLISH_SURVEY, { key: 'csat-lib', base: 1, notes: '首版' }))).toEqual({
      publishSurvey: { version: 1 },
    });
    ok(
      await h.gql(CREATE_SURVEY, {
        input: { key: 'draft-only', title: t('草稿', 'Draft'), definition: question('草') },
      }),
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('pins pin:publish references to the survey version at publication; latest records none', async () => {
    const pinned = await flow(
      'pinned-flow',
      surveyFlow('pinned-flow', { surveyKey: 'csat-lib', pin: 'publish' }),
    );
    expect(pinned.definition.steps[0]!.survey).toEqual({ surveyKey: 'csat-lib', pin: 'publish', version: 1 });
    const latest = await flow(
      'latest-flow',
      surveyFlow(
        'latest-flow',
        { surveyKey: 'csat-lib', pin: 'latest', version: undefined },
        {
          surveyKey: 'csat-lib',
          pin: 'publish',
        },
      ),
    );
    expect(latest.definition.steps[0]!.survey).toEqual({ surveyKey: 'csat-lib', pin: 'latest' });
    expect(latest.definition.surveyByOutcome).toEqual({
      resolved: { surveyKey: 'csat-lib', pin: 'publish', version: 1 },
    });
  });

  it('refuses a flow naming an unknown or unpublished survey, or a bad reference, writing nothing', async () => {
    await createTemplate(h, 'bad-ref-flow', {
      definition: surveyFlow(
        'bad-ref-flow',
        { surveyKey: 'no-such-survey', pin: 'publish' },
        {
          surveyKey: 'draft-only',
          pin: 'latest',
        },
      ),
    });
    const before = await counts(h);
    const err = errorOf(await h.gql(PUBLISH, { key: 'bad-ref-flow', base: 1 }));
    expect(err.extensions?.['code']).toBe('DEFINITION_INVALID');
    const problems = (
      err.extensions?.['problems'] as { code: string; path: string[]; messages: { en: string } }[]
    )
      .map((p) => [p.code, p.path.join('.'), p.messages.en])
      .filter(([c]) => c !== 'ROLE_WITHOUT_HOLDER');
    expect(problems).toEqual([
      ['SURVEY_NOT_PUBLISHED', 'steps.0.survey', 'There is no survey "no-such-survey".'],
      [
        'SURVEY_NOT_PUBLISHED',
        'surveyByOutcome.resolved',
        'The survey "draft-only" is not published yet; publish it before a flow uses it.',
      ],
    ]);
    ok(
      await h.gql(SAVE, {
        key: 'bad-ref-flow',
        base: 1,
        def: surveyFlow('bad-ref-flow', { surveyKey: 'csat-lib', pin: 'sometimes' }),
      }),
    );
    const shape = errorOf(await h.gql(PUBLISH, { key: 'bad-ref-flow', base: 2 }));
    expect(
      (shape.extensions?.['problems'] as { code: string; path: string[] }[])
        .filter((p) => p.code !== 'ROLE_WITHOUT_HOLDER')
        .map((p) => [p.code, p.path.join('.')]),
    ).toEqual([['SURVEY_REF_INVALID', 'steps.0.survey.pin']]);
    // Neither refusal published anything, nor was either audited as a publication.
    const after = await counts(h);
    expect(after.versions).toBe(before.versions);
    expect(after.audit).toBe(before.audit + 1); // the draft save only
  });

  it('sends the pinned version after a newer one is published; latest sends the newest', async () => {
    expect(await sentSurvey('pinned-flow')).toEqual([
      expect.objectContaining({
        survey: 'csat-lib',
        surveyKey: 'csat-lib',
        pin: 'publish',
        surveyVersion: 1,
        stepKey: 'ask',
      }),
    ]);
    ok(await h.gql(SAVE_SURVEY, { key: 'csat-lib', base: 1, def: question('二') }));
    expect(ok(await h.gql(PUBLISH_SURVEY, { key: 'csat-lib', base: 2 }))).toEqual({
      publishSurvey: { version: 2 },
    });
    const v2Hash = (await h.db.models.SurveyVersion.findOne({ key: 'csat-lib', version: 2 }).lean().exec())!
      .contentHash;
    expect(await sentSurvey('pinned-flow')).toEqual([
      expect.objectContaining({ surveyKey: 'csat-lib', surveyVersion: 1 }),
    ]);
    expect(await sentSurvey('latest-flow')).toEqual([
      expect.objectContaining({
        surveyKey: 'csat-lib',
        pin: 'latest',
        surveyVersion: 2,
        contentHash: v2Hash,
      }),
    ]);
  });

  it('a flow roll back keeps the survey version its bundle pinned; a new publication pins anew', async () => {
    const def = surveyFlow('pinned-flow', { surveyKey: 'csat-lib', pin: 'publish' });
    ok(
      await h.gql(SAVE, {
        key: 'pinned-flow',
        base: 1,
        def: { ...def, name: t('回访流程二', 'Follow-up flow 2') },
      }),
    );
    const v2 = ok(
      await h.gql<{ publishFlowTemplate: VersionData }>(PUBLISH, { key: 'pinned-flow', base: 2 }),
    ).publishFlowTemplate;
    expect(v2.definition.steps[0]!.survey).toEqual({ surveyKey: 'csat-lib', pin: 'publish', version: 2 });
    const back = ok(
      await h.gql<{ rollbackFlowTemplate: VersionData }>(ROLLBACK, { key: 'pinned-flow', to: 1 }),
    ).rollbackFlowTemplate;
    expect(back.version).toBe(3);
    expect(back.definition.steps[0]!.survey).toEqual({ surveyKey: 'csat-lib', pin: 'publish', version: 1 });
    expect(await sentSurvey('pinned-flow')).toEqual([expect.objectContaining({ surveyVersion: 1 })]);
  });
});
