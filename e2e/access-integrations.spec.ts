/**
 * API clients and webhooks in a real browser against the real server and database: a narrow API key
 * created, used from outside (an allowed query works, one outside its scope is refused), its last use
 * shown, revoked (then refused); a webhook to a receiver started here, a signed test delivery in the
 * log, the secret rotated; a bad URL refused in zh and en; an agent sees neither screen. Editing: an API
 * client's scopes (the key gains them at once; a scope the editor no longer holds is refused, in zh and
 * en), a webhook's event types; and a dead letter replayed from the deliveries drawer until delivered.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { verifySignature } from '../packages/server/src/features/webhooks/webhook-signature';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { CUSTOMER, GraphqlApi } from './support/graphql-api';
import { ApiClientEditor, ApiClientsPage, WebhookEditor, WebhooksPage } from './support/integrations';

const SHOTS = '/tmp/shots-integrations';

interface Received {
  body: string;
  signature: string;
  eventType: string;
}

async function withKey(url: string, key: string, query: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

async function until<T>(read: () => Promise<T> | T, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('API clients and webhooks (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let receiver: Server;
  let receiverUrl = '';
  const received: Received[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([
      startE2EStack({
        demo: true,
        allowPrivateWebhooks: true,
        // Two attempts, 50 ms apart, scanned every 200 ms: a failing receiver dead-letters in a second.
        env: {
          PARLEY_WEBHOOK_MAX_ATTEMPTS: '2',
          PARLEY_WEBHOOK_RETRY_BASE_MS: '50',
          PARLEY_WEBHOOK_POLL_MS: '200',
        },
      }),
      launchChromium(),
    ]);
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({
          body,
          signature: String(req.headers['x-parley-signature'] ?? ''),
          eventType: String(req.headers['x-parley-event-type'] ?? ''),
        });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/parley`;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await new Promise<void>((r) => (receiver ? receiver.close(() => r()) : r()));
  });

  afterEach(async () => {
    while (contexts.length) await contexts.pop()!.close();
  });

  async function signedIn(
    user: { username: string; password: string },
    path: string,
    options: { width?: number; locale?: string } = {},
  ): Promise<Page> {
    const context = await browser.newContext({
      locale: options.locale ?? 'zh-CN',
      viewport: { width: options.width ?? 1280, height: 860 },
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}${path}`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(user);
    return page;
  }

  async function switchLanguage(page: Page, label: '中文' | 'English'): Promise<void> {
    await page.getByTestId('locale-switch').getByText(label, { exact: true }).click();
  }

  it('creates a narrow API key, uses it, shows its last use, and revokes it', async () => {
    const page = await signedIn(E2E_ADMIN, '/access/api-clients');
    const clients = new ApiClientsPage(page);
    await clients.root.waitFor();
    expect(await page.locator('h2').innerText()).toBe('接口客户端');

    const { key, dialogText } = await clients.create({
      name: 'e2e-reader',
      scopes: ['flow.read'],
      rateLimit: 120,
    });
    expect(dialogText).toContain('只显示这一次');
    expect(key).toMatch(/^pk_[0-9a-f]{24}_/);
    const row = clients.row('e2e-reader');
    await row.waitFor();
    expect(await row.innerText()).toContain('查看流程模板');
    expect(await row.innerText()).toContain('120 次/分钟');
    expect(await clients.lastUsed('e2e-reader').innerText()).toBe('从未使用');

    // Another system uses the key: inside its scope it works, outside it is refused.
    const allowed = await withKey(stack.graphqlUrl, key, '{ flowTemplates(first: 1) { totalCount } }');
    expect(allowed.errors).toBeUndefined();
    const refused = await withKey(stack.graphqlUrl, key, '{ apiClients { id } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await clients.refresh();
    await until(
      () => clients.lastUsed('e2e-reader').innerText(),
      (text) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(text),
      'the last use to show',
    );
    await page.screenshot({ path: `${SHOTS}/api-clients-1280-zh.png`, fullPage: true });
    await switchLanguage(page, 'English');
    expect(await page.locator('h2').innerText()).toBe('API clients');
    expect(await row.innerText()).toContain('Read flow templates');
    await page.screenshot({ path: `${SHOTS}/api-clients-1280-en.png`, fullPage: true });
    await switchLanguage(page, '中文');

    const confirmText = await clients.revoke('e2e-reader');
    expect(confirmText).toContain('e2e-reader');
    expect(confirmText).toContain('立即失效');
    await until(
      () => clients.state('e2e-reader').innerText(),
      (t) => t === '已吊销',
      'the revoked state',
    );
    const afterRevoke = await withKey(stack.graphqlUrl, key, '{ flowTemplates(first: 1) { totalCount } }');
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('offers only the scopes the creator holds', async () => {
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await admin.run(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
      input: {
        key: 'integrator',
        name: { zh: '集成', en: 'Integrator' },
        permissions: ['apiclient.manage', 'flow.read'],
      },
    });
    await admin.run(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        username: 'integrator1',
        displayName: 'Integrator',
        password: 'integrator-pw-1',
        roles: ['integrator'],
      },
    });
    const page = await signedIn(
      { username: 'integrator1', password: 'integrator-pw-1' },
      '/access/api-clients',
    );
    const clients = new ApiClientsPage(page);
    await clients.root.waitFor();
    await clients.openCreate();
    expect(await clients.offeredScopes()).toEqual(['flow.read', 'apiclient.manage']);
    // Without webhook.manage, no webhooks entry in the menu.
    expect(await page.getByTestId('nav-webhooks').count()).toBe(0);
  });

  it('subscribes a local receiver, sends a signed test, shows it in the log, and rotates the secret', async () => {
    const page = await signedIn(E2E_ADMIN, '/access/webhooks');
    const hooks = new WebhooksPage(page);
    await hooks.root.waitFor();
    expect(await page.locator('h2').innerText()).toBe('Webhook');

    const secret = await hooks.create({
      name: 'e2e-rx',
      url: receiverUrl,
      eventTypes: ['caseStarted', 'slaBreached'],
    });
    expect(secret).toMatch(/^whsec_/);
    const row = hooks.row('e2e-rx');
    await row.waitFor();
    expect(await row.innerText()).toContain('流程开始');

    await hooks.sendTest('e2e-rx');
    const ping = await until(
      () => received.at(-1),
      (r) => r?.eventType === 'ping',
      'the test delivery',
    );
    expect(verifySignature(ping!.signature, ping!.body, secret)).toBe(true);

    const log = await hooks.openDeliveries('e2e-rx');
    await until(
      () => log.locator('tbody tr').count(),
      (n) => n === 1,
      'one delivery in the log',
    );
    const logText = await log.innerText();
    expect(logText).toContain('已送达');
    expect(logText).toContain('204');
    expect(logText).toContain('测试');
    await page.screenshot({ path: `${SHOTS}/webhook-deliveries-1280-zh.png` });
    await hooks.closeDeliveries();

    const rotated = await hooks.rotate('e2e-rx', 24);
    expect(rotated).not.toBe(secret);
    await page.getByTestId('webhook-rotated-e2e-rx').waitFor();
    const count = received.length;
    await hooks.sendTest('e2e-rx');
    const after = await until(
      () => received,
      (r) => r.length === count + 1,
      'the second test',
    );
    const last = after.at(-1)!;
    // During the grace period both secrets sign.
    expect(verifySignature(last.signature, last.body, rotated)).toBe(true);
    expect(verifySignature(last.signature, last.body, secret)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/webhooks-1280-zh.png`, fullPage: true });
    await switchLanguage(page, 'English');
    expect(await page.locator('h2').innerText()).toBe('Webhooks');
    expect(await row.innerText()).toContain('Flow started');
    await page.screenshot({ path: `${SHOTS}/webhooks-1280-en.png`, fullPage: true });
  });

  it('shows a bad receiver URL under the URL field, in Chinese and then in English', async () => {
    const page = await signedIn(E2E_ADMIN, '/access/webhooks');
    const hooks = new WebhooksPage(page);
    await hooks.root.waitFor();
    await hooks.openCreate();
    await hooks.fillCreate({ name: 'bad-url', url: 'ftp://example.com/x', eventTypes: ['caseStarted'] });
    await hooks.submitCreate();
    await hooks.fieldError('url').waitFor();
    expect(await hooks.fieldError('url').innerText()).toBe(
      '接收地址须为不含用户名和密码的 http 或 https 地址。',
    );
    await page.screenshot({ path: `${SHOTS}/webhook-form-error-1280-zh.png` });
    await hooks.cancelCreate();
    await switchLanguage(page, 'English');
    await hooks.openCreate();
    await hooks.fillCreate({ name: 'bad-url', url: 'ftp://example.com/x', eventTypes: ['caseStarted'] });
    await hooks.submitCreate();
    await hooks.fieldError('url').waitFor();
    expect(await hooks.fieldError('url').innerText()).toBe(
      'The receiver must be an http or https URL without a user name or password.',
    );
    await page.screenshot({ path: `${SHOTS}/webhook-form-error-1280-en.png` });
  });

  it('edits an API client: the key gains a scope at once; a scope the editor no longer holds is refused in zh and en', async () => {
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await admin.run(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
      input: {
        key: 'key-editor',
        name: { zh: '密钥维护', en: 'Key editor' },
        permissions: ['apiclient.manage', 'flow.read', 'audit.read', 'case.read'],
      },
    });
    await admin.run(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        username: 'keyeditor1',
        displayName: 'Key editor',
        password: 'key-editor-pw-1',
        roles: ['key-editor'],
      },
    });
    const { createApiClient } = await admin.run<{ createApiClient: { key: string } }>(
      `mutation { createApiClient(input: { name: "e2e-edit", scopes: ["flow.read"] }) { key } }`,
    );
    const auditQuery = '{ configAuditLog(first: 1) { totalCount } }';
    const before = await withKey(stack.graphqlUrl, createApiClient.key, auditQuery);
    expect(before.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const page = await signedIn(
      { username: 'keyeditor1', password: 'key-editor-pw-1' },
      '/access/api-clients',
    );
    const clients = new ApiClientsPage(page);
    const editor = new ApiClientEditor(page);
    await clients.row('e2e-edit').waitFor();
    await editor.open('e2e-edit');
    expect(await page.locator('.el-dialog__title').innerText()).toBe('编辑接口客户端');
    await editor.toggleScope('audit.read');
    await editor.setRateLimit(90);
    await page.screenshot({ path: `${SHOTS}/api-client-edit-1280-zh.png` });
    await editor.save();
    await expect.poll(() => clients.row('e2e-edit').innerText()).toContain('查看审计日志');
    expect(await clients.row('e2e-edit').innerText()).toContain('90 次/分钟');
    // The same key, its next request: the new scope works.
    const after = await withKey(stack.graphqlUrl, createApiClient.key, auditQuery);
    expect(after.errors).toBeUndefined();

    // The editor loses case.read while the page is open; the picker still offers it, the server refuses.
    await admin.run(
      `mutation($input: UpdateRoleInput!) { updateRole(key: "key-editor", input: $input) { key } }`,
      {
        input: { permissions: ['apiclient.manage', 'flow.read', 'audit.read'] },
      },
    );
    await editor.open('e2e-edit');
    await editor.toggleScope('case.read');
    await editor.submit();
    await editor.fieldError('scopes').waitFor();
    expect(await editor.fieldError('scopes').innerText()).toBe('不能授予自己没有的权限：case.read。');
    await page.screenshot({ path: `${SHOTS}/api-client-edit-refused-1280-zh.png` });
    await editor.cancel();
    await switchLanguage(page, 'English');
    await editor.open('e2e-edit');
    expect(await page.locator('.el-dialog__title').innerText()).toBe('Edit API client');
    await editor.toggleScope('case.read');
    await editor.submit();
    await editor.fieldError('scopes').waitFor();
    expect(await editor.fieldError('scopes').innerText()).toBe(
      'You cannot grant permissions you do not hold yourself: case.read.',
    );
    await page.screenshot({ path: `${SHOTS}/api-client-edit-refused-1280-en.png` });
    await editor.cancel();
    const { apiClients } = await admin.run<{ apiClients: { name: string; scopes: string[] }[] }>(
      `{ apiClients { name scopes } }`,
    );
    expect(apiClients.find((c) => c.name === 'e2e-edit')?.scopes).toEqual(['audit.read', 'flow.read']);

    await page.setViewportSize({ width: 390, height: 860 });
    await page.getByTestId('apiclient-card-edit-e2e-edit').click();
    await page.getByTestId('apiclient-edit-hint').waitFor();
    await page.screenshot({ path: `${SHOTS}/api-client-edit-390-en.png`, fullPage: true });
  });

  it("edits a webhook's event types in the same form", async () => {
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await admin.run(
      `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }`,
      { input: { name: 'e2e-edit-rx', url: receiverUrl, eventTypes: ['caseStarted'] } },
    );
    const page = await signedIn(E2E_ADMIN, '/access/webhooks');
    const hooks = new WebhooksPage(page);
    const editor = new WebhookEditor(page);
    await hooks.row('e2e-edit-rx').waitFor();
    await editor.open('e2e-edit-rx');
    expect(await page.getByTestId('webhook-name').isDisabled()).toBe(true);
    await editor.toggleEventTypes(['caseStarted', 'slaBreached', 'caseClosed']);
    await page.screenshot({ path: `${SHOTS}/webhook-edit-1280-zh.png` });
    await editor.save();
    await expect.poll(() => hooks.row('e2e-edit-rx').innerText()).toContain('超出时限');
    const text = await hooks.row('e2e-edit-rx').innerText();
    expect(text).toContain('结案');
    expect(text).not.toContain('流程开始');
    const { webhookSubscriptions } = await admin.run<{
      webhookSubscriptions: { name: string; eventTypes: string[] }[];
    }>(`{ webhookSubscriptions { name eventTypes } }`);
    expect(webhookSubscriptions.find((s) => s.name === 'e2e-edit-rx')?.eventTypes).toEqual([
      'slaBreached',
      'caseClosed',
    ]);
    await switchLanguage(page, 'English');
    await editor.open('e2e-edit-rx');
    expect(await page.locator('.el-dialog__title').innerText()).toBe('Edit webhook subscription');
    await page.screenshot({ path: `${SHOTS}/webhook-edit-1280-en.png` });
    await page.setViewportSize({ width: 390, height: 860 });
    await page.screenshot({ path: `${SHOTS}/webhook-edit-390-en.png`, fullPage: true });
  });

  it('dead-letters a delivery to a failing receiver, and a replay from the drawer delivers it', async () => {
    let failing = true;
    const hits: { status: number; eventType: string; signature: string; body: string }[] = [];
    const flaky = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const status = failing ? 500 : 200;
        hits.push({
          status,
          body,
          eventType: String(req.headers['x-parley-event-type'] ?? ''),
          signature: String(req.headers['x-parley-signature'] ?? ''),
        });
        res.statusCode = status;
        res.end();
      });
    });
    await new Promise<void>((r) => flaky.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/flaky`;
      const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
      const created = await admin.run<{
        createWebhookSubscription: { secret: string; subscription: { id: string } };
      }>(
        `mutation($input: CreateWebhookSubscriptionInput!) {
          createWebhookSubscription(input: $input) { secret subscription { id } } }`,
        { input: { name: 'e2e-dead', url, eventTypes: ['caseStarted'] } },
      );
      const { secret, subscription } = created.createWebhookSubscription;
      await admin.run(`mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`, {
        input: {
          templateKey: 'complaint-handling',
          channel: 'HOTLINE',
          customer: CUSTOMER,
          departmentCode: 'CUSTOMER_SERVICE',
        },
      });
      const deadLetters = async () =>
        (
          await admin.run<{ webhookDeliveries: { edges: { node: { id: string; attempts: number } }[] } }>(
            `query($s: ID!) { webhookDeliveries(subscriptionId: $s, status: DEAD) { edges { node { id attempts } } } }`,
            { s: subscription.id },
          )
        ).webhookDeliveries.edges.map((e) => e.node);
      await expect.poll(deadLetters, { timeout: 30_000, interval: 200 }).toHaveLength(1);
      const [dead] = await deadLetters();
      expect(dead!.attempts).toBe(2);
      expect(hits.filter((h) => h.eventType === 'caseStarted').map((h) => h.status)).toEqual([500, 500]);

      const page = await signedIn(E2E_ADMIN, '/access/webhooks');
      const hooks = new WebhooksPage(page);
      const editor = new WebhookEditor(page);
      await hooks.row('e2e-dead').waitFor();
      await hooks.openDeliveries('e2e-dead');
      await editor.deliveryStatus(dead!.id).waitFor();
      expect(await editor.deliveryStatus(dead!.id).innerText()).toBe('死信');
      await page.screenshot({ path: `${SHOTS}/webhook-dead-letter-1280-zh.png` });

      failing = false;
      const confirmText = await editor.replay(dead!.id);
      expect(confirmText).toContain(url);
      await expect
        .poll(
          async () => {
            await editor.refreshDeliveries();
            return editor.deliveryStatus(dead!.id).innerText();
          },
          { timeout: 30_000, interval: 300 },
        )
        .toBe('已送达');
      const delivered = hits.at(-1)!;
      expect(delivered).toMatchObject({ status: 200, eventType: 'caseStarted' });
      expect(verifySignature(delivered.signature, delivered.body, secret)).toBe(true);
      expect(await page.getByTestId('webhook-deliveries-table').innerText()).toContain('200');
      await page.screenshot({ path: `${SHOTS}/webhook-replayed-1280-zh.png` });
      await page.setViewportSize({ width: 390, height: 860 });
      await page.screenshot({ path: `${SHOTS}/webhook-replayed-390-zh.png` });
    } finally {
      await new Promise<void>((r) => flaky.close(() => r()));
    }
  });

  it('fits a phone in both languages', async () => {
    for (const [lang, label] of [
      ['zh', '中文'],
      ['en', 'English'],
    ] as const) {
      const page = await signedIn(E2E_ADMIN, '/access/api-clients', { width: 390 });
      if (label === 'English') await switchLanguage(page, 'English');
      await new ApiClientsPage(page).root.waitFor();
      await page.getByTestId('apiclient-cards').waitFor();
      await page.screenshot({ path: `${SHOTS}/api-clients-390-${lang}.png`, fullPage: true });
      await page
        .getByTestId('nav-webhooks')
        .click()
        .catch(() => page.goto(`${stack.adminUrl}/access/webhooks`));
      await new WebhooksPage(page).root.waitFor();
      await page.getByTestId('webhook-cards').waitFor();
      await page.screenshot({ path: `${SHOTS}/webhooks-390-${lang}.png`, fullPage: true });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(390);
    }
  });

  it('an agent sees neither menu entry and gets no access by URL', async () => {
    const page = await signedIn(E2E_DEMO.agentCs, '/inbox');
    await page.waitForURL(/\/inbox$/);
    await page.getByTestId('nav-inbox').waitFor();
    expect(await page.getByTestId('nav-integrations').count()).toBe(0);
    expect(await page.getByTestId('nav-webhooks').count()).toBe(0);
    for (const path of ['/access/api-clients', '/access/webhooks']) {
      await page.goto(`${stack.adminUrl}${path}`);
      await page.waitForURL((url) => !url.pathname.startsWith('/access/'));
      expect(await page.getByTestId('apiclient-page').count()).toBe(0);
      expect(await page.getByTestId('webhook-page').count()).toBe(0);
    }
    // The server refuses too, whatever the page does.
    const agent = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.agentCs.username,
      E2E_DEMO.agentCs.password,
    );
    const res = await agent.request(`{ webhookSubscriptions { id } apiClients { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
