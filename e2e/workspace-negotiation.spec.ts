/**
 * Issue 10, test 1: a negotiation in three browser contexts (customer, agent, supervisor) with the
 * demo users, every staff step in the browser. The customer applies on the public intake page; the
 * agent claims the case in the inbox; the supervisor reviews it on the case screen (seed 000's review
 * needs the `reviewer` flow role, which the demo setup gives to supervisors); the agent logs the call
 * in the step actions and builds a 24-month 停息挂账 plan in the offer builder that needs the
 * supervisor's approval; the supervisor approves in /approvals; the customer asks for a change on
 * /c/<token>; the agent revises in the builder; the customer reads the clauses, accepts and signs; the
 * agent sees the signed agreement's hash (the PDF the customer downloads hashes to it) and verifies it,
 * records the first follow-up, and the next one is scheduled. A second test: an agent opens a hotline
 * complaint on the new case page and requests an extension of its clock; the supervisor approves it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { findTemplate } from '../packages/engine/src/index';
import { CasePage, CustomerOfferPage, NewCasePage } from './support/admin-pages';
import { CaseActionsPage } from './support/case-actions';
import { WorkspaceCasePage } from './support/case-page';
import { GraphqlApi } from './support/graphql-api';
import { WorkspaceInbox } from './support/workspace-inbox';
import { ApprovalsInboxPage, OfferBuilderPanel, openSignedIn } from './support/workspace-negotiation';

const AGENT_NAME = '客服坐席 Customer service agent';
const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const shot = (page: Page, name: string) =>
  page.screenshot({ path: new URL(name, SCREENSHOT_DIR).pathname, fullPage: true });

const NEGOTIATION = findTemplate('minsheng-e-negotiation')!;
const formOf = (key: string) => NEGOTIATION.forms.find((f) => f.key === key)!;

async function switchLocale(page: Page, to: 'English' | '中文'): Promise<void> {
  await page.getByTestId('locale-switch').getByText(to, { exact: true }).click();
}

describe('negotiation in three browser contexts (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let admin: GraphqlApi;
  let intakeUrl: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    // No admin screen issues intake links (the bank publishes the link on its website): over GraphQL.
    const issued = await admin.run<{ issueIntakeLink: { url: string } }>(
      `mutation { issueIntakeLink(templateKey: "minsheng-e-negotiation", channel: WEBSITE, expiresInHours: 24,
        departmentCode: "CUSTOMER_SERVICE") { url } }`,
    );
    intakeUrl = `${stack.adminUrl}${issued.issueIntakeLink.url}`;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('customer applies, agent offers, supervisor approves, customer counters, agent revises, customer signs', async () => {
    const contexts: BrowserContext[] = [];
    const open = async (width: number, mobile = false) => {
      const context = await browser.newContext({
        locale: 'zh-CN',
        viewport: { width, height: mobile ? 844 : 900 },
        ...(mobile ? { isMobile: true, hasTouch: true } : {}),
      });
      contexts.push(context);
      return context.newPage();
    };
    const pages: Record<string, Page> = {};
    try {
      const customer = await open(390, true);
      const agent = await open(1280);
      const supervisor = await open(1280);
      Object.assign(pages, { customer, agent, supervisor });

      // 1. The customer applies on the public intake page.
      await customer.goto(intakeUrl);
      await customer.getByTestId('intake-submit').waitFor();
      // The flow's form asks for the name, phone and ID number: the page does not ask twice.
      expect(await customer.getByTestId('intake-customer-section').count()).toBe(0);
      const field = (name: string) => customer.getByTestId(`intake-field-${name}`);
      await field('customerName').locator('input').fill('张三');
      await field('mobile').locator('input').fill('13800138000');
      await field('idNumber').locator('input').fill('11010519491231002X');
      await customer.getByTestId('intake-choice-applicationChannel-website').click();
      await customer.getByTestId('intake-choice-matter-overdue-repayment').click();
      await field('amountOwedFen').locator('input').fill('55,000');
      await customer.getByTestId('intake-choice-hardship-illness').click();
      await field('description').locator('textarea').fill('因病暂时无法按期还款，希望停息挂账分期。');
      await customer.getByTestId('intake-submit').click();
      await customer.getByTestId('intake-reference').waitFor();
      const reference = await customer.getByTestId('intake-reference').innerText();
      expect(reference).toMatch(/^C-\d{4}-\d+$/);

      // 2. The agent finds it unassigned in the department's queue and claims it in the inbox.
      const inbox = new WorkspaceInbox(agent);
      await openSignedIn(agent, `${stack.adminUrl}/inbox`, E2E_DEMO.agentCs, inbox.root);
      await inbox.chooseView('MY_QUEUES');
      const row = inbox.row(reference);
      await row.waitFor();
      expect(await row.getByTestId('cell-step').innerText()).toBe('信息审核');
      expect(await row.getByTestId('cell-assignee').innerText()).toBe('未分派');
      expect(await inbox.claim(reference)).toContain('成功');
      await expect.poll(() => row.getByTestId('cell-assignee').innerText()).toBe(AGENT_NAME);
      await inbox.openCase(reference);
      await agent.waitForURL(/\/cases\/[^/]+$/);
      const caseId = decodeURIComponent(new URL(agent.url()).pathname.split('/').pop()!);
      const caseUrl = `${stack.adminUrl}/cases/${caseId}`;
      const screen = new WorkspaceCasePage(agent);
      await screen.title.waitFor();
      expect(await screen.title.innerText()).toBe(reference);
      // Department names arrive after the case: wait for the name, not the code.
      await expect.poll(() => agent.getByTestId('case-department').innerText()).toBe('客服部门');
      expect(await agent.getByTestId('case-assignee').innerText()).toBe(AGENT_NAME);

      // 3. The supervisor (the flow's reviewer) reviews it on the case screen.
      const review = new CaseActionsPage(supervisor);
      await openSignedIn(supervisor, caseUrl, E2E_DEMO.supervisor, review.panel('review'));
      await review.fillForm('review', formOf('review'), {
        identityVerified: 'yes',
        requestReasonable: 'yes',
        reviewNote: '身份与困难证明已核实',
      });
      await review.approve('review', '同意进入协商');

      // 4. The agent calls the customer and logs the call in the step actions.
      const actions = new CaseActionsPage(agent);
      await openSignedIn(agent, caseUrl, E2E_DEMO.agentCs, actions.panel('communicate'));
      await actions.logCommunication('communicate', {
        channel: 'video',
        contact: '13800138000',
        answered: true,
        summary: '视频沟通：客户同意停息挂账',
      });
      await expect
        .poll(() => agent.getByTestId('case-active-steps').innerText())
        .toBe('方案制定（还款计划）');

      // 5. The agent builds a 24-month 停息挂账 plan; waiving the penalty interest and fees is beyond
      //    an agent's authority (10 % / ¥5,000), so it goes to the supervisor.
      const builder = new OfferBuilderPanel(agent);
      await builder.root.waitFor();
      // First a look at the kinds' own fields: an earlier extension and a due day; a settlement's
      // discount as a percentage, an amount off or the amount to pay (both languages, both widths).
      for (const [locale, width] of [
        ['zh', 1280],
        ['en', 390],
      ] as const) {
        if (locale === 'en') {
          await switchLocale(agent, 'English');
          await agent.setViewportSize({ width, height: 844 });
        }
        for (const kind of ['extension', 'lumpSumSettlement'] as const) {
          await builder.root.getByTestId(`offer-kind-${kind}`).click();
          await builder.root.getByTestId('offer-partial-interest').waitFor();
          await builder.root.screenshot({
            path: new URL(`workspace-offer-builder-${kind}-${locale}-${width}.png`, SCREENSHOT_DIR).pathname,
          });
        }
      }
      await switchLocale(agent, '中文');
      await builder.root.getByText('方案制定').first().waitFor();
      await agent.setViewportSize({ width: 1280, height: 900 });
      await builder.fillInterestFrozen({
        principal: '45000',
        interest: '3000',
        penaltyInterest: '4000',
        fees: '3000',
        waive: ['penaltyInterest', 'fees'],
        termMonths: 24,
      });
      await builder.scheduleRows.nth(23).waitFor();
      expect(await builder.scheduleRows.count()).toBe(24);
      // ¥48,000.00 (principal + interest) in 24 equal parts, no interest.
      expect(await builder.scheduleRows.first().locator('td').nth(5).innerText()).toBe('¥2,000.00');
      expect(await builder.root.getByTestId('offer-forgiven').innerText()).toBe('¥7,000.00');
      expect(await builder.authority.innerText()).toContain('需要 主管 审批');
      expect(await builder.serverVerdict()).toBe('NEEDS_APPROVAL');
      await builder.chart.locator('canvas').waitFor();
      await shot(agent, 'workspace-offer-builder-zh-1280.png');
      await switchLocale(agent, 'English');
      await builder.root.getByText('Build an offer').waitFor();
      await shot(agent, 'workspace-offer-builder-en-1280.png');
      await agent.setViewportSize({ width: 390, height: 844 });
      await shot(agent, 'workspace-offer-builder-en-390.png');
      await builder.root.screenshot({
        path: new URL('workspace-offer-builder-panel-en-390.png', SCREENSHOT_DIR).pathname,
      });
      await switchLocale(agent, '中文');
      await builder.root.getByText('方案制定').first().waitFor();
      await shot(agent, 'workspace-offer-builder-zh-390.png');
      await builder.root.screenshot({
        path: new URL('workspace-offer-builder-panel-zh-390.png', SCREENSHOT_DIR).pathname,
      });
      await agent.setViewportSize({ width: 1280, height: 900 });

      expect(await builder.send.innerText()).toBe('提交审批');
      await builder.send.click();
      await builder.root.getByTestId('offer-pending').waitFor();
      expect(await builder.result.innerText()).toContain('已提交审批');

      // 6. The supervisor approves in /approvals.
      const approvals = new ApprovalsInboxPage(supervisor);
      await openSignedIn(supervisor, `${stack.adminUrl}/approvals`, E2E_DEMO.supervisor, approvals.root);
      await approvals.row('offers', reference).waitFor();
      expect(await approvals.row('offers', reference).innerText()).toContain('停息挂账');
      await shot(supervisor, 'workspace-approvals-zh-1280.png');
      await switchLocale(supervisor, 'English');
      await approvals.root.getByText('Offers beyond authority').waitFor();
      await shot(supervisor, 'workspace-approvals-en-1280.png');
      await supervisor.setViewportSize({ width: 390, height: 844 });
      await shot(supervisor, 'workspace-approvals-en-390.png');
      await switchLocale(supervisor, '中文');
      await approvals.root.getByText('超权限方案').waitFor();
      await shot(supervisor, 'workspace-approvals-zh-390.png');
      await supervisor.setViewportSize({ width: 1280, height: 900 });
      await approvals.decide('offers', reference, true, '同意减免罚息与费用');
      await approvals.row('offers', reference).waitFor({ state: 'detached' });

      // 7. The agent sends the customer link; the customer asks for a change.
      const casePage = new CasePage(agent);
      await openSignedIn(agent, caseUrl, E2E_DEMO.agentCs, casePage.title);
      await agent.getByTestId('case-active-steps').getByText('方案确认').waitFor();
      const link = await casePage.sendCustomerLink();
      await agent.keyboard.press('Escape');
      await customer.goto(link);
      const offer = new CustomerOfferPage(customer);
      await offer.scheduleRows.first().waitFor();
      expect(await offer.scheduleRows.count()).toBe(24);
      await customer.getByTestId('counter-offer').click();
      await customer.getByTestId('input-counter-comment').fill('希望分 36 期');
      await customer.getByTestId('submit-counter').click();
      await customer.getByTestId('offer-status').getByText('已申请修改').waitFor();

      // 8. The agent revises in the builder: 36 months; now within an agent's authority (fees kept).
      await openSignedIn(agent, caseUrl, E2E_DEMO.agentCs, builder.root);
      await agent.getByTestId('offer-changes-requested').getByText('希望分 36 期').waitFor();
      await builder.setWaiver('fees', false);
      const term = builder.root.locator(
        '[data-testid="offer-termMonths"] input, input[data-testid="offer-termMonths"]',
      );
      await term.fill('36');
      await term.blur();
      await builder.scheduleRows.nth(35).waitFor();
      expect(await builder.serverVerdict()).toBe('WITHIN_AUTHORITY');
      expect(await builder.send.innerText()).toBe('发送给客户');
      await builder.send.click();
      await builder.result.getByText('方案已提出').waitFor();
      await builder.result.getByTestId('offer-send-link').click();
      const revisedLink = await agent.getByTestId('customer-link-url').inputValue();
      await agent.keyboard.press('Escape');

      // 9. The customer reads the clauses, accepts and signs.
      await customer.goto(revisedLink);
      await offer.scheduleRows.first().waitFor();
      expect(await offer.scheduleRows.count()).toBe(36);
      await offer.agreementClauses.first().waitFor();
      const clauses = (await offer.agreementClauses.allInnerTexts()).join('\n');
      expect(clauses).toContain('乙方：张*');
      expect(clauses).toContain(`案件编号：${reference}`);
      await offer.accept();
      await offer.drawSignature();
      await offer.consent();
      const sha256 = await offer.sign();
      expect(sha256).toMatch(/^[0-9a-f]{64}$/);

      // 10. The customer keeps the signed PDF; the agent sees its hash on the case screen, and the
      //     server checks the stored PDF against it. (Downloading the PDF on the case screen needs
      //     `case.reveal-pii`, which no demo role holds: the PDF is read here from the customer's page.)
      const [download] = await Promise.all([
        customer.waitForEvent('download'),
        customer.getByTestId('download-agreement').click(),
      ]);
      const pdf = await readFile((await download.path())!);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(sha256);
      await openSignedIn(agent, caseUrl, E2E_DEMO.agentCs, screen.agreementHash);
      expect(await screen.agreementHash.innerText()).toBe(sha256);
      expect(await screen.verifyAgreement()).toContain('校验通过');

      // 11. The first follow-up, in the step actions: a problem is reported, so the next is scheduled.
      await actions.fillForm('follow-up', formOf('follow-up'), {
        followUpStatus: 'problem',
        followUpNote: '首期还款日需顺延三天',
      });
      await actions.submit('follow-up');
      const scheduled = screen.followUps.getByTestId('follow-up-row');
      await scheduled.first().waitFor();
      expect(await scheduled.count()).toBe(1);
      const line = await scheduled.first().innerText();
      expect(line).toContain('跟进 · 反馈与跟踪');
      expect(line).toContain('待跟进');
      const due = /(\d{4}-\d{2}-\d{2})/.exec(line)?.[1];
      const daysAhead = (Date.parse(`${due}T12:00:00+08:00`) - Date.now()) / 86_400_000;
      expect(daysAhead).toBeGreaterThan(28);
      expect(daysAhead).toBeLessThan(31);
    } catch (error) {
      // What each party saw when it failed, for the report.
      for (const [who, page] of Object.entries(pages))
        await shot(page, `workspace-negotiation-failure-${who}.png`).catch(() => undefined);
      throw error;
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  }, 300_000);

  it('an agent requests a complaint extension on the case screen; the supervisor approves it in /approvals', async () => {
    const contexts: BrowserContext[] = [];
    try {
      for (let i = 0; i < 2; i++)
        contexts.push(await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } }));
      const [agent, supervisor] = await Promise.all(contexts.map((c) => c.newPage()));
      // The agent opens the hotline complaint on the new case page.
      const form = new NewCasePage(agent!);
      await openSignedIn(agent!, `${stack.adminUrl}/cases/new`, E2E_DEMO.agentCs, form.form);
      await form.chooseFlow('complaint-handling');
      await form.chooseChannel('HOTLINE');
      await form.fillCustomer({ name: '李四', phone: '13800138001' });
      await form.submit();
      await agent!.waitForURL(/\/cases\/(?!new$)[^/]+$/);
      const id = decodeURIComponent(new URL(agent!.url()).pathname.split('/').pop()!);
      const reference = await agent!.getByTestId('case-title').innerText();
      expect(reference).toMatch(/^C-\d{4}-\d+$/);
      const clock = agent!.getByTestId('complaint-clock');
      await clock.waitFor();
      expect(await clock.getByTestId('clock-status').innerText()).toBe('按时');
      expect(await clock.getByTestId('clock-days-left').innerText()).toMatch(/^\d+ 天（\d+ 个工作日）$/);
      await clock.getByTestId('clock-request-extension').click();
      await agent!.getByTestId('clock-reason').fill('需调取通话录音核实');
      await agent!.getByTestId('clock-submit').click();
      await clock.getByTestId('clock-requests').getByText('待审批').waitFor();
      await clock.screenshot({
        path: new URL('workspace-complaint-clock-zh-1280.png', SCREENSHOT_DIR).pathname,
      });

      const approvals = new ApprovalsInboxPage(supervisor!);
      await openSignedIn(supervisor!, `${stack.adminUrl}/approvals`, E2E_DEMO.supervisor, approvals.root);
      await approvals.row('extensions', reference).waitFor();
      expect(await approvals.row('extensions', reference).innerText()).toContain('需调取通话录音核实');
      // Rejecting without a reason is stopped in the page.
      await approvals.decide('extensions', reference, false);
      await supervisor!.getByTestId('decide-reason-error').waitFor();
      await supervisor!.keyboard.press('Escape');
      await approvals.decide('extensions', reference, true);
      await approvals.row('extensions', reference).waitFor({ state: 'detached' });

      await openSignedIn(agent!, `${stack.adminUrl}/cases/${id}`, E2E_DEMO.agentCs, clock);
      await clock.getByTestId('clock-status').getByText('已延期').waitFor();
      expect(await clock.getByTestId('clock-requests').innerText()).toContain('已批准');
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  }, 180_000);
});
