/**
 * The designer's versions drawer in a real browser: a template from the complaint seed, v1 published
 * and a case opened on it through the API, then v2 (a renamed step, a shorter SLA, the tracking step
 * gone) published; in the drawer the admin sees both versions, the v1 → v2 changes with their values,
 * the open case on v1, dry-runs its move to v2 and moves it. Screenshots at 1280 and 390 px, zh-CN/en.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { CUSTOMER, GraphqlApi } from './support/graphql-api';
import { DesignerVersionsPage } from './support/designer-versions';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const KEY = 'complaint-versions';

type Json = Record<string, unknown>;

/** v2: "classify" renamed, a 10-day SLA instead of 15, the tracking step removed (handle → feedback). */
function secondVersion(v1: Json): Json {
  const d = JSON.parse(JSON.stringify(v1)) as Json & {
    steps: Json[];
    transitions: Json[];
    sla: { rules: { policy: { target: { amount: number } } }[] };
  };
  const classify = d.steps.find((s) => s['key'] === 'classify')!;
  classify['name'] = { zh: '投诉分类定级', en: 'Classify and grade' };
  d.sla.rules[0]!.policy.target.amount = 10;
  d.steps = d.steps.filter((s) => s['key'] !== 'track');
  d.transitions = d.transitions
    .filter((t) => t['from'] !== 'track')
    .map((t) => (t['to'] === 'track' ? { ...t, to: 'feedback-method' } : t));
  return d;
}

