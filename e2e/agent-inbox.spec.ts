/**
 * The agent's workspace in a real browser: a case assigned to an agent (opened through the API) shows
 * in their inbox with its step, due time and masked customer; opening it shows the summary and the
 * event timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { CasePage, InboxPage, LoginPage } from './support/admin-pages';
import { CUSTOMER, GraphqlApi, createStaff, publishSeedTemplate } from './support/graphql-api';

const AGENT = { username: 'agent.inbox', displayName: '李客服', password: 'correct horse battery' };

describe('My inbox and the case page (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let reference: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await publishSeedTemplate(admin, 'complaint-handling', 'COMPLAINT', { zh: '投诉处理', en: 'Complaints' });
    await createStaff(admin, { ...AGENT, roles: ['agent'] });
    const agent = await GraphqlApi.signIn(stack.graphqlUrl, AGENT.username, AGENT.password);
    const opened = await agent.run<{ openCase: { case: { reference: string; activeSteps: string[] } } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { reference activeSteps } } }`,
      {
        input: {
          templateKey: 'complaint-handling',
          channel: 'HOTLINE',
          customer: CUSTOMER,
          departmentCode: 'CUSTOMER_SERVICE',
          assignToMe: true,
        },
      },
    );
    reference = opened.openCase.case.reference;
    // A second case in the department, not assigned to the agent: not in their inbox.
    await admin.run(`mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`, {
      input: {
        templateKey: 'complaint-handling',
        channel: 'BRANCH',
        customer: { ...CUSTOMER, name: '王五' },
        departmentCode: 'CUSTOMER_SERVICE',
      },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('an agent signs in, finds the case in My inbox, opens it and sees the timeline', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.adminUrl}/inbox`);
      await page.waitForURL(/\/login\?redirect=/);
      await new LoginPage(page).signIn(AGENT);
      await page.waitForURL(/\/inbox$/);

      const inbox = new InboxPage(page);
      await inbox.table.waitFor();
      expect(await page.locator('h2').innerText()).toBe('我的待办');
      const row = inbox.row(reference);
      await row.waitFor();
      // The workspace inbox (e2e/workspace-inbox.spec.ts covers its views, filters and bulk commands).
      expect(await row.getByTestId('open-case').innerText()).toBe(reference);
      expect(await row.getByTestId('cell-step').innerText()).toBe('接收投诉');
      expect(await row.getByTestId('cell-due').innerText()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}|—/);
      expect(await row.getByTestId('cell-customer').innerText()).toContain('张*');
      expect(await page.locator('tbody tr[data-testid^="inbox-row-"]').count()).toBe(1);

      await inbox.openCase(reference);
      expect(page.url()).toMatch(/\/cases\/[^/]+$/);
      const casePage = new CasePage(page);
      expect(await casePage.title.innerText()).toBe(reference);
      expect(await page.getByTestId('case-customer').innerText()).toBe('张*');
      expect(await page.getByTestId('case-active-steps').innerText()).toBe('接收投诉');
      await casePage.timeline.waitFor();
      // Oldest first: the case was opened, then the flow started at its first step.
      const titles = await casePage.events.locator('.timeline__title strong').allInnerTexts();
      expect(titles[0]).toBe('案件受理');
      expect(titles).toContain('进入环节');
      const firstStep = casePage.events.filter({ hasText: '进入环节' }).first();
      expect(await firstStep.innerText()).toContain('接收投诉');

      // In English the page follows, and the timeline keeps its entries.
      await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
      expect(await page.getByTestId('case-active-steps').innerText()).toBe('Receive the complaint');
      expect(await casePage.events.first().locator('.timeline__title strong').innerText()).toBe(
        'Case opened',
      );
      await page.getByText('Back to my inbox').click();
      await inbox.row(reference).waitFor();
      expect(await page.locator('h2').innerText()).toBe('My inbox');
    } finally {
      await context.close();
    }
  });
});
