/**
 * Bulk reassign and bulk close over GraphQL: each case on its own through the single-case mutation,
 * per-case results in the order given, per-case idempotency derived from the request key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { startHarness, type Harness } from './harness';
import { PHONE, code, ok, setUpCases, type Staff } from './cases-helpers';
import { negotiationInput, openCase, publishNegotiation } from './case-links-helpers';

const RESULT = `caseId ok case { id status assignee { username } } errorCode errorMessage { zh en }`;
const REASSIGN = `mutation($ids: [ID!]!, $to: ID, $key: String) {
  bulkReassignCases(caseIds: $ids, assigneeId: $to, idempotencyKey: $key) { ${RESULT} } }`;
const CLOSE = `mutation($ids: [ID!]!, $key: String) {
  bulkCloseCases(caseIds: $ids, note: "批量办结", idempotencyKey: $key) { ${RESULT} } }`;

interface BulkResult {
  caseId: string;
  ok: boolean;
  case: { id: string; status: string; assignee: { username: string } | null } | null;
  errorCode: string | null;
  errorMessage: { zh: string; en: string } | null;
}

describe('bulk case work', () => {
  let h: Harness;
  let staff: Staff;
  let lead: string;
  beforeAll(async () => {
    h = await startHarness();
    // Daytime in Shanghai, whenever the test runs: the negotiation's call step is under the contact guard.
    setCaseClock(h.db.models, () => new Date('2026-03-02T10:00:00+08:00'));
    staff = await setUpCases(h);
    await publishNegotiation(h);
    ok(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username: 'lead.cs',
          displayName: 'lead.cs',
          password: 'correct horse battery',
          roles: ['supervisor', 'agent'],
          departments: ['CUSTOMER_SERVICE'],
        },
      }),
    );
    lead = await h.login('lead.cs', 'correct horse battery');
  });
  afterAll(async () => {
    await h?.close();
  });

  const events = () => h.db.models.CaseEvent.countDocuments({}).exec();
  const cancel = async (id: string) =>
    ok(await h.gql(`mutation($id: ID!) { cancelCase(caseId: $id, reason: "重复") { replayed } }`, { id }));

  it('reassigns a mixed batch case by case, and a retry with the same key replays it', async () => {
    const fine = await openCase(h, negotiationInput(), staff.agent);
    const closed = await openCase(h, negotiationInput(), staff.agent);
    await cancel(closed);
    const hidden = await openCase(h, negotiationInput({ departmentCode: 'POLICY' }));
    const ids = [fine, closed, hidden];
    const before = await events();
    const first = ok(
      await h.gql<{ bulkReassignCases: BulkResult[] }>(
        REASSIGN,
        { ids, to: staff.agentId, key: 'bulk-reassign-1' },
        { as: lead },
      ),
    ).bulkReassignCases;
    expect(first.map((r) => [r.caseId, r.ok, r.errorCode])).toEqual([
      [fine, true, null],
      [closed, false, 'CASE_CLOSED'],
      [hidden, false, 'NOT_FOUND'],
    ]);
    expect(first[0]!.case).toEqual({ id: fine, status: 'OPEN', assignee: { username: 'agent.cs' } });
    expect(first[1]!.errorMessage!.en).toMatch(/over/);
    expect(first[2]!.case).toBeNull();
    const after = await events();
    expect(after).toBe(before + 1);

    const again = ok(
      await h.gql<{ bulkReassignCases: BulkResult[] }>(
        REASSIGN,
        { ids, to: staff.agentId, key: 'bulk-reassign-1' },
        { as: lead },
      ),
    ).bulkReassignCases;
    expect(again).toEqual(first);
    expect(await events()).toBe(after);
  });

  it('closes resolved cases and reports the rest, once per key', async () => {
    const resolved = await openCase(h, negotiationInput(), staff.agent);
    ok(
      await h.gql(
        `mutation($id: ID!, $c: String!) { logCommunication(caseId: $id, stepKey: "call", channel: "phone", contact: $c, answered: true, summary: "已协商") { replayed } }`,
        { id: resolved, c: PHONE },
        { as: staff.agent },
      ),
    );
    const running = await openCase(h, negotiationInput(), staff.agent);
    const ids = [running, resolved];
    const first = ok(
      await h.gql<{ bulkCloseCases: BulkResult[] }>(CLOSE, { ids, key: 'bulk-close-1' }, { as: lead }),
    ).bulkCloseCases;
    expect(first.map((r) => [r.ok, r.errorCode, r.case?.status ?? null])).toEqual([
      [false, 'CASE_NOT_FINISHED', null],
      [true, null, 'CLOSED'],
    ]);
    const after = await events();
    const again = ok(
      await h.gql<{ bulkCloseCases: BulkResult[] }>(CLOSE, { ids, key: 'bulk-close-1' }, { as: lead }),
    ).bulkCloseCases;
    expect(again).toEqual(first);
    expect(await events()).toBe(after);
  });

  it('takes 1–200 cases, checks the assignee first, and needs case.assign', async () => {
    const id = await openCase(h, negotiationInput(), staff.agent);
    const before = await events();
    const none = await h.gql(REASSIGN, { ids: [] }, { as: lead });
    expect(code(none)).toBe('BAD_USER_INPUT');
    expect(none.errors![0]!.extensions!.fieldPath).toEqual(['caseIds']);
    expect(code(await h.gql(CLOSE, { ids: Array.from({ length: 201 }, () => id) }, { as: lead }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await h.gql(REASSIGN, { ids: [id], to: 'VXNlcjpub2JvZHk=' }, { as: lead }))).toBe(
      'NOT_FOUND',
    );
    expect(code(await h.gql(REASSIGN, { ids: [id], to: staff.agentId }, { as: staff.agent }))).toBe(
      'FORBIDDEN',
    );
    expect(await events()).toBe(before);
  });
});
