/**
 * The flows list in a real browser against the real server and database: an admin creates a template
 * from a seed, finds it, searches, archives it; screenshots at 1280 and 390 px in both languages.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { FlowsPage, LoginPage } from './support/admin-pages';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);

describe('flows list in the admin (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function signIn(
    width: number,
  ): Promise<{ page: Page; flows: FlowsPage; close: () => Promise<void> }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}/flows`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(E2E_ADMIN);
    await page.waitForURL(/\/flows$/);
    const flows = new FlowsPage(page);
    await flows.table.waitFor();
    return { page, flows, close: () => context.close() };
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: new URL(name, SCREENSHOT_DIR).pathname, fullPage: true });
  }

  it('creates a template from a seed, finds it, searches, and archives it', async () => {
    const { page, flows, close } = await signIn(1280);
    expect(await page.locator('h2').innerText()).toBe('流程模板');

    await flows.createFromSeed('complaint-handling', 'complaint-e2e');
    await shoot(page, 'flows-create-seed-1280-zh.png');
    await flows.submitCreate();
    await flows.row('complaint-e2e').waitFor();
    const row = await flows.row('complaint-e2e').innerText();
    expect(row).toContain('投诉处理');
    expect(row).toContain('未发布');
    // A seed is a valid flow never published here: its draft has unpublished changes.
    expect(await flows.draftState('complaint-e2e').innerText()).toBe('有未发布修改');

    await flows.createFromSeed('minsheng-e-negotiation', 'negotiation-e2e');
    await flows.submitCreate();
    await flows.row('negotiation-e2e').waitFor();
    await shoot(page, 'flows-list-1280-zh.png');

    await flows.search('COMPLAINT-E2E');
    await flows.row('negotiation-e2e').waitFor({ state: 'detached' });
    expect(await flows.row('complaint-e2e').count()).toBe(1);

    await flows.archive('complaint-e2e');
    // Archived templates leave the list until the toggle shows them again, marked as archived.
    await flows.row('complaint-e2e').waitFor({ state: 'detached' });
    await flows.showArchived();
    await flows.row('complaint-e2e').waitFor();
    expect(await flows.row('complaint-e2e').innerText()).toContain('已归档');
    expect(await page.getByTestId('archive-complaint-e2e').count()).toBe(0);

    await flows.search('');
    await flows.switchLanguage('English');
    expect(await page.locator('h2').innerText()).toBe('Flow templates');
    expect(await flows.draftState('negotiation-e2e').innerText()).toBe('Unpublished changes');
    await shoot(page, 'flows-list-1280-en.png');

    // After a reload the archive is still the server's word.
    await page.reload();
    await flows.row('negotiation-e2e').waitFor();
    expect(await flows.row('complaint-e2e').count()).toBe(0);
    await close();
  });

  it('exports a template and imports the file under another key; broken JSON is refused in the page', async () => {
    const { page, flows, close } = await signIn(1280);
    await flows.row('negotiation-e2e').waitFor();
    const file = await flows.export('negotiation-e2e');
    expect(file.name).toBe('negotiation-e2e.flow.json');
    expect(JSON.parse(file.text)).toMatchObject({ format: 'parley.flow-template', key: 'negotiation-e2e' });

    await flows.importText('{"format":', 'broken-import');
    expect(await flows.importError.innerText()).toBe('这不是有效的 JSON。');
    await page.keyboard.press('Escape');
    await page.getByTestId('import-flow-form').waitFor({ state: 'detached' });

    await flows.importText(file.text, 'negotiation-imported');
    await page.getByTestId('import-flow-form').waitFor({ state: 'detached' });
    await flows.row('negotiation-imported').waitFor();
    expect(await flows.row('negotiation-imported').innerText()).toContain('民生银行电子协商');
    expect(await flows.row('broken-import').count()).toBe(0);
    await close();
  });

  it('fits a phone: the list and the seed gallery at 390 px in both languages', async () => {
    const { page, flows, close } = await signIn(390);
    await flows.row('negotiation-e2e').waitFor();
    await shoot(page, 'flows-list-390-zh.png');
    await flows.createFromSeed('loan-application', 'loan-e2e');
    await shoot(page, 'flows-create-seed-390-zh.png');
    await page.keyboard.press('Escape');
    await page.getByTestId('create-flow-form').waitFor({ state: 'detached' });
    await flows.switchLanguage('English');
    expect(await page.locator('h2').innerText()).toBe('Flow templates');
    await shoot(page, 'flows-list-390-en.png');
    await close();
  });
});
