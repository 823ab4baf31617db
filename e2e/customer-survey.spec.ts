/**
 * Surveys in use in Chromium: an agent sends a published survey from the case screen (the link shown
 * once), the customer answers it on a 390 px phone in Chinese, a second link in English, and the agent
 * sees both answers (scores and text) on the case screen. A used link then says it was answered.
 * Screenshots `customer-survey-*` (390 and 1280 px, zh and en) in test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { GraphqlApi } from './support/graphql-api';
import { phoneContext, screenshot, switchToEnglish, widths } from './support/customer-complaint';
import { WorkspaceCasePage } from './support/case-page';
import { CaseSurveyCard, CustomerSurveyPage } from './support/customer-survey';

const t = (zh: string, en: string) => ({ zh, en });
const SURVEY = {
  title: t('服务回访', 'Service follow-up'),
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
      title: t('您对本次服务满意吗？', 'How satisfied are you with this service?'),
      metric: 'csat',
    },
    {
      type: 'textarea',
      name: 'why',
      title: t('还有什么想告诉我们的？', 'Anything else to tell us?'),
      maxLength: 500,
    },
  ],
};

describe('surveys in use (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let caseId: string;
  let enUrl: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    const agent = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.agentCs.username,
      E2E_DEMO.agentCs.password,
    );
    await admin.run(`mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { key } }`, {
      input: { key: 'service-follow-up', title: SURVEY.title, definition: SURVEY },
    });
    await admin.run(
      `mutation { publishSurvey(key: "service-follow-up", baseRevision: 1, releaseNotes: "首版") { version } }`,
    );
    const opened = await agent.run<{ openCase: { case: { id: string } } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
      {
        input: {
          templateKey: 'minsheng-e-negotiation',
          channel: 'APP',
          customer: { name: '张三', idNumber: '11010519491231002X', phone: '13800138000' },
          departmentCode: 'CUSTOMER_SERVICE',
          assignToMe: true,
        },
      },
    );
    caseId = opened.openCase.case.id;
    const sent = await agent.run<{ sendSurvey: { url: string } }>(
      `mutation($id: ID!) { sendSurvey(caseId: $id, surveyKey: "service-follow-up") { url } }`,
      { id: caseId },
    );
    enUrl = `${stack.adminUrl}${sent.sendSurvey.url}`;
    // The stack (server, admin build, demo seed) can take minutes on a loaded machine.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('the agent sends a survey, the customer answers on a phone in zh and en, the agent sees the answers', async () => {
    // The agent sends from the case screen; the link is shown once.
    const staff = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const casePage = new WorkspaceCasePage(await staff.newPage());
    await casePage.open(stack.adminUrl, caseId, E2E_DEMO.agentCs);
    const card = new CaseSurveyCard(casePage.page);
    const zhUrl = await card.send('服务回访');
    expect(zhUrl).toMatch(/\/s\/[\w-]+\.[\w-]+\.[\w-]+$/);
    await expect.poll(() => card.items.count()).toBe(2);

    // The customer, in Chinese, on a 390 px phone.
    const zhPhone = await phoneContext(browser, 'zh-CN', 390);
    const zh = new CustomerSurveyPage(await zhPhone.newPage());
    await zh.open(zhUrl);
    expect(await zh.title.innerText()).toBe('服务回访');
    await zh.submit();
    // The engine's validation, before anything is sent: NPS is required.
    await zh.page.getByTestId('survey-public-field-nps').getByRole('alert').waitFor();
    const zhWidths = await widths(zh.page);
    expect(zhWidths.scrollWidth).toBeLessThanOrEqual(zhWidths.clientWidth);
    await zh.rate('nps', 9);
    await zh.rate('csat', 4);
    await zh.write('why', '客户经理处理很快，态度很好。');
    await screenshot(zh.page, 'customer-survey-zh-390');
    await zh.submit();
    await zh.thanks.waitFor();
    expect(await zh.thanks.innerText()).toContain('提交成功');
    await screenshot(zh.page, 'customer-survey-thanks-zh-390');
    // The used link says so.
    await zh.open(zhUrl);
    await zh.page.getByTestId('survey-public-answered').waitFor();
    await screenshot(zh.page, 'customer-survey-answered-zh-390');
    await zhPhone.close();

    // A second link, answered in English.
    const enPhone = await phoneContext(browser, 'zh-CN', 390);
    const en = new CustomerSurveyPage(await enPhone.newPage());
    await en.open(enUrl);
    await switchToEnglish(en.page);
    await en.title.getByText('Service follow-up', { exact: true }).waitFor();
    await en.rate('nps', 6);
    await en.write('why', 'The waiting time on the phone was too long.');
    await screenshot(en.page, 'customer-survey-en-390');
    const enWidths = await widths(en.page);
    expect(enWidths.scrollWidth).toBeLessThanOrEqual(enWidths.clientWidth);
    await en.submit();
    await en.thanks.getByText('Thank you!', { exact: true }).waitFor();
    await screenshot(en.page, 'customer-survey-thanks-en-390');
    await enPhone.close();

    // The public page at 1280 px.
    const wide = await browser.newContext({ locale: 'en', viewport: { width: 1280, height: 800 } });
    const widePage = new CustomerSurveyPage(await wide.newPage());
    await widePage.open(enUrl);
    await widePage.page.getByTestId('survey-public-answered').waitFor();
    await screenshot(widePage.page, 'customer-survey-answered-en-1280');
    await wide.close();

    // The agent sees both answers on the case screen (the session survives a reload).
    await casePage.page.reload();
    await card.root.waitFor();
    await expect.poll(() => card.root.getByTestId('case-survey-answered').count()).toBe(2);
    const text = await card.root.innerText();
    expect(text).toContain('NPS 9');
    expect(text).toContain('CSAT 4');
    expect(text).toContain('NPS 6');
    expect(text).toContain('客户经理处理很快，态度很好。');
    expect(text).toContain('The waiting time on the phone was too long.');
    await card.root.scrollIntoViewIfNeeded();
    await screenshot(casePage.page, 'customer-survey-case-zh-1280');
    await casePage.switchLanguage('English');
    await card.root.getByText('Satisfaction surveys', { exact: true }).waitFor();
    await screenshot(casePage.page, 'customer-survey-case-en-1280');
    await casePage.page.setViewportSize({ width: 390, height: 800 });
    await screenshot(casePage.page, 'customer-survey-case-en-390');
    await staff.close();
  }, 600_000);
});
