/**
 * A customer opens a case themselves through a public intake link, in a real browser: an administrator
 * issues an intake link for the Minsheng negotiation through the API; the customer opens `/apply/<token>`
 * on a phone-sized screen, fills in their details and the application form (the amount owed appears
 * only for overdue repayments), submits and sees the case reference; the case is in the staff API with
 * the application submitted by the customer, and the follow-up link opens the customer's case page.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { GraphqlApi, publishSeedTemplate } from './support/graphql-api';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);

interface StaffCase {
  id: string;
  reference: string;
  channel: string;
  activeSteps: string[];
  customer: { name: string };
  events: { edges: { node: { type: string; actorKey: string | null; data: Record<string, unknown> } }[] };
}

const field = (page: Page, name: string) => page.getByTestId(`intake-field-${name}`);

describe('a customer opens a case through an intake link (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let admin: GraphqlApi;
  let link: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await publishSeedTemplate(admin, 'minsheng-e-negotiation', 'NEGOTIATION', {
      zh: '民生协商',
      en: 'Minsheng negotiation',
    });
    const issued = await admin.run<{ issueIntakeLink: { url: string } }>(
      `mutation { issueIntakeLink(templateKey: "minsheng-e-negotiation", channel: WEBSITE, expiresInHours: 24) { url } }`,
    );
    link = `${stack.adminUrl}${issued.issueIntakeLink.url}`;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('the customer fills in the form, submits, sees the reference; staff see the case', async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    let reference: string;
    try {
      const page = await context.newPage();
      await page.goto(link);
      await page.getByTestId('intake-submit').waitFor();
      expect(await page.getByTestId('intake-title').innerText()).toBe('民生协商');

      // The application asks for the name, mobile and ID number itself: 您的信息 does not ask again.
      expect(await page.getByTestId('intake-customer-section').count()).toBe(0);
      expect(await page.getByText('您的信息').count()).toBe(0);
      await field(page, 'customerName').locator('input').fill('张三');
      await field(page, 'mobile').locator('input').fill('13800138000');
      await field(page, 'idNumber').locator('input').fill('11010519491231002X');
      await page.getByTestId('intake-choice-applicationChannel-website').click();
      // The amount owed is asked only for overdue repayments (the form's rules, run in the page).
      expect(await field(page, 'amountOwedFen').count()).toBe(0);
      await page.getByTestId('intake-choice-matter-overdue-repayment').click();
      await field(page, 'amountOwedFen').locator('input').fill('50,000.50');
      await page.getByTestId('intake-choice-hardship-illness').click();

      // A required field left empty is stopped in the page.
      await page.getByTestId('intake-submit').click();
      await page.getByTestId('intake-fix-problems').waitFor();
      expect(await field(page, 'description').innerText()).toContain('必填');

      await field(page, 'description').locator('textarea').fill('因病暂时无法按期还款，希望协商分期。');
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({
        path: new URL('customer-intake-form.png', SCREENSHOT_DIR).pathname,
        fullPage: true,
      });
      await page.getByTestId('intake-submit').click();
      const shown = page.getByTestId('intake-reference');
      await shown.waitFor();
      reference = await shown.innerText();
      expect(reference).toMatch(/^C-\d{4}-\d+$/);

      await page.screenshot({
        path: new URL('customer-intake-receipt.png', SCREENSHOT_DIR).pathname,
        fullPage: true,
      });

      // The follow-up link opens the customer's own case page.
      await page.getByTestId('intake-follow-up').click();
      await page.waitForURL(/\/c\/[^/]+$/);
      await page.getByTestId('case-reference').waitFor();
      expect(await page.getByTestId('case-reference').innerText()).toBe(reference);
    } finally {
      await context.close();
    }

    // Staff see the case: channel from the link, the application submitted by the customer.
    const list = await admin.run<{ cases: { edges: { node: { id: string; reference: string } }[] } }>(
      `query { cases(first: 200) { edges { node { id reference } } } }`,
    );
    const id = list.cases.edges.find((e) => e.node.reference === reference)?.node.id;
    expect(id).toBeDefined();
    const found = await admin.run<{ case: StaffCase }>(
      `query($id: ID!) { case(id: $id) { id reference channel activeSteps customer { name }
        events(first: 100) { edges { node { type actorKey data } } } } }`,
      { id },
    );
    expect(found.case.channel).toBe('WEBSITE');
    expect(found.case.activeSteps).toEqual(['review']);
    expect(found.case.customer.name).toBe('张*');
    const applied = found.case.events.edges
      .map((e) => e.node)
      .find((e) => e.type === 'stepCompleted' && e.data['stepKey'] === 'apply');
    expect(applied?.actorKey).toMatch(/^customer:/);
  });

  it('shows a refused link’s error in the customer’s language', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.adminUrl}/apply/not-a-valid-token`);
      const error = page.getByTestId('intake-error');
      await error.waitFor();
      expect(await error.innerText()).toBe('链接无效。');
      await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
      await page.getByText('This link is not valid.').waitFor();
    } finally {
      await context.close();
    }
  });
});
