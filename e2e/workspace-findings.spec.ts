/**
 * Issue 12 "Findings and learnings" in Chromium: two seed complaints (the demo install's complaint
 * flow) are driven over GraphQL to their end step; the customer-service agent closes each on the case
 * screen with its finding (溯源整改):
 * - in Chinese at 1280 px: the close dialog refuses an empty finding under its fields, then takes a
 *   root cause (with its description) and a remedy; the case shows as closed with the finding in its
 *   facts and in the timeline (in words), then in English;
 * - in English at 390 px: the dialog on a phone-sized page, the finding after the close, then Chinese.
 * The case log has `complaintFindingRecorded` just before `caseClosed`. Screenshots at 1280 and 390 px
 * in both languages.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { WorkspaceCasePage } from './support/case-page';
import { GraphqlApi, CUSTOMER } from './support/graphql-api';
import { CloseCaseDialog } from './support/case-finding';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const AGENT_NAME = '客服坐席 Customer service agent';

describe('closing a complaint with its finding (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let agent: GraphqlApi;

  /** A seed complaint, handled by the customer-service agent to its end step (RESOLVED). */
  async function resolvedComplaint(): Promise<{ id: string; reference: string }> {
    const opened = await agent.run<{ openCase: { case: { id: string; reference: string } } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id reference } } }`,
      {
        input: {
          templateKey: 'complaint-handling',
          channel: 'HOTLINE',
          customer: CUSTOMER,
          departmentCode: 'CUSTOMER_SERVICE',
          assignToMe: true,
        },
      },
    );
    const { id } = opened.openCase.case;
    const submit = (stepKey: string, data: Record<string, unknown>) =>
      agent.run(
        `mutation($id: ID!, $step: String!, $data: JSON!) { submitStep(caseId: $id, stepKey: $step, data: $data) { replayed } }`,
        { id, step: stepKey, data },
      );
    await submit('receive', {
      complaintChannel: 'phone',
      complainantName: '张三',
      complainantMobile: CUSTOMER.phone,
      complaintText: '信用卡年费未经同意被扣取 300 元。',
    });
    // A service complaint: customer service handles it itself (a product one goes to the product agents).
    await submit('classify', {
      category: 'service',
      businessType: 'cards',
      cause: 'disclosure',
      feedbackMethod: 'phone',
    });
    await submit('handle', {
      confirmedProblem: '年费收取前未充分告知',
      rootCause: '告知流程缺失',
      solution: '退还年费并致歉',
      implemented: 'yes',
    });
    await submit('track', { trackingStatus: 'resolved' });
    await agent.run(
      `mutation($id: ID!, $c: String!) { logCommunication(caseId: $id, stepKey: "phone-feedback", channel: "phone",
        contact: $c, answered: true, summary: "电话告知处理结果") { replayed } }`,
      { id, c: CUSTOMER.phone },
    );
    await submit('follow-up', { complainantSatisfaction: 4 });
    return opened.openCase.case;
  }

  const logTypes = async (id: string) =>
    (
      await agent.run<{ case: { events: { edges: { node: { type: string } }[] } } }>(
        `query($id: ID!) { case(id: $id) { events(first: 200) { edges { node { type } } } } }`,
        { id },
      )
    ).case.events.edges.map((e) => e.node.type);

  /** The whole page, or (`fullPage` false) what the viewport shows. */
  const shot = async (page: Page, name: string, fullPage = true) => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOT_DIR).pathname, fullPage });
  };

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    agent = await GraphqlApi.signIn(stack.graphqlUrl, E2E_DEMO.agentCs.username, E2E_DEMO.agentCs.password);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('in Chinese at 1280 px: refused empty, closed with a root cause and remedy, shown in words', async () => {
    const { id, reference } = await resolvedComplaint();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const screen = new WorkspaceCasePage(page);
      await screen.open(stack.adminUrl, id, E2E_DEMO.agentCs);
      expect(await screen.title.innerText()).toBe(reference);
      expect(await page.getByTestId('case-status').innerText()).toBe('已完成待结案');

      const dialog = new CloseCaseDialog(page);
      await dialog.openFromCase();
      expect(await dialog.title()).toBe('投诉结案：溯源整改');
      // Nothing chosen, nothing written: both fields say what is missing, and nothing is sent.
      await dialog.submit.click();
      await expect.poll(() => dialog.fieldErrors()).toEqual(['请选择投诉根因', '请填写整改措施']);
      expect(await logTypes(id)).not.toContain('caseClosed');

      const description = await dialog.chooseRootCause('information-disclosure');
      expect(description).toBe('未充分告知客户重要条款、风险或费用。');
      await dialog.remedy.fill('退还年费并致歉；修订年费告知模板，组织网点培训。');
      await dialog.note.fill('客户接受处理结果');
      await shot(page, 'workspace-findings-dialog-zh-1280', false);
      await dialog.submit.click();
      await dialog.root.waitFor({ state: 'hidden' });

      await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已办结');
      expect(await page.getByTestId('case-finding-cause').innerText()).toBe('信息披露不充分');
      expect(await page.getByTestId('case-finding-remedy-text').innerText()).toBe(
        '退还年费并致歉；修订年费告知模板，组织网点培训。',
      );
      expect(await page.getByTestId('case-finding-recorded').innerText()).toContain(AGENT_NAME);
      expect(await page.getByTestId('case-finding-close').count()).toBe(0);

      const entry = screen.eventsOfType('complaintFindingRecorded');
      await entry.first().waitFor();
      expect(await entry.locator('.timeline__title strong').innerText()).toBe('记录投诉溯源整改');
      expect(await screen.actorOf(entry)).toBe(AGENT_NAME);
      const details = await screen.expandDetails(entry);
      expect(details).toMatch(/投诉根因\s*信息披露不充分/);
      expect(details).toMatch(/整改措施\s*退还年费并致歉/);
      expect(details).not.toContain('information-disclosure');
      await shot(page, 'workspace-findings-case-zh-1280');

      // The log: the finding just before the close, in one command.
      const types = await logTypes(id);
      const at = types.indexOf('complaintFindingRecorded');
      expect(at).toBeGreaterThan(0);
      expect(types[at + 1]).toBe('caseClosed');

      await screen.switchLanguage('English');
      await expect
        .poll(() => page.getByTestId('case-finding-cause').innerText())
        .toBe('Information disclosure');
      expect(await page.getByTestId('case-status').innerText()).toBe('Closed');
      expect(await entry.locator('.timeline__title strong').innerText()).toBe('Complaint finding recorded');
      const english = await entry
        .locator('[data-testid^="event-details-"]:not([data-testid^="event-details-toggle-"])')
        .innerText();
      expect(english).toMatch(/Root cause\s*Information disclosure/);
      await shot(page, 'workspace-findings-case-en-1280');
    } finally {
      await context.close();
    }
  }, 180_000);

  it('in English at 390 px: the dialog on a phone-sized page, then the finding in both languages', async () => {
    const { id } = await resolvedComplaint();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const screen = new WorkspaceCasePage(page);
      await screen.open(stack.adminUrl, id, E2E_DEMO.agentCs);
      await screen.switchLanguage('English');
      await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('Resolved');

      const dialog = new CloseCaseDialog(page);
      await dialog.openFromCase();
      expect(await dialog.title()).toBe('Close complaint: finding');
      const description = await dialog.chooseRootCause('staff-error');
      expect(description).toMatch(/^A member of staff made a mistake/);
      await dialog.remedy.fill('Corrected the fee; retrained the branch team on the fee waiver rules.');
      // The dialog fits the phone: no sideways scrolling.
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      await shot(page, 'workspace-findings-dialog-en-390', false);
      await dialog.submit.click();
      await dialog.root.waitFor({ state: 'hidden' });

      await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('Closed');
      expect(await page.getByTestId('case-finding-cause').innerText()).toBe('Staff error');
      await page.getByTestId('case-finding-cause').scrollIntoViewIfNeeded();
      await shot(page, 'workspace-findings-case-en-390', false);
      await screen.switchLanguage('中文');
      await expect.poll(() => page.getByTestId('case-finding-cause').innerText()).toBe('员工操作差错');
      await page.getByTestId('case-finding-cause').scrollIntoViewIfNeeded();
      await shot(page, 'workspace-findings-case-zh-390', false);

      const finding = (
        await agent.run<{
          case: { finding: { rootCause: string; remedy: string; recordedBy: { displayName: string } } };
        }>(`query($id: ID!) { case(id: $id) { finding { rootCause remedy recordedBy { displayName } } } }`, {
          id,
        })
      ).case.finding;
      expect(finding).toEqual({
        rootCause: 'staff-error',
        remedy: 'Corrected the fee; retrained the branch team on the fee waiver rules.',
        recordedBy: { displayName: AGENT_NAME },
      });
    } finally {
      await context.close();
    }
  }, 180_000);
});
