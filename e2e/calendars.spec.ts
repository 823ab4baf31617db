/**
 * SLA calendars in Chromium (docs/calendars.md): a supervisor pastes a year's State Council notice,
 * reviews what was read (a line it could not read is flagged), sees how many open cases' deadlines move,
 * gets the refusal of an empty reason in zh and en under the field, saves, watches the recompute finish,
 * and the open complaint opened through GraphQL has its deadline moved. An agent has no menu entry and
 * is turned away by URL. The case clock is put in December 2026 and the notice is for 2027 (a test
 * notice: its 8 January holiday is made up), so the test does not depend on today's date.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseClock } from '../packages/server/src/features/cases/runtime/case-runtime.service';
import { E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { LoginPage } from './support/admin-pages';
import { CalendarsPage } from './support/calendars';
import { launchChromium } from './support/chromium';
import { CUSTOMER, GraphqlApi } from './support/graphql-api';

const SHOTS = '/tmp/shots-calendars';
/** A Thursday in late December 2026, Beijing time: the 15-day complaint deadline is Friday 8 January 2027. */
const RECEIVED = new Date('2026-12-24T10:00:00+08:00');
const NOTICE = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、测试调整：1月8日（周五）放假，共1天。1月9日（周六）上班。',
  '三、春节：2月6日至13日放假调休，共9天。',
].join('\n');
const PREVIEW = `query($input: SlaCalendarYearInput!) { previewSlaCalendarChange(key: "cn-mainland", input: $input) {
  openCases casesAffected slaMoves complaintMoves } }`;

