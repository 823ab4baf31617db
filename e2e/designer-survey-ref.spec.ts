/**
 * A flow sends a published survey of the survey library: the supervisor opens a flow with a survey
 * step in the designer, switches the step from "a form of this flow" to "a published survey", picks
 * the survey (its option shows the published version, an unpublished one cannot be picked), keeps the
 * pin "version at flow publication", and publishes the flow; the published flow version pins the
 * survey's version. Screenshots at 1280 and 390 px in zh-CN and en.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { FlowsPage, LoginPage } from './support/admin-pages';
import { GraphqlApi } from './support/graphql-api';
import { DesignerPanels } from './support/designer-panels';
import { DesignerPage } from './support/designer-page';
import { SurveyRefPicker } from './support/designer-survey-ref';

const SHOTS = '/tmp/shots-surveyver/';
const t = (zh: string, en: string) => ({ zh, en });

/** A flow whose first step sends the flow's own survey form. */
function followUpFlow(key: string) {
  return {
    schemaVersion: 1,
    key,
    version: 1,
    name: t('结案回访', 'Closing follow-up'),
    roles: [{ key: 'supervisor', name: t('主管', 'Supervisor') }],
    forms: [
      {
        key: 'own-survey',
        title: t('自带问卷', 'Own survey'),
        elements: [{ type: 'rating', name: 'score', title: t('评分', 'Score'), rateMin: 1, rateMax: 5 }],
      },
    ],
    start: 'ask',
    steps: [
      { kind: 'survey', key: 'ask', name: t('满意度调查', 'Satisfaction survey'), survey: 'own-survey' },
      { kind: 'end', key: 'done', name: t('办结', 'Done'), outcome: 'resolved' },
    ],
    transitions: [{ key: 't1', from: 'ask', to: 'done' }],
  };
}

describe('designer: a survey step sends a published survey (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let api: GraphqlApi;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    await mkdir(SHOTS, { recursive: true });
    api = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.supervisor.username,
      E2E_DEMO.supervisor.password,
    );
    const create = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { key } }`;
    await api.run(create, {
      input: {
        key: 'closing-csat',
        title: t('结案满意度', 'Closing CSAT'),
        definition: {
          title: t('结案满意度', 'Closing CSAT'),
          elements: [
            {
              type: 'rating',
              name: 'csat',
              title: t('您对处理结果满意吗', 'Happy with the outcome?'),
              rateMin: 1,
              rateMax: 5,
            },
          ],
        },
      },
    });
    await api.run(
      `mutation { publishSurvey(key: "closing-csat", baseRevision: 1, releaseNotes: "首版") { version } }`,
    );
    await api.run(create, {
      input: { key: 'unpublished-survey', title: t('未发布问卷', 'Unpublished survey') },
    });
    for (const key of ['survey-ref-e2e', 'survey-ref-shots'])
      await api.run(
        `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { key } }`,
        {
          input: {
            key,
            name: t('结案回访', 'Closing follow-up'),
            kind: 'SERVICE',
            definition: followUpFlow(key),
          },
        },
      );
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function signIn(
    width: number,
    locale: 'zh-CN' | 'en',
  ): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    await context.addInitScript((l) => window.localStorage.setItem('parley.locale', l), locale);
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}/flows`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(E2E_DEMO.supervisor);
    await page.waitForURL(/\/flows$/);
    await new FlowsPage(page).table.waitFor();
    return { page, close: () => page.context().close() };
  }

  it('picks a published survey for a survey step and publishes the flow, pinning the survey version', async () => {
    const { page, close } = await signIn(1280, 'zh-CN');
    const panels = new DesignerPanels(page);
    await page.goto(`${stack.adminUrl}/flows/survey-ref-e2e/edit`);
    await panels.panel.waitFor();
    await panels.selectStep('ask', '满意度调查');
    const picker = new SurveyRefPicker(page, 'survey-ref-step');
    await picker.useLibrary();
    const option = await picker.chooseSurvey('closing-csat');
    expect(await option.innerText()).toContain('结案满意度（closing-csat）· 第 1 版');
    const unpublished = page.locator(
      '.el-select-dropdown:visible [data-testid="survey-ref-option-unpublished-survey"]',
    );
    expect(await unpublished.innerText()).toContain('未发布');
    expect(await unpublished.getAttribute('class')).toContain('is-disabled');
    await option.click();
    // Pinned at publication is the default; the hint says what it means.
    expect(await page.getByTestId('survey-ref-step-pin-publish').locator('input').isChecked()).toBe(true);
    expect(await picker.root.innerText()).toContain('发布流程时固定为该调查当时的最新版本');
    await panels.waitSaved();
    await page.screenshot({ path: `${SHOTS}survey-ref-step-1280-zh.png`, fullPage: true });

    const designer = new DesignerPage(page);
    await designer.publish('改用调查库中的结案满意度');
    await page.getByText('已发布版本 v1').waitFor();
    const published = await api.run<{
      flowVersion: { version: number; definition: { steps: { survey: unknown }[] } };
    }>(`query { flowVersion(templateKey: "survey-ref-e2e") { version definition } }`);
    expect(published.flowVersion.version).toBe(1);
    expect(published.flowVersion.definition.steps[0]!.survey).toEqual({
      surveyKey: 'closing-csat',
      pin: 'publish',
      version: 1,
    });
    await close();
  });

  it('looks right at 1280 and 390 px in both languages', async () => {
    for (const [width, locale] of [
      [1280, 'en'],
      [390, 'zh-CN'],
      [390, 'en'],
    ] as const) {
      const { page, close } = await signIn(width, locale);
      const panels = new DesignerPanels(page);
      await page.goto(`${stack.adminUrl}/flows/survey-ref-shots/edit`);
      await panels.panel.waitFor();
      await panels.selectStep('ask', locale === 'en' ? 'Satisfaction survey' : '满意度调查');
      const picker = new SurveyRefPicker(page, 'survey-ref-step');
      await picker.useLibrary();
      await (await picker.chooseSurvey('closing-csat')).click();
      await picker.pin('latest');
      expect(await picker.root.innerText()).toContain(
        locale === 'en' ? 'Each time it is sent' : '每次发送时使用该调查当时的最新发布版本',
      );
      await picker.root.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}survey-ref-step-${width}-${locale}.png`, fullPage: true });
      await close();
    }
  });
});
