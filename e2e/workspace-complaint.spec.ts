/**
 * Issue 10, test 2 — a complaint from the public form, in Chromium on a phone: the customer picks a
 * category by its customer-facing name, writes, attaches a screenshot and sends; the case is routed to
 * the category's department (PRODUCT) and queue, on the 15-day regulatory clock, which the case
 * screen shows; the demo users handle it to written feedback in the case screen's step actions (the
 * head of complaints receives, classifies, tracks and follows up; the product agent handles); the
 * customer follows it on the tracking page, which names no staff and shows the deadline. Phone-size
 * screenshots of /complain and /track in zh-CN and English at 390 and 360 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { findTemplate } from '../packages/engine/src/index';
import { launchChromium } from './support/chromium';
import { CaseActionsPage } from './support/case-actions';
import { WorkspaceCasePage } from './support/case-page';
import { GraphqlApi } from './support/graphql-api';
import { WorkspaceInbox } from './support/workspace-inbox';
import { openSignedIn } from './support/workspace-negotiation';
import {
  ComplaintFormPage,
  TrackingPage,
  phoneContext,
  screenshot,
  switchToEnglish,
  widths,
} from './support/customer-complaint';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const COMPLAINT = findTemplate('complaint-handling')!;
const formOf = (key: string) => COMPLAINT.forms.find((f) => f.key === key)!;
/** An instant as the admin shows it (`YYYY-MM-DD HH:mm`, Beijing time), in ms. */
const shownInstant = (text: string) => Date.parse(`${text.trim().slice(0, 16).replace(' ', 'T')}:00+08:00`);
const BEIJING_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('a public complaint, routed, handled on the 15-day clock and followed (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let admin: GraphqlApi;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    // The category tree is set up over GraphQL (its screen has its own spec, complaint-categories).
    admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    const create = async (input: Record<string, unknown>) =>
      (
        await admin.run<{ createComplaintCategory: { id: string } }>(
          `mutation($input: CreateComplaintCategoryInput!) { createComplaintCategory(input: $input) { id } }`,
          { input },
        )
      ).createComplaintCategory.id;
    const cards = await create({ code: 'E2E-CARDS', name: { zh: '银行卡', en: 'Bank cards' } });
    await create({
      code: 'E2E-CARD-FEES',
      name: { zh: '年费与收费', en: 'Fees and charges' },
      parentId: cards,
      routing: { departmentCode: 'PRODUCT', queueCode: 'GENERAL' },
    });
    await create({
      code: 'E2E-BRANCH',
      name: { zh: '网点服务', en: 'Branch service' },
      routing: { departmentCode: 'CUSTOMER_SERVICE', queueCode: 'GENERAL' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('files, routes, handles to written feedback and tracks a complaint', async () => {
    // 1. The customer files the complaint on a phone, in Chinese.
    const context = await phoneContext(browser, 'zh-CN', 390);
    let receipt: { reference: string; trackingUrl: string; deadline: string };
    try {
      const form = new ComplaintFormPage(await context.newPage());
      await form.open(stack.adminUrl);
      await screenshot(form.page, 'workspace-complaint-form-zh-390');
      // Nothing is sent while a required field is empty.
      await form.submit();
      await form.page.getByTestId('complaint-fix-problems').waitFor();
      await form.fill({
        category: '银行卡',
        subCategory: '年费与收费',
        text: '信用卡年费未经我同意被扣取 300 元，致电客服未获处理。',
        name: '王五',
        phone: '13800138000',
        files: [{ name: '扣费短信.png', mimeType: 'image/png', buffer: PNG }],
      });
      await form.page.getByTestId('complaint-files').waitFor();
      await form.submit();
      receipt = await form.receipt();
      await screenshot(form.page, 'workspace-complaint-receipt-zh-390');
    } finally {
      await context.close();
    }
    expect(receipt.reference).toMatch(/^C-\d{4}-\d+$/);

    // 2. The head of complaints finds it in the inbox by its number and opens it: routed to the
    //    category's department, on the 15-day clock, with the customer's screenshot.
    const staff: BrowserContext[] = [];
    const staffPage = async () => {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      staff.push(context);
      return context.newPage();
    };
    try {
      const head = await staffPage();
      const inbox = new WorkspaceInbox(head);
      await openSignedIn(head, `${stack.adminUrl}/inbox`, E2E_DEMO.supervisor, inbox.root);
      await inbox.chooseView('MY_QUEUES');
      await inbox.search(receipt.reference);
      await inbox.waitForReferences([receipt.reference]);
      await inbox.openCase(receipt.reference);
      await head.waitForURL(/\/cases\/[^/]+$/);
      const id = decodeURIComponent(new URL(head.url()).pathname.split('/').pop()!);
      const caseUrl = `${stack.adminUrl}/cases/${id}`;
      const screen = new WorkspaceCasePage(head);
      await screen.title.waitFor();
      // Department names arrive after the case: wait for the name, not the code.
      await expect.poll(() => head.getByTestId('case-department').innerText()).toBe('产品部门');
      expect(await head.getByTestId('case-active-steps').innerText()).toBe('接收投诉');
      await screen.attachmentNamed('扣费短信.png').waitFor();

      const clock = head.getByTestId('complaint-clock');
      await clock.waitFor();
      expect(await clock.getByTestId('clock-status').innerText()).toBe('按时');
      // 15 calendar days from today (14 if Beijing midnight passed since the complaint came in).
      expect(await clock.getByTestId('clock-days-left').innerText()).toMatch(/^1[45] 天（\d+ 个工作日）$/);
      const receivedAt = shownInstant(await clock.locator('dd').first().innerText());
      const deadline = shownInstant(await clock.getByTestId('clock-deadline').innerText());
      const days = (deadline - receivedAt) / 86_400_000;
      expect(days).toBeGreaterThan(14);
      expect(days).toBeLessThan(16);
      // The deadline the customer was given is the clock's last day.
      expect(BEIJING_DAY.format(new Date(deadline - 1))).toBe(receipt.deadline);
      await head.screenshot({
        path: new URL('../test-results/workspace-complaint-case-zh-1280.png', import.meta.url).pathname,
        fullPage: true,
      });

      // The category, the queue's code and the attachment's type are not on the case screen: read
      // over GraphQL.
      const supervisor = await GraphqlApi.signIn(
        stack.graphqlUrl,
        E2E_DEMO.supervisor.username,
        E2E_DEMO.supervisor.password,
      );
      const routed = await supervisor.run<{
        case: {
          queue: { code: string } | null;
          category: { code: string } | null;
          attachments: { fileName: string; contentType: string }[];
        };
      }>(
        `query($id: ID!) { case(id: $id) { queue { code } category { code } attachments { fileName contentType } } }`,
        { id },
      );
      expect(routed.case.queue?.code).toBe('GENERAL');
      expect(routed.case.category?.code).toBe('E2E-CARD-FEES');
      expect(routed.case.attachments).toEqual([{ fileName: '扣费短信.png', contentType: 'image/png' }]);

      // 3. Staff handle it in the step actions: the head of complaints receives and classifies it, the
      //    product department handles it, the head of complaints tracks it; feedback in writing.
      const headActions = new CaseActionsPage(head);
      await headActions.fillForm('receive', formOf('complaint'), {
        complaintChannel: 'online',
        complainantName: '王五',
        complainantMobile: '13800138000',
        complaintText: '信用卡年费未经我同意被扣取 300 元，致电客服未获处理。',
      });
      await headActions.submit('receive');
      await headActions.panel('classify').waitFor();
      await headActions.fillForm('classify', formOf('classification'), {
        category: 'product',
        businessType: 'cards',
        cause: 'disclosure',
        feedbackMethod: 'written',
      });
      await headActions.submit('classify');
      await expect
        .poll(() => head.getByTestId('case-active-steps').innerText())
        .toBe('投诉处理（按类别分派部门）');

      const product = new CaseActionsPage(await staffPage());
      await openSignedIn(product.page, caseUrl, E2E_DEMO.agentProduct, product.panel('handle'));
      await product.fillForm('handle', formOf('handling'), {
        confirmedProblem: '年费收取前未充分告知',
        rootCause: '告知流程缺失',
        solution: '退还年费并致歉',
        implemented: 'yes',
      });
      await product.submit('handle');

      await openSignedIn(head, caseUrl, E2E_DEMO.supervisor, headActions.panel('track'));
      await headActions.fillForm('track', formOf('tracking'), { trackingStatus: 'resolved' });
      await headActions.submit('track');
      await expect.poll(() => head.getByTestId('case-active-steps').innerText()).toBe('跟进服务');

      // 4. The customer follows it: written feedback sent, no staff names, the deadline shown.
      const zh = await phoneContext(browser, 'zh-CN', 390);
      try {
        const tracking = new TrackingPage(await zh.newPage());
        await tracking.open(receipt.trackingUrl);
        expect(await tracking.status()).toBe('已答复');
        expect(await tracking.text('department')).toBe('产品部门');
        expect(await tracking.text('category')).toBe('年费与收费');
        expect(await tracking.text('deadline')).toContain(receipt.deadline);
        const entries = await tracking.entries();
        expect(entries[0]).toContain('我们已向您寄出书面答复。');
        expect(entries.at(-1)).toContain('我们已收到您的投诉。');
        const body = await tracking.page.locator('body').innerText();
        for (const hidden of ['supervisor', 'agent-product', '坐席', '王五', '13800138000'])
          expect(body).not.toContain(hidden);
        await screenshot(tracking.page, 'workspace-track-zh-390');
      } finally {
        await zh.close();
      }

      await headActions.fillForm('follow-up', formOf('follow-up'), { complainantSatisfaction: 5 });
      await headActions.submit('follow-up');
      await expect.poll(() => head.getByTestId('case-status').innerText()).toBe('已完成待结案');
    } finally {
      await Promise.all(staff.map((c) => c.close()));
    }

    // 5. Closed; the tracking page at 360 and 390 px, in both languages, without sideways scrolling.
    for (const width of [390, 360]) {
      const context = await phoneContext(browser, 'zh-CN', width);
      try {
        const zhForm = new ComplaintFormPage(await context.newPage());
        await zhForm.open(stack.adminUrl);
        const z = await widths(zhForm.page);
        expect(z.scrollWidth).toBeLessThanOrEqual(z.clientWidth);
        await screenshot(zhForm.page, `workspace-complaint-form-zh-${width}`);
        const tracking = new TrackingPage(await context.newPage());
        await tracking.open(receipt.trackingUrl);
        expect(await tracking.status()).toBe('已办结');
        const w = await widths(tracking.page);
        expect(w.scrollWidth).toBeLessThanOrEqual(w.clientWidth);
        if (width === 360) await screenshot(tracking.page, 'workspace-track-zh-360');
        await switchToEnglish(tracking.page);
        await tracking.page.getByText('Closed', { exact: true }).waitFor();
        expect((await tracking.entries())[0]).toContain('Your complaint is closed.');
        expect(await tracking.page.locator('main').innerText()).not.toMatch(/[\u4e00-\u9fa5]/);
        await screenshot(tracking.page, `workspace-track-en-${width}`);

        const form = new ComplaintFormPage(await context.newPage());
        await form.open(stack.adminUrl);
        await form.page.getByText('Make a complaint').first().waitFor();
        const f = await widths(form.page);
        expect(f.scrollWidth).toBeLessThanOrEqual(f.clientWidth);
        await screenshot(form.page, `workspace-complaint-form-en-${width}`);
      } finally {
        await context.close();
      }
    }
  }, 300_000);

  it('refuses a forged tracking link in the page language', async () => {
    const context = await phoneContext(browser, 'zh-CN', 360);
    try {
      const page = await context.newPage();
      await page.goto(`${stack.adminUrl}/track/not-a-valid-token`);
      const error = page.getByTestId('tracking-error');
      await error.waitFor();
      expect(await error.innerText()).toBe('链接无效。');
      await screenshot(page, 'workspace-track-invalid-zh-360');
    } finally {
      await context.close();
    }
  });
});
