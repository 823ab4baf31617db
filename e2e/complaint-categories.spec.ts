/**
 * Complaint categories in a real browser against the real server and database: sign in, create
 * through the UI, survive a reload, see the server's field errors in the user's language.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { ComplaintCategoriesPage, LoginPage } from './support/admin-pages';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);

describe('complaint categories in the admin (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let categories: ComplaintCategoriesPage;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    categories = new ComplaintCategoriesPage(page);
    await page.goto(`${stack.adminUrl}/`);
    // Not signed in: the guard sends us to the sign-in page, in Chinese by default.
    await page.waitForURL(/\/login\?redirect=/);
    expect(await page.getByTestId('submit-login').innerText()).toBe('登录');
    await new LoginPage(page).signIn(E2E_ADMIN);
    await page.waitForURL(/\/complaint-categories$/);
    await categories.table.waitFor();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('creates a category and a sub-category, renames it, and still shows them after a reload', async () => {
    expect(await page.locator('h2').innerText()).toBe('投诉分类');

    await categories.create({ code: 'SERVICE', zh: '服务类', en: 'Service', severity: '高' });
    await categories.row('SERVICE').waitFor();
    await categories.create({
      code: 'SERVICE-ATTITUDE',
      zh: '服务态度',
      en: 'Service attitude',
      parent: 'SERVICE · 服务类',
    });
    await categories.row('SERVICE-ATTITUDE').waitFor();
    await categories.rename('SERVICE-ATTITUDE', { zh: '服务态度问题', en: 'Service attitude issues' });

    await page.reload();
    // The tab's session resumes: no second sign-in.
    await categories.row('SERVICE-ATTITUDE').waitFor();
    expect(page.url()).toMatch(/\/complaint-categories$/);
    const root = await categories.row('SERVICE').innerText();
    expect(root).toContain('服务类');
    expect(root).toContain('Service');
    expect(root).toContain('高');
    expect(await categories.row('SERVICE-ATTITUDE').getAttribute('class')).toContain(
      'el-table__row--level-1',
    );
  });

  it('shows the server’s field error under the code field, in Chinese and then in English', async () => {
    await categories.openCreate();
    await categories.fillCreate({ code: 'bad code', zh: '坏编码', en: 'Bad code' });
    await categories.submitCreate();

    const codeError = categories.fieldError('code');
    await codeError.waitFor();
    expect(await codeError.innerText()).toBe('编码须为 2–40 个大写字母、数字、"-" 或 "_"，并以字母开头。');
    expect(await categories.fieldLabel('code').innerText()).toBe('编码');

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: new URL('complaint-categories-zh.png', SCREENSHOT_DIR).pathname });

    // The dialog is modal: close it, switch the language in the header, and try again.
    await categories.cancelCreate();
    await categories.switchLanguage('English');
    expect(await page.locator('h2').innerText()).toBe('Complaint categories');
    await categories.openCreate();
    expect(await categories.fieldLabel('code').innerText()).toBe('Code');
    expect(await categories.fieldLabel('name-zh').innerText()).toBe('Chinese name');
    await categories.fillCreate({ code: 'bad code', zh: '坏编码', en: 'Bad code' });
    await categories.submitCreate();
    await codeError.waitFor();
    expect(await codeError.innerText()).toBe(
      'The code must be 2–40 characters of A–Z, 0–9, "-" or "_", starting with a letter.',
    );

    // Nothing was written, and the choice of language survives a reload.
    await page.reload();
    await categories.table.waitFor();
    expect(await page.locator('h2').innerText()).toBe('Complaint categories');
    expect(await page.getByTestId('open-create-category').innerText()).toBe('New category');
    expect(await categories.row('bad code').count()).toBe(0);
  });
});
