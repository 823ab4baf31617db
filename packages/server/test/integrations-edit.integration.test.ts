/**
 * Editing integrations after creation, against the real embedded database: an API client's name,
 * scopes and rate limit (a scope the client does not carry yet must be held by the editor; the key keeps
 * working with its new scopes), a webhook subscription's URL, event types and enabled state (the URL
 * checked as on creation), both audited with before and after; and both lists paged by keyset.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type GqlResponse, type Harness } from './harness';
import { createLogger } from '../src/logger';
import { startWebhookDispatcher } from '../src/features/webhooks/webhook-dispatcher';

let h: Harness;
let integrator = '';

beforeAll(async () => {
  h = await startHarness();
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
  integrator = await h.login('integrator1', 'integrator-pw-1');
});
afterAll(async () => {
  await h.close();
});

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

interface Client {
  id: string;
  name: string;
  scopes: string[];
  rateLimitPerMinute: number;
  revokedAt: string | null;
}
const CLIENT_FIELDS = 'id name scopes rateLimitPerMinute revokedAt';

async function createClient(name: string, scopes: string[]): Promise<{ client: Client; key: string }> {
  return ok(
    await h.gql<{ createApiClient: { client: Client; key: string } }>(
      `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { ${CLIENT_FIELDS} } } }`,
      { input: { name, scopes } },
    ),
  ).createApiClient;
}

function updateClient(id: string, input: Record<string, unknown>, as?: string) {
  return h.gql<{ updateApiClient: Client }>(
    `mutation($id: ID!, $input: UpdateApiClientInput!) { updateApiClient(id: $id, input: $input) { ${CLIENT_FIELDS} } }`,
    { id, input },
    as === undefined ? {} : { as },
  );
}

async function clientNamed(name: string): Promise<Client | undefined> {
  const data = ok(await h.gql<{ apiClients: Client[] }>(`{ apiClients { ${CLIENT_FIELDS} } }`));
  return data.apiClients.find((c) => c.name === name);
}

async function auditOf(entityType: string, action: string) {
  const data = ok(
    await h.gql<{
      configAuditLog: {
        edges: { node: { action: string; entityKey: string; actor: string; details: unknown } }[];
      };
    }>(
      `query($t: String) { configAuditLog(entityType: $t) { edges { node { action entityKey actor details } } } }`,
      { t: entityType },
    ),
  );
  return data.configAuditLog.edges.map((e) => e.node).filter((n) => n.action === action);
}

describe('updateApiClient', () => {
  it('refuses a scope the editor does not hold, naming it in zh and en under input.scopes, and writes nothing', async () => {
    const { client } = await createClient('edit-narrow', ['flow.read']);
    const refused = await updateClient(
      client.id,
      { scopes: ['flow.read', 'case.read'], rateLimitPerMinute: 5 },
      integrator,
    );
    const error = refused.errors?.[0]?.extensions;
    expect(error?.code).toBe('FORBIDDEN');
    expect(error?.fieldPath).toEqual(['input', 'scopes']);
    expect(error?.messages?.zh).toBe('不能授予自己没有的权限：case.read。');
    expect(error?.messages?.en).toBe('You cannot grant permissions you do not hold yourself: case.read.');
    expect(await clientNamed('edit-narrow')).toMatchObject({
      scopes: ['flow.read'],
      rateLimitPerMinute: 600,
    });
    expect(await auditOf('ApiClient', 'apiclient.update')).toEqual([]);
  });

  it('lets an editor keep or drop a scope they do not hold, and change name and rate limit; audited', async () => {
    const { client } = await createClient('edit-wide', ['case.read', 'flow.read']);
    const kept = ok(
      await updateClient(
        client.id,
        { name: 'edit-wide-2', scopes: ['case.read', 'flow.read'], rateLimitPerMinute: 42 },
        integrator,
      ),
    ).updateApiClient;
    expect(kept).toMatchObject({ id: client.id, name: 'edit-wide-2', rateLimitPerMinute: 42 });
    expect(kept.scopes).toEqual(['case.read', 'flow.read']);
    const dropped = ok(await updateClient(client.id, { scopes: ['flow.read'] }, integrator)).updateApiClient;
    expect(dropped).toMatchObject({ name: 'edit-wide-2', scopes: ['flow.read'], rateLimitPerMinute: 42 });

    const entries = await auditOf('ApiClient', 'apiclient.update');
    expect(entries).toHaveLength(2);
    // Newest first.
    expect(entries[1]).toMatchObject({
      entityKey: 'edit-wide-2',
      actor: 'integrator1',
      details: {
        before: { name: 'edit-wide', scopes: ['case.read', 'flow.read'], rateLimitPerMinute: 600 },
        after: { name: 'edit-wide-2', scopes: ['case.read', 'flow.read'], rateLimitPerMinute: 42 },
      },
    });
    expect(entries[0]?.details).toMatchObject({ after: { scopes: ['flow.read'] } });
  });

  it('applies new scopes to the same key at its next request', async () => {
    const { client, key } = await createClient('edit-key', ['flow.read']);
    const asKey = `ApiKey ${key}`;
    const before = await h.gql(`{ apiClients { id } }`, {}, { as: asKey });
    expect(before.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    ok(await updateClient(client.id, { scopes: ['flow.read', 'apiclient.manage'] }));
    const after = await h.gql<{ apiClients: { id: string }[] }>(`{ apiClients { id } }`, {}, { as: asKey });
    expect(after.errors).toBeUndefined();
    expect(after.data?.apiClients.map((c) => c.id)).toContain(client.id);
  });

  it('shows bad input under its field, refuses a taken name, no scopes, and a revoked client', async () => {
    const { client } = await createClient('edit-checks', ['flow.read']);
    const badLimit = await updateClient(client.id, { rateLimitPerMinute: 0 });
    expect(badLimit.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['input', 'rateLimitPerMinute'],
      messages: { zh: '每分钟请求上限须在 1 到 100000 之间。' },
    });
    const badName = await updateClient(client.id, { name: 'Not Valid' });
    expect(badName.errors?.[0]?.extensions?.fieldPath).toEqual(['input', 'name']);
    const noScopes = await updateClient(client.id, { scopes: [] });
    expect(noScopes.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['input', 'scopes'],
      messages: { en: 'Choose at least one permission.' },
    });
    const unknown = await updateClient(client.id, { scopes: ['flow.read', 'no.such'] });
    expect(unknown.errors?.[0]?.extensions?.fieldPath).toEqual(['input', 'scopes', 1]);
    await createClient('edit-taken', ['flow.read']);
    const taken = await updateClient(client.id, { name: 'edit-taken' });
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fieldPath: ['input', 'name'],
      messages: { en: 'The name "edit-taken" is already used.' },
    });
    ok(await h.gql(`mutation($id: ID!) { revokeApiClient(id: $id) { id } }`, { id: client.id }));
    const revoked = await updateClient(client.id, { rateLimitPerMinute: 10 });
    expect(revoked.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fieldPath: ['id'] });
    expect(await clientNamed('edit-checks')).toMatchObject({
      rateLimitPerMinute: 600,
      scopes: ['flow.read'],
    });
  });

  it('needs apiclient.manage', async () => {
    const { client } = await createClient('edit-perm', ['flow.read']);
    const { key } = await createClient('edit-perm-reader', ['flow.read']);
    const refused = await updateClient(client.id, { rateLimitPerMinute: 1 }, `ApiKey ${key}`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('apiClientsPage', () => {
  it('pages every client by name with a cursor, and refuses a bad cursor', async () => {
    for (const n of ['page-c', 'page-a', 'page-b']) await createClient(n, ['flow.read']);
    const all = ok(await h.gql<{ apiClients: { name: string }[] }>(`{ apiClients { name } }`)).apiClients;
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const page: {
        edges: { cursor: string; node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        totalCount: number;
      } = ok(
        await h.gql<{ apiClientsPage: never }>(
          `query($after: String) { apiClientsPage(first: 2, after: $after) {
            totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        ),
      ).apiClientsPage;
      expect(page.totalCount).toBe(all.length);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((c) => c.name));
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(['page-a', 'page-b', 'page-c']));
    const bad = await h.gql(`{ apiClientsPage(after: "nonsense") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['after'] });
  });
});

interface Sub {
  id: string;
  name: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  disabledAt: string | null;
}
const SUB_FIELDS = 'id name url eventTypes active disabledAt';

async function subscribe(name: string): Promise<Sub> {
  return ok(
    await h.gql<{ createWebhookSubscription: { subscription: Sub } }>(
      `mutation($input: CreateWebhookSubscriptionInput!) {
        createWebhookSubscription(input: $input) { subscription { ${SUB_FIELDS} } } }`,
      { input: { name, url: 'http://127.0.0.1:9/hook', eventTypes: ['caseStarted'] } },
    ),
  ).createWebhookSubscription.subscription;
}

function updateSub(id: string, input: Record<string, unknown>) {
  return h.gql<{ updateWebhookSubscription: Sub }>(
    `mutation($id: ID!, $input: UpdateWebhookSubscriptionInput!) {
      updateWebhookSubscription(id: $id, input: $input) { ${SUB_FIELDS} } }`,
    { id, input },
  );
}

async function subNamed(name: string): Promise<Sub | undefined> {
  const data = ok(await h.gql<{ webhookSubscriptions: Sub[] }>(`{ webhookSubscriptions { ${SUB_FIELDS} } }`));
  return data.webhookSubscriptions.find((s) => s.name === name);
}

describe('updateWebhookSubscription', () => {
  it('changes URL and event types, disables and enables again; audited with before and after', async () => {
    const sub = await subscribe('edit-hook');
    const changed = ok(
      await updateSub(sub.id, {
        url: 'http://127.0.0.1:9/other',
        eventTypes: ['slaBreached', 'caseStarted', 'slaBreached'],
      }),
    ).updateWebhookSubscription;
    expect(changed).toMatchObject({
      id: sub.id,
      name: 'edit-hook',
      url: 'http://127.0.0.1:9/other',
      eventTypes: ['slaBreached', 'caseStarted'],
      active: true,
    });
    const disabled = ok(await updateSub(sub.id, { enabled: false })).updateWebhookSubscription;
    expect(disabled.active).toBe(false);
    expect(disabled.disabledAt).not.toBeNull();
    expect(await subNamed('edit-hook')).toMatchObject({ active: false, url: 'http://127.0.0.1:9/other' });
    const enabled = ok(await updateSub(sub.id, { enabled: true })).updateWebhookSubscription;
    expect(enabled).toMatchObject({ active: true, disabledAt: null });
    const stored = await h.db.models.WebhookSubscription.findOne({ name: 'edit-hook' }).lean().exec();
    expect(stored?.enabledAt).toBeInstanceOf(Date);

    const entries = await auditOf('WebhookSubscription', 'webhook.update');
    expect(entries).toHaveLength(3);
    expect(entries[2]?.details).toEqual({
      name: 'edit-hook',
      before: { url: 'http://127.0.0.1:9/hook', eventTypes: ['caseStarted'], active: true },
      after: { url: 'http://127.0.0.1:9/other', eventTypes: ['slaBreached', 'caseStarted'], active: true },
    });
    expect(entries[1]?.details).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(entries[0]?.details).toMatchObject({ before: { active: false }, after: { active: true } });
  });

  it('after re-enabling, delivers events recorded from then on, not those recorded while disabled', async () => {
    const eventIds: string[] = [];
    const receiver = createServer((req, res) => {
      eventIds.push(String(req.headers['x-parley-event-id'] ?? ''));
      req.resume();
      req.on('end', () => res.end());
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const dispatcher = startWebhookDispatcher({
      models: h.db.models,
      logger: createLogger('silent'),
      intervalMs: 60_000,
      lookbackMs: 3_600_000,
    });
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/re`;
      const sub = await subscribe('edit-hook-again');
      ok(await updateSub(sub.id, { url, enabled: false }));
      ok(await updateSub(sub.id, { enabled: true }));
      const stored = await h.db.models.WebhookSubscription.findOne({ name: 'edit-hook-again' }).lean().exec();
      const createdAt = stored!.createdAt.getTime();
      const enabledAt = stored!.enabledAt!.getTime();
      expect(enabledAt).toBeGreaterThan(createdAt);
      // One event while it was disabled (after creation, before re-enabling), one after.
      const caseId = new Types.ObjectId();
      const record = async (seq: number, at: number) => {
        const _id = new Types.ObjectId();
        await h.db.conn.collection('case_events').insertOne({
          _id,
          caseId,
          seq,
          type: 'caseStarted',
          at: new Date(at),
          actor: null,
          data: {},
          prevHash: null,
          hash: `hash-${_id.toHexString()}`,
          recordedAt: new Date(at),
        });
        return _id.toHexString();
      };
      const whileDisabled = await record(1, enabledAt - 1);
      const afterEnabled = await record(2, enabledAt + 1);
      await dispatcher.runOnce();
      await dispatcher.runOnce();
      const deliveries = await h.db.models.WebhookDelivery.find({ subscriptionId: stored!._id })
        .lean()
        .exec();
      expect(deliveries.map((d) => d.eventId.toHexString())).toEqual([afterEnabled]);
      expect(eventIds).toEqual([afterEnabled]);
      expect(eventIds).not.toContain(whileDisabled);
    } finally {
      await dispatcher.stop();
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });

  it('checks the URL and event types as on creation, in zh and en, and writes nothing', async () => {
    const sub = await subscribe('edit-hook-bad');
    const badUrl = await updateSub(sub.id, { url: 'ftp://example.com/x', eventTypes: ['slaBreached'] });
    expect(badUrl.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['input', 'url'],
      messages: {
        zh: '接收地址须为不含用户名和密码的 http 或 https 地址。',
        en: 'The receiver must be an http or https URL without a user name or password.',
      },
    });
    const noTypes = await updateSub(sub.id, { eventTypes: [] });
    expect(noTypes.errors?.[0]?.extensions?.fieldPath).toEqual(['input', 'eventTypes']);
    const badType = await updateSub(sub.id, { eventTypes: ['caseStarted', 'no spaces'] });
    expect(badType.errors?.[0]?.extensions?.fieldPath).toEqual(['input', 'eventTypes', 1]);
    expect(await subNamed('edit-hook-bad')).toMatchObject({
      url: 'http://127.0.0.1:9/hook',
      eventTypes: ['caseStarted'],
    });
    const missing = await updateSub('V2ViaG9va1N1YnNjcmlwdGlvbjpub3BlAA', { enabled: false });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a private receiver when the deployment does not allow it', async () => {
    const strict = await startHarness({ PARLEY_WEBHOOK_ALLOW_PRIVATE: 'false' });
    try {
      const created = await strict.gql<{ createWebhookSubscription: { subscription: { id: string } } }>(
        `mutation { createWebhookSubscription(input: { name: "strict", url: "http://93.184.215.14/x",
          eventTypes: ["caseStarted"] }) { subscription { id } } }`,
      );
      const id = ok(created).createWebhookSubscription.subscription.id;
      const refused = await strict.gql(
        `mutation($id: ID!) { updateWebhookSubscription(id: $id, input: { url: "http://127.0.0.1:8080/x" }) { id } }`,
        { id },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldPath: ['input', 'url'],
      });
      expect(refused.errors?.[0]?.extensions?.messages?.en).toContain('private, loopback or link-local');
    } finally {
      await strict.close();
    }
  });
});

describe('webhookSubscriptionsPage', () => {
  it('pages newest first, in the order of the old list, and refuses a bad cursor', async () => {
    for (const n of ['wpage-a', 'wpage-b', 'wpage-c']) await subscribe(n);
    const all = ok(
      await h.gql<{ webhookSubscriptions: { id: string }[] }>(`{ webhookSubscriptions { id } }`),
    ).webhookSubscriptions;
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const page: {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        totalCount: number;
      } = ok(
        await h.gql<{ webhookSubscriptionsPage: never }>(
          `query($after: String) { webhookSubscriptionsPage(first: 2, after: $after) {
            totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        ),
      ).webhookSubscriptionsPage;
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((s) => s.id));
    expect(seen.length).toBeGreaterThanOrEqual(3);
    const bad = await h.gql(`{ webhookSubscriptionsPage(after: "nonsense") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['after'] });
  });
});
