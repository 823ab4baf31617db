/**
 * The demo's satisfaction survey: a library survey (NPS, CSAT, CES and a comment) published once by
 * the demo supervisor, sent after a complaint closes and answered by the customer through the
 * public link, as `/s/<token>` would (docs/surveys-in-use.md).
 */
import type { DemoClient } from './client';

export const DEMO_SURVEY_KEY = 'demo-satisfaction';

const t = (zh: string, en: string) => ({ zh, en });

const DEFINITION = {
  title: t('投诉处理满意度回访', 'Complaint handling follow-up'),
  elements: [
    {
      type: 'rating',
      name: 'nps',
      title: t('您向亲友推荐我们的可能性有多大？', 'How likely are you to recommend us?'),
      metric: 'nps',
      isRequired: true,
    },
    {
      type: 'rating',
      name: 'csat',
      title: t('您对本次处理满意吗？', 'Are you satisfied with how it was handled?'),
      metric: 'csat',
    },
    {
      type: 'rating',
      name: 'ces',
      title: t('解决问题对您来说有多费力？', 'How much effort did it take you?'),
      metric: 'ces',
    },
    {
      type: 'textarea',
      name: 'comment',
      title: t('还有什么想告诉我们的？', 'Anything else to tell us?'),
      maxLength: 500,
    },
  ],
};

/** Publishes the demo survey unless a version of it exists (a second load reuses it). */
export async function ensureDemoSurvey(client: DemoClient, supervisor: string): Promise<void> {
  const found = await client.run<{ survey: { versions: { version: number }[] } | null }>(
    supervisor,
    `query($key: String!) { survey(key: $key) { versions { version } } }`,
    { key: DEMO_SURVEY_KEY },
  );
  if (found.survey && found.survey.versions.length > 0) return;
  if (!found.survey)
    await client.run(
      supervisor,
      `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { key } }`,
      {
        input: { key: DEMO_SURVEY_KEY, title: DEFINITION.title, definition: DEFINITION },
      },
    );
  await client.run(
    supervisor,
    `mutation($key: String!) { publishSurvey(key: $key, baseRevision: 1, releaseNotes: "演示数据 / demo data") { version } }`,
    { key: DEMO_SURVEY_KEY },
  );
}

/** One customer's answer, drawn when the scenario is planned. */
export interface DemoSurveyAnswer {
  nps: number;
  csat: number;
  ces: number;
  comment?: string;
}
