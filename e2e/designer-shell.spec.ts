/**
 * The flow designer's shell in Chromium against the real server: opened from the flows list, it shows
 * the draft's state and problems, publishes with release notes, then says why it cannot publish again;
 * an agent never loads the designer's code and is sent home from its URL.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { FlowsPage, LoginPage } from './support/admin-pages';
import { DesignerPage } from './support/designer-page';
import { GraphqlApi, createStaff } from './support/graphql-api';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const AGENT = { username: 'agent.designer', displayName: '周客服', password: 'correct horse battery' };

describe('flow designer shell (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await admin.run(
      `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { key } }`,
      {
        input: {
          key: 'shell-complaints',
          name: { zh: '投诉处理', en: 'Complaints' },
          kind: 'COMPLAINT',
          fromSeed: 'complaint-handling',
        },
      },
    );
    await createStaff(admin, { ...AGENT, roles: ['agent'] });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function signIn(
    credentials: { username: string; password: string },
    width = 1280,
    path = '/flows',
  ): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}${path}`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(credentials);
    return page;
  }

  it('opens from the list, publishes with release notes, then explains why it cannot publish again', async () => {
    const page = await signIn(E2E_ADMIN);
    const flows = new FlowsPage(page);
    await flows.table.waitFor();
    await page.getByTestId('design-shell-complaints').click();
    await page.waitForURL(/\/flows\/shell-complaints\/edit$/);
    const designer = new DesignerPage(page);
    await designer.draftState.waitFor();
    expect(await page.locator('h2').innerText()).toBe('投诉处理');
    expect(await designer.draftState.innerText()).toBe('有未发布修改');
    expect(await designer.publishButton.isEnabled()).toBe(true);
    await page.screenshot({ path: new URL('designer-shell-1280-zh.png', SCREENSHOT_DIR).pathname });

    await designer.publish('首个版本：按投诉处理办法');
    await page.getByText('已发布版本 v1').waitFor();
    await page.getByText('最新版本 v1').waitFor();
    expect(await designer.draftState.innerText()).toBe('与最新版本一致');
    expect(await designer.publishButton.isDisabled()).toBe(true);
    expect(await designer.publishBlockers.textContent()).toContain('草稿与最新版本相同');

    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    const read = await admin.run<{
      flowTemplate: { latestVersion: { version: number; releaseNotes: string } };
    }>(`{ flowTemplate(key: "shell-complaints") { latestVersion { version releaseNotes } } }`);
    expect(read.flowTemplate.latestVersion).toEqual({ version: 1, releaseNotes: '首个版本：按投诉处理办法' });

    await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
    await page.getByText('Same as the latest version').waitFor();
    await page.screenshot({ path: new URL('designer-shell-1280-en.png', SCREENSHOT_DIR).pathname });
    await page.context().close();
  });

  it('fits a phone screen', async () => {
    // Signing in from the designer's URL lands on the designer.
    const page = await signIn(E2E_ADMIN, 390, '/flows/shell-complaints/edit');
    const designer = new DesignerPage(page);
    await page.waitForURL(/\/flows\/shell-complaints\/edit$/);
    await designer.draftState.waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: new URL('designer-shell-390-zh.png', SCREENSHOT_DIR).pathname,
      fullPage: true,
    });
    await page.context().close();
  });

  it('never loads the designer for an agent, and sends them home from its URL', async () => {
    const page = await signIn(AGENT);
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) chunks.push(r.url());
    });
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${stack.adminUrl}/flows/shell-complaints/edit`);
    await page.waitForURL((url) => !url.pathname.includes('/edit'));
    await page.getByTestId('nav-inbox').waitFor();
    expect(chunks.some((u) => u.includes('DesignerPage'))).toBe(false);
    expect(chunks.length).toBeGreaterThan(0);
    await page.context().close();
  });
});
