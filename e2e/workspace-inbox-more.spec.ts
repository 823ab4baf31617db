/**
 * More of the workspace inbox in a real browser, with the demo users (the cases are opened over the API
 * as setup; everything under test is done on the page): 加载更多 / Load more over keyset pages (55 cases
 * in one filter: 50 rows, then all, then 已全部加载), saved views (save the filter, reload the page,
 * apply the view: the filter and rows are back), bulk reassign by a supervisor (a result per case, the
 * rows show the new assignee) and bulk close by a supervisor (a result per case, the refusal in words).
 * Screenshots at 1280 px (zh) per feature and one at 390 px.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { CUSTOMER, GraphqlApi } from './support/graphql-api';
import { WorkspaceInbox } from './support/workspace-inbox';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id reference } } }`;
/** One page of the inbox is 50 rows; five more need a second page. */
const MANY = 55;

interface Opened {
  id: string;
  reference: string;
}

// The machine running e2e is shared and loaded, and the setup opens 60 cases: four minutes.
describe(
  'Workspace inbox: load more, saved views, bulk reassign and close (Chromium)',
  { timeout: 240_000 },
  () => {
    let stack: E2EStack;
    let browser: Browser;
    let admin: GraphqlApi;
    let csQueue: string;
    /** Opened on the app channel (手机银行): more than one page. */
    let app: Opened[] = [];
    /** Opened by email (邮件): reassigned in bulk. */
    let email: Opened[] = [];
    /** Opened by letter (信函): closed in bulk. */
    let letter: Opened[] = [];

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

    /** Opens `n` cases, five at a time. */
    async function openMany(n: number, extra: Record<string, unknown>): Promise<Opened[]> {
      const out: Opened[] = [];
      for (let i = 0; i < n; i += 5) {
        const batch = Array.from({ length: Math.min(5, n - i) }, () => open(extra));
        out.push(...(await Promise.all(batch)));
      }
      return out;
    }

    async function signedIn(who: { username: string; password: string }): Promise<{
      context: BrowserContext;
      page: Page;
      inbox: WorkspaceInbox;
    }> {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(`${stack.adminUrl}/inbox`);
      await page.waitForURL(/\/login\?redirect=/);
      await new LoginPage(page).signIn(who);
      await page.waitForURL(/\/inbox$/);
      const inbox = new WorkspaceInbox(page);
      await inbox.root.waitFor();
      return { context, page, inbox };
    }

    async function shoot(page: Page, name: string, width: number) {
      await page.screenshot({
        path: new URL(`workspace-inbox-more-${name}-zh-${width}.png`, SCREENSHOT_DIR).pathname,
        fullPage: true,
      });
    }

    beforeAll(async () => {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
      admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
      const { departments } = await admin.run<{ departments: { code: string; queues: { id: string }[] }[] }>(
        `{ departments { code queues { id } } }`,
      );
      csQueue = departments.find((d) => d.code === 'CUSTOMER_SERVICE')!.queues[0]!.id;
      app = await openMany(MANY, { channel: 'APP' });
      email = await openMany(2, {
        channel: 'EMAIL',
        customer: { ...CUSTOMER, name: '王五', phone: '13911112222' },
      });
      letter = await openMany(2, {
        channel: 'LETTER',
        customer: { ...CUSTOMER, name: '赵六', phone: '13933334444' },
      });
    });

    afterAll(async () => {
      await browser?.close();
      await stack?.close();
    });

    it('an agent sees 50 of 55 cases, loads more, and sees them all', async () => {
      const { context, page, inbox } = await signedIn(E2E_DEMO.agentCs);
      try {
        await inbox.chooseView('MY_QUEUES');
        await inbox.filterByChannel('手机银行');
        await inbox.waitForRowCount(50);
        const first = await inbox.references();
        expect(new Set(first).size).toBe(50);
        const all = app.map((c) => c.reference);
        for (const ref of first) expect(all).toContain(ref);
        expect(await page.getByTestId('inbox-load-more').innerText()).toBe('加载更多');
        expect(await page.getByTestId('inbox-end').count()).toBe(0);

        await inbox.loadMore();
        await inbox.waitForReferences(all);
        await page.getByTestId('inbox-end').waitFor();
        expect(await page.getByTestId('inbox-end').innerText()).toBe('已全部加载');
        expect(await page.getByTestId('inbox-load-more').count()).toBe(0);
        // The first page is still on top, in its order.
        expect((await inbox.references()).slice(0, 50)).toEqual(first);
        await shoot(page, 'load-more', 1280);
      } finally {
        await context.close();
      }
    });

    it('an agent saves the filter as a view, reloads the page, and applies the view', async () => {
      const { context, page, inbox } = await signedIn(E2E_DEMO.agentCs);
      try {
        await inbox.chooseView('MY_QUEUES');
        await inbox.filterByChannel('邮件');
        await inbox.waitForReferences(email.map((c) => c.reference));
        await inbox.saveView('邮件投诉');

        await page.reload();
        await inbox.root.waitFor();
        // A fresh page: my cases, no filter (none of the email cases is the agent's).
        await page.waitForSelector('[data-testid="inbox-view-MY_CASES"][aria-selected="true"]');
        expect(await page.getByTestId('inbox-filters-toggle').innerText()).toBe('筛选');
        await inbox.waitForReferences([]);

        await inbox.applyView('邮件投诉');
        await page.waitForSelector('[data-testid="inbox-view-MY_QUEUES"][aria-selected="true"]');
        await inbox.waitForReferences(email.map((c) => c.reference));
        expect(await page.getByTestId('inbox-filters-toggle').innerText()).toMatch(/^筛选\s*\(1\)$/);
        await inbox.openFilters();
        expect(await page.getByTestId('filter-channel').innerText()).toContain('邮件');
        await shoot(page, 'saved-view', 1280);
      } finally {
        await context.close();
      }
    });

    it('a supervisor reassigns cases in bulk to an agent, with a result per case', async () => {
      const { context, page, inbox } = await signedIn(E2E_DEMO.supervisor);
      try {
        await inbox.chooseView('MY_QUEUES');
        await inbox.filterByChannel('邮件');
        const refs = email.map((c) => c.reference);
        await inbox.waitForReferences(refs);
        for (const ref of refs) {
          expect(await inbox.row(ref).getByTestId('cell-assignee').innerText()).toBe('未分派');
          await inbox.select(ref);
        }
        expect(await page.getByTestId('bulk-count').innerText()).toBe('已选 2 件');
        await inbox.bulkReassign('客服坐席');
        expect(await page.getByTestId('bulk-summary').innerText()).toBe('2 件成功，0 件失败');
        for (const ref of refs) expect(await inbox.bulkResult(ref).innerText()).toContain('成功');
        await page.waitForFunction(
          (want) =>
            want.every((ref) =>
              document
                .querySelector(`[data-testid="inbox-row-${ref}"] [data-testid="cell-assignee"]`)
                ?.textContent?.includes('客服坐席'),
            ),
          refs,
        );
        await shoot(page, 'bulk-reassign', 1280);
      } finally {
        await context.close();
      }
    });

    it('a supervisor closes cases in bulk: each case reports its result, the refusal in words', async () => {
      const { context, page, inbox } = await signedIn(E2E_DEMO.supervisor);
      try {
        await inbox.chooseView('MY_QUEUES');
        await inbox.filterByChannel('信函');
        const refs = letter.map((c) => c.reference);
        await inbox.waitForReferences(refs);
        for (const ref of refs) await inbox.select(ref);
        await inbox.bulkClose('批量结案测试');
        expect(await page.getByTestId('bulk-summary').innerText()).toBe('0 件成功，2 件失败');
        for (const ref of refs) {
          const line = await inbox.bulkResult(ref).innerText();
          expect(line).toContain('失败');
          expect(line).toContain('案件尚未办结，不能归档关闭');
        }
        // Nothing was closed: the rows stay, still selected for another try.
        await inbox.waitForReferences(refs);
        expect(await page.getByTestId('bulk-count').innerText()).toBe('已选 2 件');
        await shoot(page, 'bulk-close', 1280);
        await page.setViewportSize({ width: 390, height: 844 });
        await shoot(page, 'bulk-close', 390);
      } finally {
        await context.close();
      }
    });
  },
);
