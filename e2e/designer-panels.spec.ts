/**
 * The designer's property panel in a real browser against the real server: a negotiation template
 * from the seed `minsheng-e-negotiation`; select a step, rename it and change its reviewing role; in
 * the flow settings map a flow role to a platform role and edit an authority-matrix row (yuan in, fen
 * stored); everything autosaves and is there after a reload. Screenshots at 1280 and 390 px, zh-CN
 * and en.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { FlowsPage, LoginPage } from './support/admin-pages';
import { DesignerPanels } from './support/designer-panels';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);

describe('designer property panel (Chromium)', () => {
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
    locale: 'zh-CN' | 'en',
  ): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}/flows`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(E2E_ADMIN);
    await page.waitForURL(/\/flows$/);
    await new FlowsPage(page).table.waitFor();
    return { page, close: () => context.close() };
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({
      path: new URL(`designer-panels-${name}.png`, SCREENSHOT_DIR).pathname,
      fullPage: true,
    });
  }

  it('edits a step, maps a role and edits the authority matrix; all of it saves', async () => {
    const { page, close } = await signIn(1280, 'zh-CN');
    const flows = new FlowsPage(page);
    await flows.createFromSeed('minsheng-e-negotiation', 'panels-e2e');
    await flows.submitCreate();
    await flows.row('panels-e2e').waitFor();

    const panels = new DesignerPanels(page);
    await panels.openDesigner('panels-e2e');
    // Nothing selected: the flow settings.
    await panels.panel.getByTestId('flow-settings').waitFor();

    await panels.selectStep('review', '信息审核');
    expect(await panels.panel.getByTestId('step-required-role').innerText()).toContain('审核员');
    // Driven by the controls' accessible names, as a user (or a screen reader) finds them.
    await panels.field('名称（中文）').fill('资料审核');
    await panels.chooseByLabel('审核角色', '主管 (supervisor)');
    await panels.waitSaved();
    await shoot(page, 'step-1280-zh');

    await panels.openFlowSettings();
    await panels.openSection('roles');
    // Minsheng's roles are all held already: agent and supervisor are platform roles' keys too, and the
    // supervisor inherits the reviewer. Mapping adds holders of another platform role.
    expect(await panels.panel.locator('[data-testid^="role-unmapped-"]').count()).toBe(0);
    await panels.chooseByLabel('客户经理：平台角色', '客服人员');
    await panels.panel.getByTestId('role-holders-agent').filter({ hasText: '客服人员' }).waitFor();

    await panels.openSection('offer');
    const cell = panels.field('客户经理：最高减免金额（元）');
    expect(await cell.inputValue()).toBe('5000');
    await cell.fill('8000.5');
    await panels.waitSaved();
    await panels.panel.getByTestId('authority-matrix').scrollIntoViewIfNeeded();
    await shoot(page, 'settings-1280-zh');

    // After a reload everything is still there: the name, the role, the mapping and the amount.
    await page.reload();
    await panels.panel.waitFor();
    await panels.selectStep('review', '资料审核');
    expect(await panels.panel.getByTestId('step-required-role').innerText()).toContain('主管');
    await panels.openFlowSettings();
    await panels.openSection('roles');
    expect(await panels.panel.getByTestId('role-holders-agent').innerText()).toContain('客服人员');
    expect(await panels.panel.getByTestId('role-unmapped-agent').count()).toBe(0);
    await panels.openSection('offer');
    expect(await panels.authorityCell('agent', 'maxWaiverFen').inputValue()).toBe('8000.5');

    // An amount with three decimals is refused inline and not stored.
    await panels.authorityCell('agent', 'maxWaiverFen').fill('1.005');
    await panels.panel.getByTestId('authority-agent-maxWaiverFen').getByRole('alert').waitFor();
    await close();
  });

  it('looks right at 390 px and in English', async () => {
    for (const [width, locale] of [
      [390, 'zh-CN'],
      [1280, 'en'],
      [390, 'en'],
    ] as const) {
      const { page, close } = await signIn(width, locale);
      if (locale === 'en') await new FlowsPage(page).switchLanguage('English');
      const panels = new DesignerPanels(page);
      await panels.openDesigner('panels-e2e');
      await panels.selectStep('review', locale === 'en' ? 'Review' : '资料审核');
      const tag = `${width}-${locale === 'en' ? 'en' : 'zh'}`;
      await shoot(page, `step-${tag}`);
      await panels.openFlowSettings();
      await panels.openSection('roles');
      await panels.openSection('offer');
      await panels.panel.getByTestId('authority-matrix').scrollIntoViewIfNeeded();
      await shoot(page, `settings-${tag}`);
      await close();
    }
  });
});
