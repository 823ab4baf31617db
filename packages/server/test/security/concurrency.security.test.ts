/**
 * Races an attacker can start: password guesses fired all at once must not get more tries than the
 * lockout allows, and twenty signings of one customer link at once must record one agreement.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_USERNAME } from '../../src/features/access/auth.service';
import { startHarness, type Harness } from '../harness';
import { ACCEPT, localId, SIGN } from '../offers-helpers';
import { errorCodes, figure, hygieneProblems, post } from './security-support';
import { buildWorld, PASSWORD, type World } from './world';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;

describe('races an attacker can start', () => {
  let h: Harness;
  let world: World;
  beforeAll(async () => {
    h = await startHarness({ TRUST_PROXY: '1' });
    world = await buildWorld(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it(`12 wrong passwords at once: at most ${MAX_FAILURES_PER_USERNAME} are checked, then the account is locked`, async () => {
    // From 12 addresses, so that only the per-account limit applies.
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        post(h.server.url, { query: LOGIN, variables: { u: 'victim.user', p: `guess number ${i}` } }, null, {
          'x-forwarded-for': `203.0.113.${i + 1}`,
        }),
      ),
    );
    for (const res of guesses) expect(hygieneProblems(res), res.text).toEqual([]);
    const codes = guesses.map((res) => errorCodes(res)[0]);
    const checked = codes.filter((c) => c === 'UNAUTHENTICATED').length;
    figure('lockout: wrong guesses checked out of 12 concurrent', checked);
    expect(codes.every((c) => c === 'UNAUTHENTICATED' || c === 'RATE_LIMITED')).toBe(true);
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_USERNAME);
    // The right password is refused now too: the lock holds.
    const right = await post(
      h.server.url,
      { query: LOGIN, variables: { u: 'victim.user', p: PASSWORD } },
      null,
      {
        'x-forwarded-for': '203.0.113.200',
      },
    );
    expect(errorCodes(right)).toEqual(['RATE_LIMITED']);
  });

  it('20 signings of one link at once record one agreement and keep one PDF', async () => {
    const token = world.own.token;
    const accepted = await post(h.server.url, { query: ACCEPT, variables: { t: token } }, null);
    expect(accepted.body?.errors, accepted.text).toBeUndefined();
    const files = h.db.conn.collection('files.files');
    const before = await files.countDocuments({});
    const typed = { kind: 'TYPED', typedName: '王自家', consent: true };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(h.server.url, { query: SIGN, variables: { t: token, s: typed, key: `sign-${i}` } }, null, {
          'x-forwarded-for': `198.51.100.${i + 1}`,
        }),
      ),
    );
    for (const res of results) expect(hygieneProblems(res), res.text).toEqual([]);
    const winners = results.filter((r) => !r.body?.errors);
    const losers = results.filter((r) => r.body?.errors);
    figure('signAgreement: answers with the agreement out of 20 concurrent', winners.length);
    expect(winners.length).toBeGreaterThanOrEqual(1);
    for (const loser of losers)
      expect(['CONFLICT', 'RATE_LIMITED', 'COMMAND_NOT_APPLICABLE', 'NO_OPEN_OFFER']).toContain(
        errorCodes(loser)[0],
      );
    const hashes = new Set(
      winners.map(
        (r) => (r.body!.data!['signAgreement'] as { agreement: { sha256: string } }).agreement.sha256,
      ),
    );
    expect(hashes.size).toBe(1);
    const recorded = await h.db.models.CaseEvent.find({
      caseId: new Types.ObjectId(localId(world.own.negotiation.id)),
      type: 'agreementRecorded',
    })
      .lean()
      .exec();
    expect(recorded).toHaveLength(1);
    expect(await files.countDocuments({})).toBe(before + 1);
    const audit = await h.gql<{ verifyAudit: { ok: boolean } }>(
      `query($id: ID) { verifyAudit(caseId: $id) { ok } }`,
      {
        id: world.own.negotiation.id,
      },
    );
    expect(audit.data?.verifyAudit.ok).toBe(true);
  });
});