async function signIn(page: Page, adminUrl: string, user: { username: string; password: string }) {
  await page.goto(`${adminUrl}/`);
  await page.waitForURL(/\/login/);
  await new LoginPage(page).signIn(user);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('SLA calendars (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let supervisor: GraphqlApi;
  let caseId: string;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    supervisor = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.supervisor.username,
      E2E_DEMO.supervisor.password,
    );
    const start = performance.now();
    setCaseClock(stack.db.models, () => new Date(RECEIVED.getTime() + (performance.now() - start)));
    const opened = await supervisor.run<{
      openCase: { case: { id: string; complaintClock: { deadline: string } } };
    }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id complaintClock { deadline } } } }`,
      {
        input: {
          templateKey: 'complaint-handling',
          channel: 'HOTLINE',
          customer: CUSTOMER,
          departmentCode: 'CUSTOMER_SERVICE',
        },
      },
    );
    caseId = opened.openCase.case.id;
    // Friday 8 January 2027, 24:00 Beijing time (provisional: 2027 has no notice yet).
    expect(opened.openCase.case.complaintClock.deadline).toBe('2027-01-08T16:00:00.000Z');
  });

  afterAll(async () => {
    if (stack) setCaseClock(stack.db.models, null);
    await browser?.close();
    await stack?.close();
  });

  it('an agent sees no calendar menu entry and is turned away by URL', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await signIn(page, stack.adminUrl, E2E_DEMO.agentCs);
      await page.getByTestId('nav-inbox').waitFor();
      expect(await page.getByTestId('nav-calendars').count()).toBe(0);
      await page.goto(`${stack.adminUrl}/calendars`);
      await page.waitForURL((url) => url.pathname !== '/calendars' && url.pathname !== '/');
      expect(await page.getByTestId('calendar-page').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a supervisor pastes the 2027 notice, previews, saves, sees the recompute finish; the deadline moves', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await signIn(page, stack.adminUrl, E2E_DEMO.supervisor);
      await page.getByTestId('nav-calendars').click();
      const calendars = new CalendarsPage(page);
      await calendars.root.waitFor();
      await page.getByTestId('calendar-year-grid').locator('button').first().waitFor();

      await calendars.pasteNotice(NOTICE);
      expect(await calendars.readPeriods.count()).toBe(2);
      expect(await calendars.unreadLines.count()).toBe(1);
      expect(await calendars.unreadLines.first().innerText()).toContain('第 4 行');
      await page.screenshot({ path: `${SHOTS}/notice-review-zh-1280.png`, fullPage: true });
      await calendars.useNotice();

      expect(await calendars.yearStatus().getAttribute('data-status')).toBe('PROVISIONAL');
      expect(await calendars.kindOf('2027-01-08')).toBe('holiday');
      expect(await calendars.kindOf('2027-01-09')).toBe('makeUpWorkday');
      expect(await calendars.day('2027-01-08').getAttribute('title')).toContain('测试调整');
      // A day edited by hand on top of the notice, then put back.
      await calendars.setDay('2027-03-08', 'holiday', '临时');
      expect(await calendars.kindOf('2027-03-08')).toBe('holiday');
      await calendars.setDay('2027-03-08', 'normal');
      expect(await calendars.kindOf('2027-03-08')).toBe('workday');
      await page.screenshot({ path: `${SHOTS}/year-edited-zh-1280.png`, fullPage: true });

      const expected = (
        await supervisor.run<{
          previewSlaCalendarChange: {
            openCases: number;
            casesAffected: number;
            slaMoves: number;
            complaintMoves: number;
          };
        }>(PREVIEW, {
          input: {
            year: 2027,
            holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-08'],
            workdays: ['2027-01-09'],
          },
        })
      ).previewSlaCalendarChange;
      expect(expected.casesAffected).toBeGreaterThanOrEqual(1);
      const shown = await calendars.openPreview();
      expect(shown).toEqual({
        open: expected.openCases,
        affected: expected.casesAffected,
        sla: expected.slaMoves,
        complaint: expected.complaintMoves,
      });

      // An empty reason: refused by the server, shown under the field, in zh and then in en.
      await calendars.save('   ');
      await calendars.reasonError().waitFor();
      expect(await calendars.reasonError().innerText()).toBe('原因须为 1–500 个字符。');
      await page.screenshot({ path: `${SHOTS}/save-refused-zh-1280.png`, fullPage: true });
      // The same refusal in English (the language switch is behind the dialog: close it, switch, reopen).
      await calendars.closeSave();
      await calendars.saveDialog.waitFor({ state: 'hidden' });
      await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
      await page.getByText('SLA working calendars').waitFor();
      expect(await calendars.openPreview()).toEqual(shown);
      await calendars.save('');
      await calendars.reasonError().waitFor();
      expect(await calendars.reasonError().innerText()).toBe('reason must be 1–500 characters.');
      await page.screenshot({ path: `${SHOTS}/save-refused-en-1280.png`, fullPage: true });

      const confirmation = await calendars.save('国务院办公厅关于2027年部分节假日安排的通知（测试）');
      expect(confirmation).toContain(`recomputes the deadlines of ${expected.openCases} open case`);
      const done = await calendars.waitForRecompute();
      expect(done).toBe(
        expected.slaMoves === 1
          ? 'Recompute finished: the SLA due time of 1 case changed.'
          : `Recompute finished: the SLA due times of ${expected.slaMoves} cases changed.`,
      );
      await page.screenshot({ path: `${SHOTS}/recompute-done-en-1280.png`, fullPage: true });
      await calendars.closeSave();
      await page.locator('[data-testid="calendar-year-status"][data-status="MAINTAINED"]').waitFor();

      const after = await supervisor.run<{
        case: { complaintClock: { deadline: string; provisional: boolean } };
      }>(`query($id: ID!) { case(id: $id) { complaintClock { deadline provisional } } }`, {
        id: caseId,
      });
      // 8 January is now a holiday and Saturday 9 January a make-up working day: the deadline moves to the
      // end of 9 January (24:00 Beijing time), no longer provisional.
      expect(after.case.complaintClock).toEqual({ deadline: '2027-01-09T16:00:00.000Z', provisional: false });
    } finally {
      await context.close();
    }
  });

  it('looks right at 1280 and 390 px in zh and en', async () => {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        await signIn(page, stack.adminUrl, E2E_DEMO.supervisor);
        const calendars = new CalendarsPage(page);
        for (const lang of ['zh', 'en'] as const) {
          await calendars.open(stack.adminUrl);
          if (lang === 'en') {
            await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
            await page.getByText('SLA working calendars').waitFor();
          }
          await page.screenshot({ path: `${SHOTS}/year-${lang}-${width}.png`, fullPage: true });
          await calendars.pasteNotice(NOTICE);
          await calendars.unreadLines.first().waitFor();
          await page.screenshot({ path: `${SHOTS}/notice-${lang}-${width}.png`, fullPage: true });
          await calendars.useNotice();
          await calendars.setDay('2027-05-03', 'holiday', '劳动节');
          await calendars.openPreview();
          await page.screenshot({ path: `${SHOTS}/preview-${lang}-${width}.png`, fullPage: true });
          await calendars.closeSave();
          await calendars.saveDialog.waitFor({ state: 'hidden' });
        }
      } finally {
        await context.close();
      }
    }
  });
});
