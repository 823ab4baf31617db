/**
 * The survey story end to end, in Chromium against the real server: a supervisor builds a survey in the
 * editor and publishes it, makes a flow's survey step send it in the designer and publishes the flow; a
 * case on that flow sends the survey, and the customer's link (the one the webhook delivers) shows the
 * questions typed in the editor on a 390 px phone, where they are answered. Screenshots
 * `survey-story-*` in test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { surveyLinkOfEvent } from '../packages/server/src/features/survey-responses';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { GraphqlApi } from './support/graphql-api';
import { DesignerPanels } from './support/designer-panels';
import { DesignerPage } from './support/designer-page';
import { SurveyRefPicker } from './support/designer-survey-ref';
import { SurveyEditorPage, SurveysListPage } from './support/surveys';
import { phoneContext, screenshot, widths } from './support/customer-complaint';
import { CustomerSurveyPage } from './support/customer-survey';

const t = (zh: string, en: string) => ({ zh, en });
const FLOW = 'story-follow-up';

/** A flow whose survey step sends a form of its own (until the designer points it at the library). */
const flow = {
  schemaVersion: 1,
  key: FLOW,
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

describe('the survey story (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let api: GraphqlApi;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    api = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.supervisor.username,
      E2E_DEMO.supervisor.password,
    );
    await api.run(
      `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { key } }`,
      {
        input: { key: FLOW, name: flow.name, kind: 'SERVICE', definition: flow },
      },
    );
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('built in the editor, sent by a flow, answered on a phone', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}/surveys`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(E2E_DEMO.supervisor);

    // 1. The survey, in the editor: a CSAT question whose title the supervisor writes.
    const list = new SurveysListPage(page);
    await list.table.waitFor();
    await list.create('story-csat', { zh: '结案回访问卷', en: 'Closing questionnaire' });
    await page.waitForURL(/\/surveys\/story-csat$/);
    const editor = new SurveyEditorPage(page);
    await editor.root.waitFor();
    await editor.add('csat');
    await editor.select('csat');
    await editor.setTitle('zh', '您对这次结案处理满意吗？');
    await editor.setTitle('en', 'Are you happy with how we closed your case?');
    await editor.publish('首版');
    await editor.subtitle.filter({ hasText: '已发布第 1 版' }).waitFor();

    // 2. The flow's survey step sends it, pinned at the flow's publication.
    await page.goto(`${stack.adminUrl}/flows/${FLOW}/edit`);
    const panels = new DesignerPanels(page);
    await panels.panel.waitFor();
    await panels.selectStep('ask', '满意度调查');
    const picker = new SurveyRefPicker(page, 'survey-ref-step');
    await picker.useLibrary();
    const option = await picker.chooseSurvey('story-csat');
    expect(await option.innerText()).toContain('结案回访问卷（story-csat）· 第 1 版');
    await option.click();
    await panels.waitSaved();
    await new DesignerPage(page).publish('改用结案回访问卷');
    await page.getByText('已发布版本 v1').waitFor();
    await screenshot(page, 'survey-story-designer-1280-zh');
    await context.close();

    // 3. A case on the flow sends the survey; the customer opens the link on a phone.
    const opened = await api.run<{ openCase: { events: { type: string; data: Record<string, unknown> }[] } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { events { type data } } }`,
      {
        input: {
          templateKey: FLOW,
          channel: 'APP',
          customer: { name: '张三', idNumber: '11010519491231002X', phone: '13800138000' },
          departmentCode: 'CUSTOMER_SERVICE',
        },
      },
    );
    const sent = opened.openCase.events.find((e) => e.type === 'surveySent');
    expect(sent?.data).toMatchObject({ surveyKey: 'story-csat', surveyVersion: 1, stepKey: 'ask' });
    const link = await surveyLinkOfEvent(stack.db.models, sent!);
    const phone = await phoneContext(browser, 'zh-CN', 390);
    const customer = new CustomerSurveyPage(await phone.newPage());
    await customer.open(`${stack.adminUrl}${String(link!['url'])}`);
    expect(await customer.title.innerText()).toBe('结案回访问卷');
    expect(await customer.page.getByTestId('survey-public-field-csat').innerText()).toContain(
      '您对这次结案处理满意吗？',
    );
    const w = await widths(customer.page);
    expect(w.scrollWidth).toBeLessThanOrEqual(w.clientWidth);
    await screenshot(customer.page, 'survey-story-phone-390-zh');
    await customer.rate('csat', 5);
    await customer.submit();
    await customer.thanks.waitFor();
    await phone.close();
  }, 300_000);
});
