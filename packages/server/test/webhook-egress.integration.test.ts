/**
 * Webhook egress and secrets against the real embedded database: with private receivers not allowed
 * (the production default), loopback, private and metadata addresses are refused with a coded field
 * error and nothing is stored; the signing secret is stored sealed, never in clear.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { subscription { id } secret } }`;

describe('webhook egress rule (private receivers not allowed)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ PARLEY_WEBHOOK_ALLOW_PRIVATE: 'false' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    'http://127.0.0.1:9/hook',
    'http://10.0.0.8/hook',
    'http://169.254.169.254/latest',
    'http://[::1]/x',
    'http://[::127.0.0.1]/',
  ])('refuses %s with a coded field error and stores nothing', async (url) => {
    const res = await h.gql(CREATE, { input: { name: 'internal', url, eventTypes: ['*'] } });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['fieldPath']).toEqual(['input', 'url']);
    expect(String((res.errors?.[0]?.extensions?.['messages'] as { zh: string }).zh)).toContain('内网');
    expect(await h.db.models.WebhookSubscription.countDocuments({}).exec()).toBe(0);
  });
});

describe('webhook secrets at rest', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stores the signing secret sealed with the data keys', async () => {
    const res = await h.gql<{ createWebhookSubscription: { secret: string } }>(CREATE, {
      input: { name: 'crm', url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] },
    });
    expect(res.errors).toBeUndefined();
    const secret = res.data!.createWebhookSubscription.secret;
    expect(secret).toMatch(/^whsec_/);
    const raw = await h.db.conn.collection('webhook_subscriptions').find({}).toArray();
    const dump = JSON.stringify(raw);
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain('whsec_');
    expect(String(raw[0]?.['secret'])).toMatch(/^enc:v\d+:/);
  });
});
