/**
 * The integrations screen's server side against the real embedded database: API-client scopes limited
 * to the creator's own permissions, last use recorded at most once a minute, revocation; webhook event
 * types, a test delivery (signed, recorded, replayable), secret rotation with a grace period, and the
 * delivery log paged by keyset.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startHarness, type GqlResponse, type Harness } from './harness';
import { createLogger } from '../src/logger';
import { startWebhookDispatcher } from '../src/features/webhooks/webhook-dispatcher';
import { verifySignature } from '../src/features/webhooks/webhook-signature';
import { advanceWallClock } from '../../../test-support/shifted-clock';

interface Received {
  path: string;
  body: string;
  signature: string;
  eventType: string;
}

let h: Harness;
let receiver: Server;
let base = '';
const received: Received[] = [];
/** Paths answered with 500. */
const failing = new Set<string>();

beforeAll(async () => {
  h = await startHarness();
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({
        path,
        body,
        signature: String(req.headers['x-parley-signature'] ?? ''),
        eventType: String(req.headers['x-parley-event-type'] ?? ''),
      });
      res.statusCode = failing.has(path) ? 500 : 200;
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => receiver.close(() => r()));
  await h.close();
});

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const CREATE_CLIENT = `mutation($input: CreateApiClientInput!) {
  createApiClient(input: $input) { key client { id name scopes rateLimitPerMinute lastUsedAt createdBy } }
}`;
const LIST_CLIENTS = `{ apiClients { id name lastUsedAt revokedAt } }`;

async function lastUsedAt(name: string): Promise<string | null> {
  const data = ok(await h.gql<{ apiClients: { name: string; lastUsedAt: string | null }[] }>(LIST_CLIENTS));
  return data.apiClients.find((c) => c.name === name)?.lastUsedAt ?? null;
}

