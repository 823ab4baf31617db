/**
 * The designer's test run and what-if in a real browser against the real server: a template from the
 * Minsheng seed is test-run step by step (start data, two steps, time passing, the SLA); then v1 is
 * published, a case is opened on it, the draft changes a route and the what-if counts the case that
 * would go another way. Screenshots at 1280 and 390 px in both languages.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { TestRunDrawer } from './support/designer-simulation';
import { CUSTOMER, GraphqlApi } from './support/graphql-api';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const KEY = 'minsheng-sim';
const APPLICATION = {
  customerName: '张三',
  mobile: '13800138000',
  idNumber: '11010519491231002X',
  applicationChannel: 'app',
  matter: 'overdue-repayment',
  amountOwedFen: 5_000_000,
  description: '失业，申请分期',
};

type Json = Record<string, unknown>;

// Several signed-in browser sessions per test on a shared 2-core machine: allow them time.
describe('designer test run and what-if (Chromium)', { timeout: 180_000 }, () => {
  let stack: E2EStack;
  let browser: Browser;
  let admin: GraphqlApi;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await admin.run(
      `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { key } }`,
      {
        input: {
          key: KEY,
          name: { zh: '民生协商试运行', en: 'Minsheng test run' },
          kind: 'NEGOTIATION',
          fromSeed: 'minsheng-e-negotiation',
        },
      },
    );
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function openDesigner(
    width: number,
    locale: 'zh-CN' | 'en',
  ): Promise<{ page: Page; run: TestRunDrawer; close: () => Promise<void> }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}/flows/${KEY}/edit`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(E2E_ADMIN);
    await page.waitForURL(new RegExp(`/flows/${KEY}/edit$`));
    if (locale === 'en')
      await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
    const run = new TestRunDrawer(page);
    await run.open();
    return { page, run, close: () => context.close() };
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({
      path: new URL(`designer-simulation-${name}.png`, SCREENSHOT_DIR).pathname,
      fullPage: true,
    });
  }

  it('test-runs the draft: start data, two steps, time passing, the SLA', async () => {
    const { page, run, close } = await openDesigner(1280, 'zh-CN');
    await shoot(page, 'setup-1280-zh');
    await run.start('2026-03-02T09:00');
    expect(await run.now.innerText()).toBe('2026-03-02 09:00');
    expect(await run.activeSteps.innerText()).toContain('客户申请');

    await run.act('apply:submitStep');
    await expect.poll(() => run.activeSteps.innerText()).toContain('信息审核');
    await run.act('review:approve');
    await expect.poll(() => run.activeSteps.innerText()).toContain('线上沟通');
    expect(await run.events.innerText()).toContain('从「信息审核」流转到「通知审核通过」');
    expect(await run.refusals.count()).toBe(0);
    // The canvas marks the path: visited steps, the current one, the transitions taken; the rest dimmed.
    const node = (key: string) => page.getByTestId(`node-${key}`);
    expect(await node('review').getAttribute('data-highlight')).toBe('visited');
    expect(await node('communicate').getAttribute('data-highlight')).toBe('active');
    expect(await node('route-plan').getAttribute('data-highlight')).toBeNull();
    expect(await node('route-plan').getAttribute('class')).toContain('hl-dimmed');
    expect(await page.getByTestId('edge-t-apply-review').getAttribute('data-highlight')).toBe('taken');
    const takenPath = page.locator('path[id="t-apply-review"]');
    expect(await takenPath.evaluate((el) => getComputedStyle(el).strokeWidth)).toBe('4px');
    expect(await page.getByTestId('canvas-legend-run').innerText()).toContain('试运行路径');

    await run.advance('P10D');
    await expect.poll(() => run.now.innerText()).toBe('2026-03-12 09:00');
    expect(await run.slaState.innerText()).toBe('已超时');
    expect(await run.events.innerText()).toContain('超时');
    await shoot(page, 'run-1280-zh');
    // The path stays on the canvas with the drawer closed.
    await run.close();
    expect(await node('review').getAttribute('data-highlight')).toBe('visited');
    expect(await page.getByTestId('edge-t-review-accepted').getAttribute('data-highlight')).toBe('taken');
    await page.screenshot({
      path: new URL('designer-highlight-run-1280-zh.png', SCREENSHOT_DIR).pathname,
    });
    await close();
  });

  it('shows the run in English and fits a phone', async () => {
    const en = await openDesigner(1280, 'en');
    await en.run.start();
    await en.run.act('apply:submitStep');
    await expect.poll(() => en.run.activeSteps.innerText()).toContain('Review');
    await en.run.advance('P3D');
    await expect.poll(() => en.run.slaState.innerText()).toMatch(/On track|Warning|Breached/);
    await shoot(en.page, 'run-1280-en');
    await en.close();
    for (const locale of ['zh-CN', 'en'] as const) {
      const phone = await openDesigner(390, locale);
      await phone.run.start();
      await phone.run.act('apply:submitStep');
      await expect
        .poll(() => phone.run.activeSteps.innerText())
        .not.toContain(locale === 'en' ? 'Application' : '客户申请');
      await shoot(phone.page, `run-390-${locale === 'en' ? 'en' : 'zh'}`);
      await phone.close();
    }
  });

  it('what-if: publishes v1, opens a case, changes the draft and counts the case that would go another way', async () => {
    const tpl = await admin.run<{ flowTemplate: { draft: { revision: number; definition: Json } } }>(
      `query($key: String!) { flowTemplate(key: $key) { draft { revision definition } } }`,
      { key: KEY },
    );
    await admin.run(
      `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
      {
        key: KEY,
        base: tpl.flowTemplate.draft.revision,
      },
    );
    const opened = await admin.run<{ openCase: { case: { id: string; reference: string } } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id reference } } }`,
      { input: { templateKey: KEY, channel: 'APP', customer: CUSTOMER, departmentCode: 'CUSTOMER_SERVICE' } },
    );
    await admin.run(
      `mutation($id: ID!, $data: JSON!) { submitStep(caseId: $id, stepKey: "apply", data: $data) { case { activeSteps } } }`,
      { id: opened.openCase.case.id, data: APPLICATION },
    );
    // The draft sends every application straight to the rejection notice instead of the review.
    const definition = tpl.flowTemplate.draft.definition;
    const transitions = (definition['transitions'] as Json[]).map((t) =>
      t['key'] === 't-apply-review' ? { ...t, to: 'notify-rejected' } : t,
    );
    const current = await admin.run<{ flowTemplate: { draft: { revision: number } } }>(
      `query($key: String!) { flowTemplate(key: $key) { draft { revision } } }`,
      { key: KEY },
    );
    await admin.run(
      `mutation($key: String!, $base: Int!, $def: JSON!) { saveFlowDraft(key: $key, baseRevision: $base, definition: $def) { revision } }`,
      {
        key: KEY,
        base: current.flowTemplate.draft.revision,
        def: { ...definition, transitions },
      },
    );

    for (const [width, locale] of [
      [1280, 'zh-CN'],
      [1280, 'en'],
      [390, 'zh-CN'],
      [390, 'en'],
    ] as const) {
      const { page, run, close } = await openDesigner(width, locale);
      await run.openWhatIf(locale === 'en' ? 'What-if on real cases' : '真实案件推演');
      await run.runWhatIf();
      expect(await page.getByTestId('what-if-summary').innerText()).toContain(
        locale === 'en' ? 'Cases replayed: 1' : '已推演 1 个案件',
      );
      expect(await run.count('different').innerText()).toContain('1');
      expect(await run.count('blocked').innerText()).toContain('0');
      expect(await page.getByTestId('what-if-different-examples').innerText()).toContain(
        opened.openCase.case.reference,
      );
      await shoot(page, `what-if-${width}-${locale === 'en' ? 'en' : 'zh'}`);
      await close();
    }
  });
});
