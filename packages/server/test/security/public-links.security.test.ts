/**
 * Public links (customer links and intake links) under attack: garbage, expired, forged (payload
 * swapped, signature altered, `alg: none`, another secret), the other kind of link, and correctly
 * signed links naming nothing. Every such token is refused with LINK_INVALID / LINK_EXPIRED (or
 * NOT_FOUND), the answer shows no case, nothing is written, and the answer is clean JSON.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCustomerLinkToken, signLinkToken } from '../../src/features/privacy/customer-link';
import { startHarness, type Harness } from '../harness';
import { CUSTOMER_VIEW, localId, VIEW } from '../offers-helpers';
import { errorCodes, figure, hygieneProblems, lastingWrites, post, WriteMonitor } from './security-support';
import { buildWorld, type World } from './world';

const PAST = new Date('2020-01-01T00:00:00Z');
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const CUSTOMER_OPERATIONS: Record<string, { query: string; variables: Record<string, unknown> }> = {
  customerView: { query: CUSTOMER_VIEW, variables: {} },
  acceptOffer: { query: `mutation($t: String!) { acceptOffer(token: $t) { ${VIEW} } }`, variables: {} },
  counterOffer: {
    query: `mutation($t: String!, $c: String!) { counterOffer(token: $t, comment: $c) { ${VIEW} } }`,
    variables: { c: '太贵了' },
  },
  signAgreement: {
    query: `mutation($t: String!, $s: SignatureInput!) { signAgreement(token: $t, signature: $s) { ${VIEW} } }`,
    variables: { s: { kind: 'TYPED', typedName: '王自家', consent: true } },
  },
};

describe('public links', () => {
  let h: Harness;
  let world: World;
  let monitor: WriteMonitor;
  let attempts = 0;

  beforeAll(async () => {
    h = await startHarness({ TRUST_PROXY: '1' }, { monitorCommands: true });
    world = await buildWorld(h);
    monitor = WriteMonitor.of(h);
  });
  afterAll(async () => {
    figure('public-link attacks sent', attempts);
    monitor?.stop();
    await h?.close();
  });

  /** Sends an operation anonymously; checks hygiene, no case shown, nothing written; returns the codes. */
  async function attack(query: string, variables: Record<string, unknown>): Promise<string[]> {
    const headers = { 'x-forwarded-for': `192.0.2.${(attempts % 250) + 1}` };
    const { result: res, writes } = await monitor.during(() =>
      post(h.server.url, { query, variables }, null, headers),
    );
    attempts++;
    expect(hygieneProblems(res), res.text).toEqual([]);
    const data = res.body?.data ? Object.values(res.body.data)[0] : null;
    expect(data ?? null, res.text).toBeNull();
    for (const marker of [...world.own.markers, ...world.other.markers])
      expect(res.text.includes(marker), `shows ${marker}: ${res.text}`).toBe(false);
    expect(await lastingWrites(h, writes)).toEqual([]);
    return errorCodes(res);
  }

  async function customerTokens(): Promise<Record<string, { token: string; codes: string[] }>> {
    const own = world.own.token;
    const [header, payload, signature] = own.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const otherHex = localId(world.other.negotiation.id);
    const invalid = ['LINK_INVALID'];
    return {
      empty: { token: '', codes: invalid },
      garbage: { token: 'not-a-token', codes: invalid },
      dots: { token: 'a.b.c', codes: invalid },
      huge: { token: 'A'.repeat(100_000), codes: invalid },
      'payload swapped to another case': {
        token: `${header}.${b64({ ...claims, cid: otherHex })}.${signature}`,
        codes: invalid,
      },
      'signature altered': {
        token: `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`,
        codes: invalid,
      },
      'alg none': { token: `${b64({ alg: 'none' })}.${payload}.`, codes: invalid },
      'another secret': {
        token: await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(randomBytes(48)),
        codes: invalid,
      },
      expired: {
        token: (await issueCustomerLinkToken(h.db.models, localId(world.own.negotiation.id), 1, PAST)).token,
        codes: ['LINK_EXPIRED'],
      },
      'an intake link': { token: world.intakeToken, codes: invalid },
      'signed, for no case': {
        token: (await issueCustomerLinkToken(h.db.models, '0123456789abcdef01234567', 1)).token,
        codes: ['LINK_INVALID', 'NOT_FOUND'],
      },
      'signed, for an operator instead of an id': {
        token: (
          await signLinkToken(
            h.db.models,
            'parley-customer-link',
            { cid: '{"$ne":null}' },
            1,
            720,
            new Date(),
            'x',
          )
        ).token,
        codes: ['LINK_INVALID', 'NOT_FOUND'],
      },
    };
  }

  it('refuses bad, expired, forged and misdirected customer links on every customer operation', async () => {
    const tokens = await customerTokens();
    for (const [what, { token, codes }] of Object.entries(tokens))
      for (const [operation, { query, variables }] of Object.entries(CUSTOMER_OPERATIONS)) {
        const got = await attack(query, { ...variables, t: token });
        expect(got.length, `${operation} with ${what}`).toBeGreaterThan(0);
        expect(codes, `${operation} with ${what}: ${got.join(', ')}`).toContain(got[0]);
      }
  });

  it("a valid link shows its own case and nothing of another department's", async () => {
    const res = await post(h.server.url, { query: CUSTOMER_VIEW, variables: { t: world.other.token } }, null);
    expect(hygieneProblems(res)).toEqual([]);
    expect(res.text).toContain(world.other.negotiation.reference);
    for (const marker of [
      world.own.negotiation.reference,
      world.own.complaint.reference,
      world.other.complaint.reference,
    ])
      expect(res.text).not.toContain(marker);
  });

  it('refuses bad, expired, forged and misdirected intake links, opening no case', async () => {
    const cases = await h.db.models.Case.countDocuments({}).exec();
    const [header, payload, signature] = world.intakeToken.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    // Signed an hour's validity in 2020 (the claims are checked only after the expiry).
    const expired = await signLinkToken(
      h.db.models,
      'parley-intake-link',
      { tk: 'minsheng-e-negotiation', ch: 'APP' },
      1,
      8760,
      PAST,
      'expired-intake-link',
    );
    const tokens: Record<string, { token: string; codes: string[] }> = {
      empty: { token: '', codes: ['LINK_INVALID'] },
      garbage: { token: 'x.y.z', codes: ['LINK_INVALID'] },
      'template swapped': {
        token: `${header}.${b64({ ...claims, tk: 'complaint-handling' })}.${signature}`,
        codes: ['LINK_INVALID'],
      },
      'alg none': { token: `${b64({ alg: 'none' })}.${payload}.`, codes: ['LINK_INVALID'] },
      expired: { token: expired.token, codes: ['LINK_EXPIRED'] },
      'a customer link': { token: world.own.token, codes: ['LINK_INVALID'] },
    };
    const FORM = `query($t: String!) { intakeForm(token: $t) { templateKey stepKey } }`;
    const SUBMIT = `mutation($t: String!, $c: CustomerInput!, $d: JSON!, $k: String!) {
      submitIntake(token: $t, customer: $c, data: $d, idempotencyKey: $k) { caseReference } }`;
    for (const [what, { token, codes }] of Object.entries(tokens)) {
      const form = await attack(FORM, { t: token });
      expect(codes, `intakeForm with ${what}: ${form.join(', ')}`).toContain(form[0]);
      const submitted = await attack(SUBMIT, {
        t: token,
        c: { name: '攻击者', phone: '13900000099' },
        d: { description: 'x' },
        k: `attack-${what}`,
      });
      expect(codes, `submitIntake with ${what}: ${submitted.join(', ')}`).toContain(submitted[0]);
    }
    expect(await h.db.models.Case.countDocuments({}).exec()).toBe(cases);
  });
});