describe('API clients', () => {
  it('refuses a scope its creator does not hold, naming it, and writes nothing', async () => {
    ok(
      await h.gql(
        `mutation { createRole(input: { key: "integrator", name: { zh: "集成", en: "Integrator" },
          permissions: ["apiclient.manage", "flow.read"] }) { key } }`,
      ),
    );
    ok(
      await h.gql(
        `mutation { createUser(input: { username: "integrator1", displayName: "Integrator",
          password: "integrator-pw-1", roles: ["integrator"] }) { id } }`,
      ),
    );
    const integrator = await h.login('integrator1', 'integrator-pw-1');
    const refused = await h.gql(
      CREATE_CLIENT,
      { input: { name: 'too-wide', scopes: ['flow.read', 'case.read'] } },
      { as: integrator },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.fieldPath).toEqual(['input', 'scopes']);
    expect(refused.errors?.[0]?.extensions?.messages?.zh).toContain('case.read');
    expect(refused.errors?.[0]?.extensions?.messages?.en).toContain('case.read');
    expect(refused.errors?.[0]?.extensions?.messages?.en).not.toContain('flow.read');
    expect(await lastUsedAt('too-wide')).toBeNull();
    const names = ok(await h.gql<{ apiClients: { name: string }[] }>(LIST_CLIENTS)).apiClients.map(
      (c) => c.name,
    );
    expect(names).not.toContain('too-wide');

    const created = ok(
      await h.gql<{
        createApiClient: { client: { scopes: string[]; rateLimitPerMinute: number; createdBy: string } };
      }>(
        CREATE_CLIENT,
        { input: { name: 'narrow', scopes: ['flow.read'], rateLimitPerMinute: 30 } },
        { as: integrator },
      ),
    );
    expect(created.createApiClient.client).toMatchObject({
      scopes: ['flow.read'],
      rateLimitPerMinute: 30,
      createdBy: 'integrator1',
    });
  });

  it('records the last use at most once a minute, refuses out-of-scope queries and a revoked key', async () => {
    const created = ok(
      await h.gql<{ createApiClient: { key: string; client: { id: string; lastUsedAt: string | null } } }>(
        CREATE_CLIENT,
        { input: { name: 'reader', scopes: ['flow.read'] } },
      ),
    );
    expect(created.createApiClient.client.lastUsedAt).toBeNull();
    const apiKey = `ApiKey ${created.createApiClient.key}`;

    ok(await h.gql(`{ flowTemplates(first: 1) { totalCount } }`, {}, { as: apiKey }));
    const first = await lastUsedAt('reader');
    expect(first).not.toBeNull();

    // Within the minute: used again, not written again.
    const outOfScope = await h.gql(`{ apiClients { id } }`, {}, { as: apiKey });
    expect(outOfScope.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    ok(await h.gql(`{ flowTemplates(first: 1) { totalCount } }`, {}, { as: apiKey }));
    expect(await lastUsedAt('reader')).toBe(first);

    advanceWallClock(61_000);
    ok(await h.gql(`{ flowTemplates(first: 1) { totalCount } }`, {}, { as: apiKey }));
    const second = await lastUsedAt('reader');
    expect(new Date(second!).getTime() - new Date(first!).getTime()).toBeGreaterThanOrEqual(60_000);

    ok(
      await h.gql(`mutation($id: ID!) { revokeApiClient(id: $id) { revokedAt } }`, {
        id: created.createApiClient.client.id,
      }),
    );
    const afterRevoke = await h.gql(`{ flowTemplates(first: 1) { totalCount } }`, {}, { as: apiKey });
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

const CREATE_SUB = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { subscription { id } secret }
}`;
const SEND_TEST = `mutation($id: ID!) {
  sendTestWebhook(id: $id) { id status test caseId eventType attempts lastStatusCode attemptLog { number outcome statusCode } }
}`;
interface TestDelivery {
  id: string;
  status: string;
  test: boolean;
  caseId: string | null;
  eventType: string;
  attempts: number;
  lastStatusCode: number | null;
  attemptLog: { number: number; outcome: string; statusCode: number | null }[];
}

async function subscribe(path: string): Promise<{ id: string; secret: string }> {
  const res = ok(
    await h.gql<{ createWebhookSubscription: { subscription: { id: string }; secret: string } }>(CREATE_SUB, {
      input: { name: `rx-${path.replace(/\W/g, '')}`, url: `${base}${path}`, eventTypes: ['caseStarted'] },
    }),
  );
  return { id: res.createWebhookSubscription.subscription.id, secret: res.createWebhookSubscription.secret };
}

async function sendTest(id: string, as?: string): Promise<TestDelivery> {
  return ok(await h.gql<{ sendTestWebhook: TestDelivery }>(SEND_TEST, { id }, as ? { as } : {}))
    .sendTestWebhook;
}

const lastTo = (path: string) => received.filter((r) => r.path === path).at(-1)!;

describe('webhooks', () => {
  it('lists the event types it can send, in both languages, to webhook managers only', async () => {
    const data = ok(
      await h.gql<{ webhookEventTypes: { type: string; label: { zh: string; en: string } }[] }>(
        `{ webhookEventTypes { type label { zh en } } }`,
      ),
    );
    expect(data.webhookEventTypes).toContainEqual({
      type: 'caseStarted',
      label: { zh: '流程开始', en: 'Flow started' },
    });
    expect(data.webhookEventTypes.map((t) => t.type)).toContain('slaBreached');
    const reader = ok(
      await h.gql<{ createApiClient: { key: string } }>(CREATE_CLIENT, {
        input: { name: 'no-webhooks', scopes: ['flow.read'] },
      }),
    ).createApiClient.key;
    const refused = await h.gql(`{ webhookEventTypes { type } }`, {}, { as: `ApiKey ${reader}` });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sends a signed test delivery, records it with its attempt, and audits it', async () => {
    const { id, secret } = await subscribe('/ping-ok');
    const delivery = await sendTest(id);
    expect(delivery).toMatchObject({
      status: 'DELIVERED',
      test: true,
      caseId: null,
      eventType: 'ping',
      attempts: 1,
      lastStatusCode: 200,
      attemptLog: [{ number: 1, outcome: 'SUCCEEDED', statusCode: 200 }],
    });
    const got = lastTo('/ping-ok');
    expect(got.eventType).toBe('ping');
    expect(verifySignature(got.signature, got.body, secret)).toBe(true);
    expect(JSON.parse(got.body)).toMatchObject({ subscriptionId: id, event: { type: 'ping', test: true } });

    const log = ok(
      await h.gql<{ webhookDeliveries: { edges: { node: { id: string } }[] } }>(
        `query($s: ID!) { webhookDeliveries(subscriptionId: $s) { edges { node { id } } } }`,
        { s: id },
      ),
    );
    expect(log.webhookDeliveries.edges.map((e) => e.node.id)).toEqual([delivery.id]);
    const audit = ok(
      await h.gql<{ configAuditLog: { edges: { node: { action: string } }[] } }>(
        `{ configAuditLog(entityType: "WebhookSubscription") { edges { node { action } } } }`,
      ),
    );
    expect(audit.configAuditLog.edges.map((e) => e.node.action)).toContain('webhook.test');
  });

  it('puts a failed test in the dead letters, and a replay sends it again through the dispatcher', async () => {
    failing.add('/ping-flaky');
    const { id } = await subscribe('/ping-flaky');
    const delivery = await sendTest(id);
    expect(delivery).toMatchObject({ status: 'DEAD', lastStatusCode: 500, attempts: 1 });
    failing.delete('/ping-flaky');
    ok(await h.gql(`mutation($id: ID!) { replayWebhookDelivery(id: $id) { status } }`, { id: delivery.id }));
    const dispatcher = startWebhookDispatcher({
      models: h.db.models,
      logger: createLogger('silent'),
      intervalMs: 60_000,
    });
    try {
      await dispatcher.runOnce();
    } finally {
      await dispatcher.stop();
    }
    const after = ok(
      await h.gql<{ webhookDeliveries: { edges: { node: { status: string; attempts: number } }[] } }>(
        `query($s: ID!) { webhookDeliveries(subscriptionId: $s) { edges { node { status attempts } } } }`,
        { s: id },
      ),
    );
    expect(after.webhookDeliveries.edges.map((e) => e.node)).toEqual([{ status: 'DELIVERED', attempts: 2 }]);
    expect(received.filter((r) => r.path === '/ping-flaky')).toHaveLength(2);
  });

  it('pages the delivery log by keyset, newest first, without repeats', async () => {
    const { id } = await subscribe('/paged');
    const sent: string[] = [];
    for (let i = 0; i < 5; i++) sent.push((await sendTest(id)).id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        webhookDeliveries: {
          totalCount: number;
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = ok(
        await h.gql(
          `query($s: ID!, $after: String) { webhookDeliveries(subscriptionId: $s, first: 2, after: $after) {
            totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { s: id, after },
        ),
      );
      expect(page.webhookDeliveries.totalCount).toBe(5);
      seen.push(...page.webhookDeliveries.edges.map((e) => e.node.id));
      if (!page.webhookDeliveries.pageInfo.hasNextPage) break;
      after = page.webhookDeliveries.pageInfo.endCursor;
    }
    expect(seen).toEqual([...sent].reverse());
  });

  it('rotates the secret: both sign during the grace period, only the new one after it', async () => {
    const { id, secret: oldSecret } = await subscribe('/rotate');
    const rotated = ok(
      await h.gql<{
        rotateWebhookSecret: {
          secret: string;
          subscription: { previousSecretValidUntil: string | null; secretRotatedAt: string | null };
        };
      }>(
        `mutation($id: ID!) { rotateWebhookSecret(id: $id, graceHours: 1) { secret subscription { previousSecretValidUntil secretRotatedAt } } }`,
        { id },
      ),
    ).rotateWebhookSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(oldSecret);
    expect(rotated.subscription.secretRotatedAt).not.toBeNull();
    expect(
      new Date(rotated.subscription.previousSecretValidUntil!).getTime() -
        new Date(rotated.subscription.secretRotatedAt!).getTime(),
    ).toBe(3_600_000);

    await sendTest(id);
    const during = lastTo('/rotate');
    expect(verifySignature(during.signature, during.body, rotated.secret)).toBe(true);
    expect(verifySignature(during.signature, during.body, oldSecret)).toBe(true);

    advanceWallClock(3_600_000 + 60_000);
    const admin = await h.login('admin', ADMIN_PASSWORD);
    await sendTest(id, admin);
    const afterGrace = lastTo('/rotate');
    expect(afterGrace).not.toBe(during);
    expect(verifySignature(afterGrace.signature, afterGrace.body, rotated.secret)).toBe(true);
    expect(verifySignature(afterGrace.signature, afterGrace.body, oldSecret)).toBe(false);

    // No grace: the old secret stops signing at once.
    const again = ok(
      await h.gql<{ rotateWebhookSecret: { secret: string } }>(
        `mutation($id: ID!) { rotateWebhookSecret(id: $id, graceHours: 0) { secret } }`,
        { id },
        { as: admin },
      ),
    ).rotateWebhookSecret.secret;
    await sendTest(id, admin);
    const now = lastTo('/rotate');
    expect(verifySignature(now.signature, now.body, again)).toBe(true);
    expect(verifySignature(now.signature, now.body, rotated.secret)).toBe(false);

    const bad = await h.gql(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id, graceHours: 500) { secret } }`,
      { id },
      { as: admin },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fieldPath).toEqual(['graceHours']);
    const audit = ok(
      await h.gql<{ configAuditLog: { edges: { node: { action: string } }[] } }>(
        `{ configAuditLog(entityType: "WebhookSubscription") { edges { node { action } } } }`,
        {},
        { as: admin },
      ),
    );
    expect(audit.configAuditLog.edges.filter((e) => e.node.action === 'webhook.rotate-secret')).toHaveLength(
      2,
    );
  });
});
