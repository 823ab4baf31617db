/**
 * The customer completes their own form step on their link page (`/c/<token>`) on a 390 px phone, in
 * Chromium, in zh-CN and in English: the agent sends the link from the case screen; the customer sees
 * the Minsheng application (the shared form renderer), is told what is missing when submitting too
 * early, fills it in, uploads a PDF into its file field, submits, and is told it is done and that
 * nothing is left to do. The case moves on, with the file among its attachments. Nothing scrolls
 * sideways. Screenshots `customer-form-*` in test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { TEMPLATE_SCRIPTS } from '../packages/engine/test/templates/template-scripts';
import { startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { CasePage } from './support/admin-pages';
import { CaseActionsPage } from './support/case-actions';
import { launchChromium } from './support/chromium';
import { phoneContext, screenshot, switchToEnglish, widths } from './support/customer-complaint';
import { TemplateRun } from './support/template-run';

const TEXTS = {
  'zh-CN': {
    title: '您的办理事项',
    hint: '请先修正标出的问题，再提交。',
    done: '已提交「客户申请」，谢谢！',
    nothing: '目前没有需要您办理的事项。',
  },
  en: {
    title: 'Your request',
    hint: 'Please fix the marked problems before submitting.',
    done: 'Thank you, “Application” has been submitted.',
    nothing: 'There is nothing for you to do right now.',
  },
} as const;

describe('the customer fills in their own form step on their link page, on a phone (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`${locale}: the application with a file, at 390 px`, async () => {
      const texts = TEXTS[locale];
      const lang = locale === 'zh-CN' ? 'zh' : 'en';
      const run = new TemplateRun(stack, browser, 'minsheng-e-negotiation');
      const phone = await phoneContext(browser, locale, 390);
      try {
        const [start, apply] = (TEMPLATE_SCRIPTS['minsheng-e-negotiation']?.steps ?? []).map(
          (line) => line.command,
        );
        if (start?.type !== 'start' || apply?.type !== 'submitStep')
          throw new Error('minsheng script changed');
        await run.perform(start);
        const state = await run.untilActive('apply');
        const agent = await run.openCase(run.profileFor('apply', state));
        const link = await new CasePage(agent).sendCustomerLink();

        const page = await phone.newPage();
        await page.goto(link);
        const card = page.getByTestId('customer-form-apply');
        await card.waitFor();
        // The page opens in Chinese; the customer switches with the language switch above it.
        if (locale === 'en') await switchToEnglish(page);
        await expect.poll(() => page.getByTestId('customer-page-title').innerText()).toBe(texts.title);

        // Too early: the page says what is missing, under the fields, and sends nothing.
        await page.getByTestId('customer-form-submit-apply').click();
        await page.getByTestId('customer-form-hint').waitFor();
        expect(await page.getByTestId('customer-form-hint').innerText()).toContain(texts.hint);
        expect(await card.locator('.form-renderer__error').count()).toBeGreaterThan(0);
        await screenshot(page, `customer-form-missing-${lang}-390`);

        const form = run.formOf('apply');
        if (!form) throw new Error('apply has no form');
        await new CaseActionsPage(page, 'customer').fillForm(apply.stepKey, form, {
          ...apply.data,
          attachments: [{ name: '诊断证明.pdf', mime: 'application/pdf' }],
        });
        expect(await page.getByTestId('customer-apply-files-attachments').innerText()).toContain(
          '诊断证明.pdf',
        );
        const doc = await widths(page);
        expect(doc.scrollWidth).toBeLessThanOrEqual(doc.clientWidth);
        await screenshot(page, `customer-form-filled-${lang}-390`);

        await page.getByTestId('customer-form-submit-apply').click();
        await page.getByTestId('customer-form-notice').waitFor();
        expect(await page.getByTestId('customer-form-notice').innerText()).toContain(texts.done);
        expect(await page.getByTestId('no-offer').innerText()).toContain(texts.nothing);
        expect(await card.count()).toBe(0);
        await screenshot(page, `customer-form-done-${lang}-390`);

        // The case moved on; the file is the case's, for the application step.
        await expect.poll(async () => (await run.state()).activeSteps).toEqual(['review']);
        const read = await (
          await run.api()
        ).run<{ case: { attachments: { fileName: string; stepKey: string | null }[] } }>(
          `query($id: ID!) { case(id: $id) { attachments { fileName stepKey } } }`,
          { id: run.caseId },
        );
        expect(read.case.attachments).toEqual([{ fileName: '诊断证明.pdf', stepKey: 'apply' }]);

        // A reload shows the same: nothing left to do.
        await page.reload();
        await page.getByTestId('no-offer').waitFor();
        expect(await page.getByTestId('customer-form-apply').count()).toBe(0);
      } finally {
        await phone.close();
        await run.close();
      }
    }, 300_000);
  }
});
