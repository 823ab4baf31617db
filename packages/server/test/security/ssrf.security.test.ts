/**
 * SSRF through webhook receivers, with private receivers not allowed (PARLEY_WEBHOOK_ALLOW_PRIVATE
 * false, the production default): every spelling of a loopback, private, link-local, carrier-grade-NAT,
 * multicast or unspecified address — IPv4 in decimal, octal and hex, IPv4-mapped and IPv4-compatible
 * IPv6, names that resolve to such addresses — is refused with a coded field error and stores nothing;
 * a public receiver is accepted (so the refusals are the rule's, not a blanket no).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindWebhookEgress, systemResolver } from '../../src/features/webhooks/webhook-egress';
import { startHarness, type Harness } from '../harness';
import { errorCodes, figure, hygieneProblems, post } from './security-support';

const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { subscription { id url } } }`;

/** Names an attacker controls, and what their DNS answers (a rebinding or split-horizon answer). */
const ATTACKER_DNS: Record<string, string[]> = {
  'loopback.attacker.example': ['127.0.0.1'],
  'metadata.attacker.example': ['169.254.169.254'],
  'mixed.attacker.example': ['93.184.216.34', '10.0.0.7'],
  'mapped.attacker.example': ['::ffff:127.0.0.1'],
  'compatible.attacker.example': ['::127.0.0.1'],
  'v6-loopback.attacker.example': ['::1'],
  'public.attacker.example': ['93.184.216.34'],
};

const REFUSED = [
  // Loopback, every spelling.
  'http://127.0.0.1/hook',
  'http://127.1/hook',
  'http://127.0.0.1:8080/hook',
  'http://2130706433/hook',
  'http://0x7f000001/hook',
  'http://0x7f.0.0.1/hook',
  'http://0177.0.0.1/hook',
  'http://017700000001/hook',
  'http://localhost/hook',
  'http://LOCALHOST./hook',
  'http://example.com@127.0.0.1/hook',
  'http://[::1]/hook',
  'http://[0:0:0:0:0:0:0:1]/hook',
  'http://[::ffff:127.0.0.1]/hook',
  'http://[::ffff:7f00:1]/hook',
  'http://[0:0:0:0:0:ffff:127.0.0.1]/hook',
  'http://[::127.0.0.1]/hook',
  'http://[::7f00:1]/hook',
  // Unspecified.
  'http://0/hook',
  'http://0.0.0.0/hook',
  'http://[::]/hook',
  // Private, shared, link-local (cloud metadata), multicast, reserved.
  'http://10.0.0.1/hook',
  'http://172.16.0.1/hook',
  'http://192.168.1.1/hook',
  'http://100.64.0.1/hook',
  'http://169.254.169.254/latest/meta-data',
  'http://[::ffff:169.254.169.254]/latest',
  'http://[::169.254.169.254]/latest',
  'http://[::ffff:10.0.0.1]/hook',
  'http://[fe80::1]/hook',
  'http://[fc00::1]/hook',
  'http://[fd12:3456::1]/hook',
  'http://224.0.0.1/hook',
  'http://255.255.255.255/hook',
  'http://240.0.0.1/hook',
  // Names resolving to the above.
  'http://loopback.attacker.example/hook',
  'http://metadata.attacker.example/hook',
  'http://mixed.attacker.example/hook',
  'http://mapped.attacker.example/hook',
  'http://compatible.attacker.example/hook',
  'http://v6-loopback.attacker.example/hook',
  // Not HTTP at all.
  'file:///etc/passwd',
  'gopher://127.0.0.1:25/',
  'ftp://93.184.216.34/',
  'javascript:alert(1)',
];

describe('SSRF: webhook receivers with private receivers not allowed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ PARLEY_WEBHOOK_ALLOW_PRIVATE: 'false' });
    // The attacker's names resolve through a stand-in DNS; every other name through the system's.
    bindWebhookEgress(h.db.models, {
      allowPrivate: false,
      resolve: async (host) => ATTACKER_DNS[host.toLowerCase()] ?? systemResolver(host),
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const stored = () => h.db.models.WebhookSubscription.countDocuments({}).exec();

  it.each(REFUSED)('refuses %s with a coded field error and stores nothing', async (url) => {
    const before = await stored();
    const res = await post(
      h.server.url,
      { query: CREATE, variables: { input: { name: 'attacker', url, eventTypes: ['*'] } } },
      h.admin,
    );
    expect(hygieneProblems(res), res.text).toEqual([]);
    expect(errorCodes(res), res.text).toEqual(['BAD_USER_INPUT']);
    expect(res.body?.errors?.[0]?.extensions?.['fieldPath']).toEqual(['input', 'url']);
    expect(await stored()).toBe(before);
  });

  it('accepts public receivers, by address and by name', async () => {
    const before = await stored();
    for (const url of ['https://93.184.216.34/hook', 'https://public.attacker.example/hook']) {
      const res = await post(
        h.server.url,
        { query: CREATE, variables: { input: { name: 'public-receiver', url, eventTypes: ['*'] } } },
        h.admin,
      );
      expect(res.body?.errors, res.text).toBeUndefined();
    }
    expect(await stored()).toBe(before + 2);
    figure('SSRF receiver forms refused', REFUSED.length);
  });
});
