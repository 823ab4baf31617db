/**
 * The insight dashboard in a real browser against the real server and its insight follower. Five cases
 * are opened through the API (three by hotline, two by mobile app); once the roll-ups have caught up
 * (`insightStatus` polled), the supervisor opens 数据洞察 from the menu, reads the volume by channel,
 * filters by channel and sees the table and chart change (and the URL carry the filter), exports the
 * daily table as XLSX and the channel table as CSV and finds the same numbers in the files, opens the
 * time and negotiation tabs, and gets an over-long period refused in words. Screenshots at 1280 and
 * 390 px, in Chinese and English.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { CUSTOMER, GraphqlApi } from './support/graphql-api';
import { InsightPage, waitForInsight } from './support/insight';

const SHOTS = '/tmp/shots-insight';
// Many steps in one story on a shared, loaded machine.
const STORY = 150_000;
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { reference } } }`;
const VOLUME = `query($filter: InsightFilter!) { insightVolume(filter: $filter) { opened } }`;

describe('Insight dashboard (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let supervisor: GraphqlApi;

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${stack.adminUrl}/`);
    await page.waitForURL(/\/login/);
    await new LoginPage(page).signIn(E2E_DEMO.supervisor);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const sum = (rows: string[][], column: number) =>
    rows.reduce((total, row) => total + Number(row[column]), 0);

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    supervisor = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.supervisor.username,
      E2E_DEMO.supervisor.password,
    );
    const channels = ['HOTLINE', 'HOTLINE', 'APP', 'HOTLINE', 'APP'];
    for (const [i, channel] of channels.entries())
      await admin.run(OPEN, {
        input: {
          templateKey: 'complaint-handling',
          channel,
          customer: { ...CUSTOMER, name: `客户${i + 1}` },
          departmentCode: 'CUSTOMER_SERVICE',
        },
      });
    // The follower folds the log in the background: wait until it has, and the five cases count (around
    // the newest event's Shanghai day).
    await waitForInsight(supervisor, async () => {
      const { insightStatus } = await supervisor.run<{ insightStatus: { logHead: string | null } }>(
        `{ insightStatus { logHead } }`,
      );
      if (!insightStatus.logHead) return false;
      const day = (delta: number) =>
        new Date(Date.parse(insightStatus.logHead!) + 8 * 3_600_000 + delta * 86_400_000)
          .toISOString()
          .slice(0, 10);
      const { insightVolume } = await supervisor.run<{ insightVolume: { opened: number } }>(VOLUME, {
        filter: { from: day(-1), to: day(1) },
      });
      return insightVolume.opened === 5;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it(
    'a supervisor filters by channel, sees the figures change, and exports files matching the table',
    async () => {
      const context = await browser.newContext({
        locale: 'zh-CN',
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      try {
        const page = await context.newPage();
        await signIn(page);
        await page.getByTestId('nav-insight').click();
        await page.waitForURL(/\/insight/);
        const insight = new InsightPage(page);
        await insight.root.waitFor();

        // Volume by channel, named in Chinese, busiest first.
        await insight.waitForRow('by-channel', '客服热线', ['3', '0', '0']);
        expect(await insight.rows('by-channel')).toEqual([
          ['客服热线', '3', '0', '0'],
          ['手机银行', '2', '0', '0'],
        ]);
        // Flows and steps by their names, never their keys.
        await insight.waitForRow('by-flow', '客户投诉处理 v1', ['5', '0', '0']);
        await insight.waitForRow('backlog', '接收投诉', ['5']);
        const days = await insight.rows('volume-days');
        expect(days).toHaveLength(30); // the default period: the last 30 Shanghai days
        expect(sum(days, 1)).toBe(5);
        await insight.chart('volume-days').locator('canvas').waitFor();
        expect(await page.getByTestId('insight-kpi-opened').textContent()).toContain('5');
        await expect.poll(() => page.getByTestId('insight-lag').textContent()).toContain('统计数据');
        await shoot(page, 'insight-zh-1280');

        // Filter by channel: the URL carries it, the tables and the chart follow.
        await insight.chooseChannel('APP');
        await page.waitForURL(/channel=APP/);
        // The unfiltered table has the same app row: wait for the filtered table, not just that row.
        await expect
          .poll(() => insight.rows('by-channel'), { timeout: 30_000 })
          .toEqual([['手机银行', '2', '0', '0']]);
        expect(sum(await insight.rows('volume-days'), 1)).toBe(2);
        expect(await page.getByTestId('insight-kpi-opened').textContent()).toContain('2');

        // The XLSX of the daily table holds exactly the table's rows.
        const table = await insight.rows('volume-days');
        const xlsx = await insight.export('volume-days', 'xlsx');
        expect(xlsx.name).toMatch(/^insight-volume-days-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(
          xlsx.bytes.buffer.slice(
            xlsx.bytes.byteOffset,
            xlsx.bytes.byteOffset + xlsx.bytes.byteLength,
          ) as ArrayBuffer,
        );
        const sheet = workbook.worksheets[0]!;
        expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['日期', '受理', '办结', '取消']);
        const fileRows: string[][] = [];
        sheet.eachRow((row, n) => {
          if (n > 1) fileRows.push((row.values as unknown[]).slice(1).map(String));
        });
        expect(fileRows).toEqual(table);

        // The CSV of the channel table too.
        const csv = await insight.export('by-channel', 'csv');
        const lines = csv.bytes
          .toString('utf8')
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n');
        expect(lines).toEqual(['受理渠道,受理,办结,取消', '手机银行,2,0,0']);

        // The other tabs of the roll-ups answer for the same filter.
        await insight.openTab('time');
        await page.getByTestId('insight-time-in-step').waitFor();
        expect(page.url()).toContain('channel=APP');
        await insight.openTab('negotiation');
        await page.getByTestId('insight-negotiation-days').waitFor();
        await expect.poll(() => page.getByTestId('insight-kpi-signedShare').textContent()).toContain('0.0%');

        // English, the same view.
        await insight.openTab('volume');
        await insight.switchLanguage('English');
        await insight.waitForRow('by-channel', 'Mobile app', ['2', '0', '0']);
        await shoot(page, 'insight-en-1280');

        // A period longer than 366 days is refused by the server, in words, under the dates.
        await page.goto(`${stack.adminUrl}/insight?tab=volume&from=2025-01-01&to=2026-06-30`);
        await insight.error.waitFor();
        expect(await insight.error.textContent()).toContain('A period holds at most 366 days');
        expect(
          await page.getByTestId('insight-filters').locator('.el-form-item__error').first().textContent(),
        ).toContain('366');
      } finally {
        await context.close();
      }
    },
    STORY,
  );

  it(
    "the regulator's report tab counts the same complaints as the server's report, and its XLSX matches the table",
    async () => {
      const context = await browser.newContext({
        locale: 'zh-CN',
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      try {
        const page = await context.newPage();
        await signIn(page);
        // The period around the newest event's Shanghai day, in the URL as a shared view would carry it.
        const { insightStatus } = await supervisor.run<{ insightStatus: { logHead: string } }>(
          `{ insightStatus { logHead } }`,
        );
        const day = (delta: number) =>
          new Date(Date.parse(insightStatus.logHead) + 8 * 3_600_000 + delta * 86_400_000)
            .toISOString()
            .slice(0, 10);
        const [from, to] = [day(-1), day(1)];
        await page.goto(`${stack.adminUrl}/insight?tab=report&from=${from}&to=${to}`);
        const insight = new InsightPage(page);
        // Complaints received in the period: three by hotline, two by app (none categorised).
        await insight.waitForRow('complaint-report', '客服热线');
        const rows = await insight.rows('complaint-report');
        const received = (first: string) => rows.find((r) => r[0] === first)?.[3];
        expect(received('客服热线')).toBe('3');
        expect(received('手机银行')).toBe('2');
        expect(received('合计')).toBe('5');
        // The same figures as the query other systems call, for the same period.
        const { complaintReport } = await supervisor.run<{
          complaintReport: { totals: { received: number; open: number }; rows: { received: number }[] };
        }>(
          `query($f: InsightFilter!) { complaintReport(filter: $f) { totals { received open } rows { received } } }`,
          {
            f: { from, to },
          },
        );
        expect(complaintReport.totals).toEqual({ received: 5, open: 5 });
        expect(complaintReport.rows.map((r) => r.received).sort()).toEqual([2, 3]);
        // The XLSX holds exactly the table's rows, totals included.
        const xlsx = await insight.export('complaint-report', 'xlsx');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(
          xlsx.bytes.buffer.slice(
            xlsx.bytes.byteOffset,
            xlsx.bytes.byteOffset + xlsx.bytes.byteLength,
          ) as ArrayBuffer,
        );
        const fileRows: string[][] = [];
        workbook.worksheets[0]!.eachRow((row, n) => {
          if (n > 1)
            fileRows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
        });
        expect(fileRows.map((r) => [r[0], r[3]])).toEqual(rows.map((r) => [r[0], r[3]]));
        await shoot(page, 'insight-report-zh-1280');
      } finally {
        await context.close();
      }
    },
    STORY,
  );

  it(
    'works on a phone: the filters fold away and the charts stack',
    async () => {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
      try {
        const page = await context.newPage();
        await signIn(page);
        await page.goto(`${stack.adminUrl}/insight?tab=volume`);
        const insight = new InsightPage(page);
        await insight.waitForRow('by-channel', '客服热线', ['3', '0', '0']);
        expect(await page.getByTestId('insight-filter-channel').isVisible()).toBe(false);
        await page.getByTestId('insight-filters-toggle').click();
        await page.getByTestId('insight-filter-channel').waitFor();
        await insight.chooseChannel('HOTLINE');
        await page.waitForURL(/channel=HOTLINE/);
        // The unfiltered table has the same hotline row: wait for the filtered one, not just that row.
        await expect
          .poll(() => insight.rows('by-channel'), { timeout: 30_000 })
          .toEqual([['客服热线', '3', '0', '0']]);
        const widths = await page
          .locator('.chart-card')
          .evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().width)));
        expect(new Set(widths).size).toBe(1); // one column: every card as wide as the next
        // Nothing wider than the page: no sideways scrolling of the page or of its content.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        const root = await insight.root.evaluate((el) => ({
          scroll: el.scrollWidth,
          client: el.clientWidth,
        }));
        expect(root.scroll).toBeLessThanOrEqual(root.client);
        const main = await insight.root.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return { left: box.left, right: box.right };
        });
        expect(main.left).toBeGreaterThanOrEqual(0);
        expect(main.right).toBeLessThanOrEqual(390);
        await shoot(page, 'insight-zh-390');
        await page.screenshot({ path: `${SHOTS}/insight-zh-390-top.png` }); // the first screen, as seen
        await insight.switchLanguage('English');
        await insight.waitForRow('by-channel', 'Hotline', ['3', '0', '0']);
        await shoot(page, 'insight-en-390');
      } finally {
        await context.close();
      }
    },
    STORY,
  );
});
