/**
 * The configuration audit page in a real browser with the demo users. A supervisor and the
 * administrator change configuration over GraphQL; the supervisor opens /audit from the menu, filters
 * by entity type and actor, reads a rename's before and after, runs the case audit chain check and reads
 * "intact", and gets a reversed date range refused under the end date in Chinese and in English. An
 * agent has no menu entry and is sent away from the URL. Screenshots at 1280 and 390 px in both languages.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { CUSTOMER, GraphqlApi } from './support/graphql-api';
import { AuditPage } from './support/audit';

const SHOTS = '/tmp/shots-audit';
const CREATE = `mutation($input: CreateComplaintCategoryInput!) { createComplaintCategory(input: $input) { id } }`;
const RENAME = `mutation($id: ID!, $name: LocalizedTextInput!) { renameComplaintCategory(id: $id, name: $name) { id } }`;
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { reference } } }`;

describe('Configuration audit (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let supervisorName: string;

  async function signIn(page: Page, who: { username: string; password: string }): Promise<void> {
    await page.goto(`${stack.adminUrl}/`);
    await page.waitForURL(/\/login/);
    await new LoginPage(page).signIn(who);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    const supervisor = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.supervisor.username,
      E2E_DEMO.supervisor.password,
    );
    supervisorName = (await supervisor.run<{ me: { displayName: string } }>(`{ me { displayName } }`)).me
      .displayName;
    const created = await supervisor.run<{ createComplaintCategory: { id: string } }>(CREATE, {
      input: { code: 'AUD-FEES', name: { zh: '卡费', en: 'Card fees' }, severity: 'MEDIUM' },
    });
    await supervisor.run(RENAME, {
      id: created.createComplaintCategory.id,
      name: { zh: '信用卡年费', en: 'Credit card annual fees' },
    });
    await admin.run(CREATE, {
      input: { code: 'AUD-LOANS', name: { zh: '贷款', en: 'Loans' }, severity: 'HIGH' },
    });
    // Two cases, so the chain check has chains to walk.
    for (const name of ['张三', '李四'])
      await admin.run(OPEN, {
        input: {
          templateKey: 'complaint-handling',
          channel: 'HOTLINE',
          customer: { ...CUSTOMER, name },
          departmentCode: 'CUSTOMER_SERVICE',
        },
      });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('a supervisor filters by type and actor, reads a rename before/after, and checks the audit chain', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await signIn(page, E2E_DEMO.supervisor);
      await page.getByTestId('nav-audit').click();
      await page.waitForURL(/\/audit$/);
      const audit = new AuditPage(page);
      await audit.entries.first().waitFor();
      expect(await page.locator('h2').innerText()).toBe('配置审计');

      await audit.chooseEntityType('ComplaintCategory');
      await audit.chooseActor('supervisor');
      await audit.apply();
      await audit.waitForShown(['category.rename AUD-FEES', 'category.create AUD-FEES']);
      expect(await audit.count.innerText()).toBe('共 2 条');

      const rename = audit.entry('category.rename', 'AUD-FEES');
      expect(await rename.getByTestId('audit-entry-who').innerText()).toBe(supervisorName);
      expect(await rename.getByTestId('audit-entry-what').innerText()).toBe('重命名了投诉分类 AUD-FEES');
      expect(await rename.getByTestId('audit-entry-type').innerText()).toBe('投诉分类');
      expect(await rename.getByTestId('audit-entry-when').innerText()).toMatch(
        /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/,
      );
      const diff = await audit.openChanges(rename);
      const name = diff.getByTestId('audit-diff-row-name');
      expect(await name.getByTestId('audit-diff-before').innerText()).toContain('卡费 / Card fees');
      expect(await name.getByTestId('audit-diff-after').innerText()).toContain(
        '信用卡年费 / Credit card annual fees',
      );
      expect(await name.innerText()).toContain('修改');

      // The administrator's category is not the supervisor's; with the actor cleared it shows.
      await audit.reset();
      await audit.entry('category.create', 'AUD-LOANS').waitFor();
      await audit.searchEntity('aud-');
      await audit.apply();
      await audit.waitForShown([
        'category.create AUD-LOANS',
        'category.rename AUD-FEES',
        'category.create AUD-FEES',
      ]);

      const intact = await audit.runChainCheck();
      expect(intact).toMatch(/已校验 \d+ 件案件、[\d,]+ 个事件，审计链完整。/);
      expect(Number(/已校验 (\d+) 件案件/.exec(intact)![1])).toBeGreaterThanOrEqual(2);
      await audit.openChanges(audit.entry('category.rename', 'AUD-FEES'));
      await shoot(page, 'audit-zh-1280');

      await audit.switchLanguage('English');
      expect(await page.locator('h2').innerText()).toBe('Configuration audit');
      expect(
        await audit.entry('category.rename', 'AUD-FEES').getByTestId('audit-entry-what').innerText(),
      ).toBe('renamed complaint category AUD-FEES');
      expect(await audit.runChainCheck()).toMatch(
        /Checked \d+ cases and [\d,]+ events: the audit chain is intact\./,
      );
      await shoot(page, 'audit-en-1280');
    } finally {
      await context.close();
    }
  });

  it('refuses a date range that ends before it starts, under the end date, in Chinese and in English', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await signIn(page, E2E_DEMO.supervisor);
      await page.goto(`${stack.adminUrl}/audit`);
      const audit = new AuditPage(page);
      await audit.entries.first().waitFor();
      const before = await audit.count.innerText();
      await audit.setDate('from', '2026-12-06');
      await audit.setDate('to', '2026-12-04');
      await audit.apply();
      await audit.fieldError('to').waitFor();
      expect(await audit.fieldError('to').innerText()).toBe('结束时间必须晚于开始时间。');
      // The list is the one before the refused filter.
      expect(await audit.count.innerText()).toBe(before);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shoot(page, 'audit-zh-390');

      await audit.switchLanguage('English');
      expect(await audit.fieldError('to').innerText()).toBe('The end must be after the start.');
      await audit.apply();
      await audit.fieldError('to').waitFor();
      expect(await audit.fieldError('to').innerText()).toBe('The end must be after the start.');
      await audit.openChanges(audit.entry('category.rename', 'AUD-FEES'));
      await shoot(page, 'audit-en-390');
    } finally {
      await context.close();
    }
  });

  it('an agent sees no Audit entry and is sent away from /audit', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await signIn(page, E2E_DEMO.agentCs);
      await page.getByTestId('nav-inbox').waitFor();
      expect(await page.getByTestId('nav-audit').count()).toBe(0);
      await page.goto(`${stack.adminUrl}/audit`);
      await page.waitForURL((url) => url.pathname !== '/audit');
      // Not a silent jump: the page says there is no access.
      await page.locator('.el-message', { hasText: '您无权打开该页面' }).waitFor();
      await page.getByTestId('nav-inbox').waitFor();
      expect(await page.getByTestId('audit-page').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
