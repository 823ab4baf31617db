/**
 * The agent workspace's inbox and the supervisor's overview in a real browser, with the demo users:
 * an agent lands on the inbox; views, a channel filter, search by case number and by exact phone, bulk
 * claim with a result per case (one case was taken by someone else meanwhile), a case opened over the
 * API appears without a reload, a row opens the case. A supervisor lands on the queue overview, whose
 * counts follow live and link into the inbox. Then: an open inbox row follows a step change made
 * elsewhere (the `inboxChanges` subscription); a plan review (seed 004's superior review) is approved
 * in /approvals.
 * Screenshots at 1280 and 390 px in both languages.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { CUSTOMER, GraphqlApi } from './support/graphql-api';
import { QueueOverview, WorkspaceInbox } from './support/workspace-inbox';
import { ApprovalsInboxPage, openSignedIn } from './support/workspace-negotiation';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id reference } } }`;

interface Opened {
  id: string;
  reference: string;
}

// The machine running e2e is shared and loaded: the long walks through the inbox get two minutes.
describe('Workspace inbox and queue overview (Chromium)', { timeout: 120_000 }, () => {
  let stack: E2EStack;
  let browser: Browser;
  let admin: GraphqlApi;
  let supervisor: GraphqlApi;
  let csQueue: string;
  let policyQueue: string;
  const cases: Record<'mine' | 'web' | 'taken' | 'policy', Opened> = {} as never;

  async function open(extra: Record<string, unknown>): Promise<Opened> {
    const data = await admin.run<{ openCase: { case: Opened } }>(OPEN, {
      input: {
        templateKey: 'complaint-handling',
        channel: 'HOTLINE',
        customer: CUSTOMER,
        departmentCode: 'CUSTOMER_SERVICE',
        queueId: csQueue,
        ...extra,
      },
    });
    return data.openCase.case;
  }

  async function signIn(page: Page, path: string, who: { username: string; password: string }) {
    await page.goto(`${stack.adminUrl}${path}`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(who);
  }

  async function shoot(page: Page, name: string, lang: 'zh' | 'en', width: number) {
    await page.screenshot({
      path: new URL(`workspace-${name}-${lang}-${width}.png`, SCREENSHOT_DIR).pathname,
      fullPage: true,
    });
  }

  async function switchLocale(page: Page, label: 'English' | '中文') {
    await page.getByTestId('locale-switch').getByText(label, { exact: true }).click();
  }

  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    supervisor = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.supervisor.username,
      E2E_DEMO.supervisor.password,
    );
    const { departments } = await admin.run<{ departments: { code: string; queues: { id: string }[] }[] }>(
      `{ departments { code queues { id } } }`,
    );
    csQueue = departments.find((d) => d.code === 'CUSTOMER_SERVICE')!.queues[0]!.id;
    policyQueue = departments.find((d) => d.code === 'POLICY')!.queues[0]!.id;
    const agent = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.agentCs.username,
      E2E_DEMO.agentCs.password,
    );
    const me = await agent.run<{ me: { id: string } }>(`{ me { id } }`);
    cases.mine = await open({});
    await admin.run(
      `mutation($c: ID!, $a: ID) { reassignCase(caseId: $c, assigneeId: $a) { case { id } } }`,
      {
        c: cases.mine.id,
        a: me.me.id,
      },
    );
    cases.web = await open({
      channel: 'WEBSITE',
      customer: { ...CUSTOMER, name: '王五', phone: '13911112222' },
    });
    cases.taken = await open({ customer: { ...CUSTOMER, name: '赵六', phone: '13933334444' } });
    cases.policy = await open({ departmentCode: 'POLICY', queueId: policyQueue });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('an agent lands on the inbox, works the views, filter, search and bulk claim, and sees new cases live', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
    try {
      const page = await context.newPage();
      await signIn(page, '/', E2E_DEMO.agentCs);
      // Agents land on their inbox.
      await page.waitForURL(/\/inbox$/);
      const inbox = new WorkspaceInbox(page);
      await inbox.waitForReferences([cases.mine.reference]);
      expect(await page.locator('h2').innerText()).toBe('我的待办');
      const mine = inbox.row(cases.mine.reference);
      expect(await mine.getByTestId('cell-customer').innerText()).toContain('张*');
      expect(await mine.getByTestId('cell-customer').innerText()).not.toContain(CUSTOMER.phone);
      expect(await mine.getByTestId('cell-step').innerText()).toBe('接收投诉');
      expect(await mine.getByTestId('cell-flow').innerText()).not.toBe('');
      expect(['ok', 'warning', 'breached']).toContain(
        await mine.getByTestId('due-badge').getAttribute('data-tone'),
      );
      expect(await mine.getByTestId('due-countdown').innerText()).toMatch(/^(剩余|已超时) /);
      expect(await page.getByTestId('new-case').getAttribute('href')).toBe('/cases/new');

      // My queues: the department's cases, not another department's.
      await inbox.chooseView('MY_QUEUES');
      await inbox.waitForReferences([cases.mine.reference, cases.web.reference, cases.taken.reference]);
      expect(await inbox.references()).not.toContain(cases.policy.reference);

      // A filter: the website channel.
      await inbox.filterByChannel('官网');
      await inbox.waitForReferences([cases.web.reference]);
      await inbox.resetFilters();
      await inbox.waitForReferences([cases.mine.reference, cases.web.reference, cases.taken.reference]);

      // Search by case number, and by the customer's exact phone (blind index).
      await inbox.search(cases.taken.reference);
      await inbox.waitForReferences([cases.taken.reference]);
      await inbox.search('139 1111 2222');
      await inbox.waitForReferences([cases.web.reference]);
      await inbox.search('1391111');
      expect(await page.getByTestId('inbox-search-error').innerText()).toBe(
        '请输入完整的案件编号、手机号或身份证号。',
      );
      await inbox.clearSearch();
      await inbox.waitForReferences([cases.mine.reference, cases.web.reference, cases.taken.reference]);
      await shoot(page, 'inbox', 'zh', 1280);

      // Someone else takes one case meanwhile; the bulk claim reports each case.
      await inbox.select(cases.web.reference);
      await inbox.select(cases.taken.reference);
      await supervisor.run(`mutation($c: ID!) { claimCase(caseId: $c) { case { id } } }`, {
        c: cases.taken.id,
      });
      await inbox.bulkClaim();
      expect(await page.getByTestId('bulk-summary').innerText()).toBe('1 件成功，1 件失败');
      expect(await inbox.bulkResult(cases.web.reference).innerText()).toContain('成功');
      expect(await inbox.bulkResult(cases.taken.reference).innerText()).toContain('失败');
      await page.waitForFunction(
        (ref) =>
          document
            .querySelector(`[data-testid="inbox-row-${ref}"] [data-testid="cell-assignee"]`)
            ?.textContent?.trim() !== '未分派',
        cases.web.reference,
      );
      await shoot(page, 'inbox-bulk', 'zh', 1280);

      // Unassigned: empty now; a case opened over the API appears without a reload.
      await inbox.chooseView('UNASSIGNED');
      await inbox.waitForReferences([]);
      const fresh = await open({ customer: { ...CUSTOMER, name: '孙七', phone: '13955556666' } });
      await inbox.row(fresh.reference).waitFor({ timeout: 15_000 });
      expect(await inbox.row(fresh.reference).getByTestId(`claim-${fresh.reference}`).isVisible()).toBe(true);

      // In English the page follows.
      await switchLocale(page, 'English');
      expect(await page.locator('h2').innerText()).toBe('My inbox');
      expect(await page.getByTestId('inbox-view-MY_QUEUES').innerText()).toBe('My queues');
      await inbox.chooseView('MY_QUEUES');
      await inbox.row(fresh.reference).waitFor();
      await shoot(page, 'inbox', 'en', 1280);
      await page.setViewportSize({ width: 390, height: 844 });
      await shoot(page, 'inbox', 'en', 390);
      await switchLocale(page, '中文');
      expect(await page.locator('h2').innerText()).toBe('我的待办');
      await shoot(page, 'inbox', 'zh', 390);
      await page.setViewportSize({ width: 1280, height: 860 });

      // A row opens its case.
      await inbox.openCase(cases.mine.reference);
      await page.waitForURL(new RegExp(`/cases/${encodeURIComponent(cases.mine.id)}$`));
    } finally {
      await context.close();
    }
  });

  it('a supervisor lands on the queue overview, whose counts follow live and link into the inbox', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
    try {
      const page = await context.newPage();
      await signIn(page, '/', E2E_DEMO.supervisor);
      await page.waitForURL(/\/overview$/);
      const overview = new QueueOverview(page);
      await overview.root.waitFor();
      expect(await page.locator('h2').innerText()).toBe('队列概览');
      const cs = overview.queue('CUSTOMER_SERVICE', 'GENERAL');
      await cs.waitFor();
      const before = Number(await overview.count('CUSTOMER_SERVICE', 'GENERAL', 'open'));
      expect(before).toBeGreaterThanOrEqual(4);
      expect(await page.getByTestId('nav-overview').isVisible()).toBe(true);
      await page.getByTestId('overview-live').waitFor();
      await open({ customer: { ...CUSTOMER, name: '周八', phone: '13977778888' } });
      await page.waitForFunction(
        (n) =>
          Number(
            document.querySelector(
              '[data-testid="overview-queue-CUSTOMER_SERVICE-GENERAL"] [data-testid="count-open"]',
            )?.textContent,
          ) === n,
        before + 1,
        { timeout: 15_000 },
      );
      await shoot(page, 'overview', 'zh', 1280);
      await switchLocale(page, 'English');
      expect(await page.locator('h2').innerText()).toBe('Queue overview');
      await shoot(page, 'overview', 'en', 1280);
      await page.setViewportSize({ width: 390, height: 844 });
      await shoot(page, 'overview', 'en', 390);
      await switchLocale(page, '中文');
      await shoot(page, 'overview', 'zh', 390);
      await page.setViewportSize({ width: 1280, height: 860 });

      await cs.click();
      await page.waitForURL(/\/inbox\?view=MY_QUEUES&queue=/);
      const inbox = new WorkspaceInbox(page);
      await inbox.row(cases.web.reference).waitFor();
      expect(await inbox.references()).not.toContain(cases.policy.reference);
    } finally {
      await context.close();
    }
  });

  const SUBMIT = `mutation($id: ID!, $step: String!, $data: JSON!) {
    submitStep(caseId: $id, stepKey: $step, data: $data) { case { activeSteps } } }`;

  it('an open inbox row follows a step change made elsewhere', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
    try {
      const page = await context.newPage();
      await signIn(page, '/', E2E_DEMO.agentCs);
      await page.waitForURL(/\/inbox$/);
      const inbox = new WorkspaceInbox(page);
      // Mine (assigned to the agent) and the website case the agent claimed in the first test.
      await inbox.waitForReferences([cases.mine.reference, cases.web.reference]);
      const step = inbox.row(cases.mine.reference).getByTestId('cell-step');
      expect(await step.innerText()).toBe('接收投诉');
      // Live once the server answered the subscriptions (no change may be sent before that).
      await page.getByTestId('inbox-live').waitFor();
      // A marker on the page: it is still there afterwards, so the page was not reloaded.
      await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

      // The same agent in another session (the API) moves the case on: the queue counts stay equal.
      const api = await GraphqlApi.signIn(
        stack.graphqlUrl,
        E2E_DEMO.agentCs.username,
        E2E_DEMO.agentCs.password,
      );
      const moved = await api.run<{ submitStep: { case: { activeSteps: string[] } } }>(SUBMIT, {
        id: cases.mine.id,
        step: 'receive',
        data: {
          complaintChannel: 'phone',
          complainantName: CUSTOMER.name,
          complainantMobile: CUSTOMER.phone,
          complaintText: '柜台服务态度差',
        },
      });
      expect(moved.submitStep.case.activeSteps).toEqual(['classify']);
      await page.waitForFunction(
        (ref) =>
          document
            .querySelector(`[data-testid="inbox-row-${ref}"] [data-testid="cell-step"]`)
            ?.textContent?.trim() === '投诉分类',
        cases.mine.reference,
        { timeout: 15_000 },
      );
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      await shoot(page, 'inbox-live-row', 'zh', 1280);
    } finally {
      await context.close();
    }
  });

  it(
    'a plan review (seed 004’s superior review) is approved by the supervisor in /approvals',
    { timeout: 120_000 },
    async () => {
      const plan = await open({ templateKey: 'service-plan-superior-review', queueId: undefined });
      const agent = await GraphqlApi.signIn(
        stack.graphqlUrl,
        E2E_DEMO.agentCs.username,
        E2E_DEMO.agentCs.password,
      );
      await agent.run(SUBMIT, {
        id: plan.id,
        step: 'needs',
        data: {
          companyName: '某某科技有限公司',
          industry: 'technology',
          needs: ['financing'],
          situation: '经营稳定',
        },
      });
      const drafted = await agent.run<{ submitStep: { case: { activeSteps: string[] } } }>(SUBMIT, {
        id: plan.id,
        step: 'draft-plan',
        data: { planContent: '供应链融资与结算服务', planProcess: '开户、授信、放款', feeFen: 1_200_000 },
      });
      expect(drafted.submitStep.case.activeSteps).toEqual(['superior-review']);

      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
      try {
        const page = await context.newPage();
        const approvals = new ApprovalsInboxPage(page);
        await openSignedIn(page, `${stack.adminUrl}/approvals`, E2E_DEMO.supervisor, approvals.root);
        const row = approvals.row('reviews', plan.reference);
        await row.waitFor({ timeout: 15_000 });
        expect(await row.innerText()).toContain('上级部门审核');
        await shoot(page, 'approvals-plan-review', 'zh', 1280);
        await page.setViewportSize({ width: 390, height: 844 });
        await shoot(page, 'approvals-plan-review', 'zh', 390);
        await page.setViewportSize({ width: 1280, height: 860 });
        await approvals.decide('reviews', plan.reference, true, '方案可行');
        await row.waitFor({ state: 'detached' });
        const after = await admin.run<{ case: { activeSteps: string[] } }>(
          `query($id: ID!) { case(id: $id) { activeSteps } }`,
          { id: plan.id },
        );
        expect(after.case.activeSteps).toEqual(['customer-confirms']);
      } finally {
        await context.close();
      }
    },
  );
});
