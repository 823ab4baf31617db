/**
 * 新建案件 / New case in a real browser, on the demo install (`startE2EStack({ demo: true })`): the
 * customer-service agent opens a letter complaint received three days ago, gives the reason for the
 * backdating, fixes the phone number the server refuses, and lands on the case page, whose deadline is
 * the complaint clock's — counted from the date of receipt — and whose timeline records the backdating.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintClock, createChinaBusinessCalendar } from '../packages/engine/src/index';
import { E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { formatInstant } from '../packages/admin/src/shared/lib/datetime';
import {
  shanghaiDate,
  shanghaiInstant,
} from '../packages/admin/src/features/cases/new-case/lib/new-case-form';
import { CasePage, LoginPage, NewCasePage } from './support/admin-pages';
import { launchChromium } from './support/chromium';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const DAY = 86_400_000;

/** Three days ago, 10:00 Beijing time, as typed into the form. */
function threeDaysAgo(): string {
  return `${shanghaiDate(new Date(Date.now() - 3 * DAY))}T10:00`;
}

async function signInAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/login\?redirect=/);
  await new LoginPage(page).signIn(E2E_DEMO.agentCs);
  await page.waitForURL(/\/cases\/new$/);
}

describe('New case (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('an agent opens a backdated letter complaint; the case page shows the deadline counted from receipt', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await signInAt(page, `${stack.adminUrl}/cases/new`);
      const form = new NewCasePage(page);
      await form.form.waitFor();
      expect(await page.locator('h2').innerText()).toBe('新建案件');

      await form.chooseFlow('complaint-handling');
      await form.chooseChannel('LETTER');
      await form.fillCustomer({ name: '赵六', phone: '12345' });
      const received = threeDaysAgo();
      await form.receivedAt(received);
      await page.getByTestId('field-receivedAtReason').waitFor();

      // Backdated without a reason: the form asks for one before sending anything.
      await form.submit();
      await form.fieldError('receivedAtReason').waitFor();
      expect(await form.fieldError('receivedAtReason').innerText()).toBe('必填');

      // The server refuses the phone number: its message shows under the field.
      await form.reason('信函三天前到达，今日录入');
      await form.submit();
      await form.fieldError('phone').waitFor();
      expect(await form.fieldError('phone').innerText()).toBe('手机号码无效。');
      expect(page.url()).toMatch(/\/cases\/new$/);

      await form.fillCustomer({ name: '赵六', phone: '13812345678' });
      await form.submit();
      await page.waitForURL(/\/cases\/(?!new$)[^/]+$/);
      const casePage = new CasePage(page);
      await casePage.timeline.waitFor();

      // The deadline is the complaint clock's, from the date of receipt, and the due time agrees.
      const deadline = complaintClock(
        shanghaiInstant(received)!.toISOString(),
        createChinaBusinessCalendar(),
      );
      const shown = formatInstant(deadline.dueAt);
      expect(await page.getByTestId('case-complaint-deadline').innerText()).toContain(shown);
      expect(await page.getByTestId('case-due').innerText()).toContain(shown);
      // The date of receipt and the reason are among the facts.
      expect(await page.getByTestId('case-received-at').innerText()).toBe(
        formatInstant(shanghaiInstant(received)!.toISOString()),
      );
      expect(await page.getByTestId('case-received-reason').innerText()).toBe('信函三天前到达，今日录入');
      // The backdating is in the timeline.
      await casePage.events.filter({ hasText: '补录受理时间' }).first().waitFor();
      await page.screenshot({
        path: new URL('workspace-new-case-created-zh-1280.png', SCREENSHOT_DIR).pathname,
        fullPage: true,
      });
    } finally {
      await context.close();
    }
  });

  it('looks right at 1280 and 390 px, in Chinese and in English', async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        await signInAt(page, `${stack.adminUrl}/cases/new`);
        const form = new NewCasePage(page);
        await form.form.waitFor();
        await form.chooseFlow('complaint-handling');
        await form.chooseChannel('BRANCH');
        await form.fillCustomer({ name: '赵六', phone: '13812345678' });
        await form.receivedAt(threeDaysAgo());
        await page.getByTestId('field-receivedAtReason').waitFor();
        await page.screenshot({
          path: new URL(`workspace-new-case-zh-${width}.png`, SCREENSHOT_DIR).pathname,
          fullPage: true,
        });

        await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
        await page.getByText('Reason for backdating', { exact: true }).waitFor();
        expect(await page.locator('h2').innerText()).toBe('New case');
        expect(await page.getByTestId('field-channel').innerText()).toContain('Channel');
        await page.screenshot({
          path: new URL(`workspace-new-case-en-${width}.png`, SCREENSHOT_DIR).pathname,
          fullPage: true,
        });
      } finally {
        await context.close();
      }
    }
  });
});
