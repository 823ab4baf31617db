/**
 * A complaint received late in December 2026 has its 15-day deadline in January 2027, a year whose
 * State Council holiday notice nobody has entered: the case page shows the deadline with a
 * "暂定 / Provisional" tag (docs/timers.md, "Provisional years"), in both languages, at desktop and phone
 * width. The case's clock is put in December 2026 through the case clock, so the test does not depend
 * on today's date.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseClock } from '../packages/server/src/features/cases/runtime/case-runtime.service';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { CasePage, InboxPage, LoginPage } from './support/admin-pages';
import { launchChromium } from './support/chromium';
import { CUSTOMER, GraphqlApi, createStaff, publishSeedTemplate } from './support/graphql-api';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const AGENT = { username: 'agent.deadline', displayName: '周客服', password: 'correct horse battery' };
/** A Thursday in late December 2026, Beijing time: 15 days later is in January 2027. */
const RECEIVED = new Date('2026-12-24T10:00:00+08:00');

describe('A provisional complaint deadline on the case page (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let reference: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await publishSeedTemplate(admin, 'complaint-handling', 'COMPLAINT', { zh: '投诉处理', en: 'Complaints' });
    await createStaff(admin, { ...AGENT, roles: ['agent'] });
    const agent = await GraphqlApi.signIn(stack.graphqlUrl, AGENT.username, AGENT.password);
    const start = performance.now();
    setCaseClock(stack.db.models, () => new Date(RECEIVED.getTime() + (performance.now() - start)));
    const opened = await agent.run<{
      openCase: { case: { reference: string; complaintClock: { provisional: boolean } | null } };
    }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) {
        case { reference complaintClock { provisional } } } }`,
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
    expect(opened.openCase.case.complaintClock?.provisional).toBe(true);
  });

  afterAll(async () => {
    if (stack) setCaseClock(stack.db.models, null);
    await browser?.close();
    await stack?.close();
  });

  it('shows the deadline tagged 暂定 / Provisional, at 1280 and 390 px', async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${stack.adminUrl}/inbox`);
        await page.waitForURL(/\/login\?redirect=/);
        await new LoginPage(page).signIn(AGENT);
        await page.waitForURL(/\/inbox$/);
        const inbox = new InboxPage(page);
        await inbox.row(reference).waitFor();
        await inbox.openCase(reference);
        await new CasePage(page).timeline.waitFor();

        const complaintRow = page.getByTestId('case-complaint-deadline');
        // 15 days from Thursday 24 December 2026: Friday 8 January 2027, 24:00 Beijing time at the latest.
        expect(await complaintRow.innerText()).toMatch(/^2027-01-0\d/);
        const tag = complaintRow.getByTestId('deadline-provisional');
        expect(await tag.innerText()).toBe('暂定');
        expect(await tag.getAttribute('aria-label')).toContain('2027');
        await page.screenshot({
          path: new URL(`provisional-deadline-zh-${width}.png`, SCREENSHOT_DIR).pathname,
          fullPage: true,
        });

        await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
        await page.getByText('Complaint deadline', { exact: true }).waitFor();
        expect(await complaintRow.getByTestId('deadline-provisional').innerText()).toBe('Provisional');
        await page.screenshot({
          path: new URL(`provisional-deadline-en-${width}.png`, SCREENSHOT_DIR).pathname,
          fullPage: true,
        });
      } finally {
        await context.close();
      }
    }
  });
});