describe('designer versions drawer (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let reference: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    const created = await admin.run<{
      createFlowTemplate: { draft: { revision: number; definition: Json } };
    }>(
      `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision definition } } }`,
      {
        input: {
          key: KEY,
          name: { zh: '投诉处理（版本）', en: 'Complaints (versions)' },
          kind: 'COMPLAINT',
          fromSeed: 'complaint-handling',
        },
      },
    );
    const publish = `mutation($key: String!, $base: Int!, $notes: String) {
      publishFlowTemplate(key: $key, baseRevision: $base, releaseNotes: $notes) { version }
    }`;
    await admin.run(publish, {
      key: KEY,
      base: created.createFlowTemplate.draft.revision,
      notes: '首个版本',
    });
    const opened = await admin.run<{ openCase: { case: { reference: string } } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { reference } } }`,
      {
        input: {
          templateKey: KEY,
          channel: 'HOTLINE',
          customer: CUSTOMER,
          departmentCode: 'CUSTOMER_SERVICE',
        },
      },
    );
    reference = opened.openCase.case.reference;
    const saved = await admin.run<{ saveFlowDraft: { revision: number } }>(
      `mutation($key: String!, $base: Int!, $def: JSON!) { saveFlowDraft(key: $key, baseRevision: $base, definition: $def) { revision } }`,
      {
        key: KEY,
        base: created.createFlowTemplate.draft.revision,
        def: secondVersion(created.createFlowTemplate.draft.definition),
      },
    );
    await admin.run(publish, {
      key: KEY,
      base: saved.saveFlowDraft.revision,
      notes: 'SLA 缩短为 10 日，取消跟踪环节',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function openDesigner(
    width: number,
    locale: 'zh-CN' | 'en',
  ): Promise<{ page: Page; versions: DesignerVersionsPage; close: () => Promise<void> }> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    await context.addInitScript((l) => window.localStorage.setItem('parley.locale', l), locale);
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}/flows/${KEY}/edit`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(E2E_ADMIN);
    await page.waitForURL(new RegExp(`/flows/${KEY}/edit$`));
    const versions = new DesignerVersionsPage(page);
    await versions.open();
    return { page, versions, close: () => context.close() };
  }

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: new URL(`designer-versions-${name}.png`, SCREENSHOT_DIR).pathname });

  it('shows both versions, the v1 → v2 changes, and moves the open v1 case to v2', async () => {
    const { page, versions, close } = await openDesigner(1280, 'zh-CN');
    try {
      const v2 = await versions.version(2).innerText();
      expect(v2).toContain('最新');
      expect(v2).toContain('SLA 缩短为 10 日');
      expect(await versions.version(1).innerText()).toContain('首个版本');
      expect(await page.getByTestId('open-count-1').innerText()).toBe('1');
      expect(await page.getByTestId('open-count-2').innerText()).toBe('0');
      await shoot(page, 'history-1280-zh');

      await versions.compareWithPrevious(2);
      const step = await versions.diffRow('step:classify').innerText();
      expect(step).toContain('投诉分类定级');
      expect(step).toContain('投诉分类');
      const sla = await versions.diffRow('flow:sla').innerText();
      expect(sla).toContain('sla.rules[0].policy.target.amount');
      expect(sla).toMatch(/15\s*→\s*10/);
      expect(await versions.diffRow('step:track').innerText()).toContain('删除');
      await shoot(page, 'compare-1280-zh');
      // "Mark on the canvas" is on: the draft (= v2) shows the renamed step changed, the removed one listed.
      const classify = page.getByTestId('node-classify');
      expect(await classify.getAttribute('data-highlight')).toBe('changed');
      expect(await page.getByTestId('canvas-removed-steps').innerText()).toBe('已删除：track');
      expect(await page.getByTestId('canvas-legend-diff').innerText()).toContain('版本对比：v1 → v2');
      // The drawer (modal) covers most of the canvas: leave it out of this picture of the canvas.
      await page.screenshot({
        path: new URL('designer-highlight-diff-1280-zh.png', SCREENSHOT_DIR).pathname,
        style: '.el-overlay { display: none !important; }',
      });
      await page.getByTestId('compare-on-canvas').click();
      await expect.poll(() => classify.getAttribute('data-highlight')).toBeNull();
      expect(await page.getByTestId('canvas-legend-diff').count()).toBe(0);

      await versions.tab('history');
      const cases = await versions.showCases(1);
      expect(await cases.innerText()).toContain(reference);
      expect(await cases.innerText()).toContain('接收投诉');
      await versions.mapStep('track', '投诉处理');
      const plan = await versions.dryRun();
      expect(await plan.innerText()).toContain('可迁移 1 件，受阻 0 件');
      expect(await page.getByTestId(`plan-${reference}`).innerText()).toContain('可迁移');
      await shoot(page, 'migrate-plan-1280-zh');
      const result = await versions.migrate();
      expect(await page.getByTestId(`result-${reference}`).innerText()).toContain('已迁移');
      expect(await result.innerText()).toContain('已迁移 1 件，跳过 0 件，失败 0 件');
      await shoot(page, 'migrate-result-1280-zh');
      await versions.tab('history');
      await page.getByTestId('open-count-2').filter({ hasText: '1' }).waitFor();
      expect(await page.getByTestId('open-count-1').innerText()).toBe('0');
    } finally {
      await close();
    }
  });

  it('reads the same in English and on a phone', async () => {
    for (const [width, locale] of [
      [1280, 'en'],
      [390, 'zh-CN'],
      [390, 'en'],
    ] as const) {
      const { page, versions, close } = await openDesigner(width, locale);
      try {
        const tag = `${width}-${locale === 'en' ? 'en' : 'zh'}`;
        expect(await versions.version(2).innerText()).toContain(locale === 'en' ? 'Latest' : '最新');
        await shoot(page, `history-${tag}`);
        await versions.compareWithPrevious(2);
        const step = await versions.diffRow('step:classify').innerText();
        expect(step).toContain(locale === 'en' ? 'Classify and grade' : '投诉分类定级');
        await shoot(page, `compare-${tag}`);
        await versions.tab('history');
        const cases = await versions.showCases(2);
        expect(await cases.innerText()).toContain(reference);
        await shoot(page, `cases-${tag}`);
      } finally {
        await close();
      }
    }
  });
});
