/**
 * Complaint findings (溯源整改) over GraphQL on the real database: closing a complaint needs its root
 * cause and remedy, recorded as `complaintFindingRecorded` just before `caseClosed` in the same batch;
 * other flows close as before; bulk close refuses complaints case by case; `Case.finding` reads it back.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseRuntime, setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { dataKeysOf } from '../src/features/privacy/data-keys';
import { startHarness, type Harness } from './harness';
import {
  CLASSIFY,
  COMPLAINT,
  HANDLE,
  LOG_CALL,
  PHONE,
  SUBMIT,
  code,
  ok,
  openInput,
  setUpCases,
  type Staff,
} from './cases-helpers';
import { negotiationInput, openCase, publishNegotiation } from './case-links-helpers';

const CLOSE = `mutation($id: ID!, $finding: ComplaintFindingInput, $key: String) {
  closeCase(caseId: $id, note: "办结", finding: $finding, idempotencyKey: $key) {
    case { id status closedAt findingRequired
      finding { rootCause rootCauseLabel { zh en } remedy recordedAt recordedBy { kind displayName } } }
    events { seq type actorKey data title { zh en } }
    replayed } }`;
const CASE = `query($id: ID!) { case(id: $id) { status closedAt findingRequired
  finding { rootCause rootCauseLabel { zh en } remedy recordedAt recordedBy { kind displayName } } } }`;
const BULK_CLOSE = `mutation($ids: [ID!]!, $key: String) {
  bulkCloseCases(caseIds: $ids, note: "批量办结", idempotencyKey: $key) { caseId ok errorCode case { status } } }`;

interface Finding {
  rootCause: string;
  rootCauseLabel: { zh: string; en: string };
  remedy: string;
  recordedAt: string;
  recordedBy: { kind: string; displayName: string | null };
}
interface Closed {
  case: {
    id: string;
    status: string;
    closedAt: string | null;
    findingRequired: boolean;
    finding: Finding | null;
  };
  events: {
    seq: number;
    type: string;
    actorKey: string | null;
    data: Record<string, unknown>;
    title: { zh: string; en: string };
  }[];
  replayed: boolean;
}

const localId = (globalId: string) =>
  new Types.ObjectId(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);

describe('complaint findings (溯源整改)', () => {
  let h: Harness;
  let staff: Staff;
  let lead: string;
  beforeAll(async () => {
    h = await startHarness();
    // Daytime in Shanghai on a working day, whatever the hour of the run: the call steps are guarded.
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

  const events = (id: string) => h.db.models.CaseEvent.countDocuments({ caseId: localId(id) }).exec();
  const close = (id: string, finding: unknown, key?: string, as = staff.agent) =>
    h.gql<{ closeCase: Closed }>(CLOSE, { id, finding, key }, { as });

  /** A seed complaint driven to its end step (RESOLVED, not closed). */
  async function resolvedComplaint(): Promise<string> {
    const id = await openCase(h, openInput({ assignToMe: true }), staff.agent);
    const step = async (stepKey: string, data: unknown) =>
      ok(await h.gql(SUBMIT, { id, step: stepKey, data }, { as: staff.agent }));
    await step('receive', COMPLAINT);
    await step('classify', CLASSIFY);
    await step('handle', HANDLE);
    await step('track', { trackingStatus: 'resolved' });
    ok(
      await h.gql(
        LOG_CALL,
        { id, step: 'phone-feedback', channel: 'phone', contact: PHONE, answered: true },
        { as: staff.agent },
      ),
    );
    await step('follow-up', { complainantSatisfaction: 4 });
    return id;
  }

  /** A negotiation at its end step. */
  async function resolvedNegotiation(): Promise<string> {
    const id = await openCase(h, negotiationInput(), staff.agent);
    ok(
      await h.gql(
        `mutation($id: ID!, $c: String!) { logCommunication(caseId: $id, stepKey: "call", channel: "phone", contact: $c, answered: true, summary: "已协商") { replayed } }`,
        { id, c: PHONE },
        { as: staff.agent },
      ),
    );
    return id;
  }

  it('lists the root causes in order, in both languages with their descriptions, to case readers', async () => {
    const causes = ok(
      await h.gql<{
        complaintRootCauses: {
          code: string;
          label: { zh: string; en: string };
          description: { zh: string; en: string };
        }[];
      }>(`{ complaintRootCauses { code label { zh en } description { zh en } } }`, {}, { as: staff.agent }),
    ).complaintRootCauses;
    expect(causes).toHaveLength(12);
    expect(causes[0]).toMatchObject({ code: 'product-design', label: { zh: '产品设计缺陷' } });
    expect(causes.map((c) => c.code).slice(-2)).toEqual(['customer-misunderstanding', 'other']);
    expect(causes.every((c) => c.description.zh.length > 0 && c.description.en.length > 0)).toBe(true);
    expect(code(await h.gql(`{ complaintRootCauses { code } }`, {}, { as: null }))).toBe('UNAUTHENTICATED');
  });

  it('refuses to close a complaint without its finding, or with a bad one, writing nothing', async () => {
    const id = await resolvedComplaint();
    const before = await events(id);

    const missing = await close(id, null);
    expect(code(missing)).toBe('FINDING_REQUIRED');
    expect(missing.errors![0]!.extensions!.fieldPath).toEqual(['finding']);
    expect(missing.errors![0]!.message).toMatch(/root cause/);

    const unknown = await close(id, { rootCause: 'bad-luck', remedy: '无' });
    expect(code(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions!.fieldPath).toEqual(['finding', 'rootCause']);
    // Codes are exact: no case folding, no trimming.
    const upper = await close(id, { rootCause: 'Staff-Error', remedy: '无' });
    expect(upper.errors![0]!.extensions!.fieldPath).toEqual(['finding', 'rootCause']);

    for (const remedy of ['', '   \n ', 'x'.repeat(1001)]) {
      const bad = await close(id, { rootCause: 'staff-error', remedy });
      expect(code(bad), JSON.stringify(remedy.slice(0, 5))).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.extensions!.fieldPath).toEqual(['finding', 'remedy']);
    }
    // The bulk path goes through the same rule, case by case.
    const bulk = ok(
      await h.gql<{ bulkCloseCases: { ok: boolean; errorCode: string | null }[] }>(
        BULK_CLOSE,
        { ids: [id] },
        { as: lead },
      ),
    ).bulkCloseCases;
    expect(bulk).toEqual([{ caseId: id, ok: false, errorCode: 'FINDING_REQUIRED', case: null }]);

    expect(await events(id)).toBe(before);
    const still = ok(await h.gql<{ case: Closed['case'] }>(CASE, { id }, { as: staff.agent })).case;
    expect(still).toMatchObject({ status: 'RESOLVED', finding: null, findingRequired: true });
  });

  it('records the finding just before caseClosed in one batch, reads it back, and replays a retry', async () => {
    const id = await resolvedComplaint();
    const before = await events(id);
    const remedy = 'x'.repeat(1000);
    const first = ok(
      await close(id, { rootCause: 'staff-error', remedy: `  ${remedy}\n` }, 'close-finding-1'),
    ).closeCase;
    expect(first.replayed).toBe(false);
    expect(first.events.map((e) => [e.seq, e.type])).toEqual([
      [before + 1, 'complaintFindingRecorded'],
      [before + 2, 'caseClosed'],
    ]);
    const [recorded, closedEvent] = first.events;
    expect(recorded!.data).toEqual({ rootCause: 'staff-error', remedy });
    expect(recorded!.title).toEqual({ zh: '记录投诉溯源整改', en: 'Complaint finding recorded' });
    expect(recorded!.actorKey).toBe(`user:${Buffer.from(staff.agentId, 'base64').toString().split(':')[1]}`);
    expect(closedEvent!.actorKey).toBe(recorded!.actorKey);
    // One batch: only the last event of the command carries the batch end.
    const stored = (
      await h.db.models.CaseEvent.find({ caseId: localId(id) })
        .lean()
        .exec()
    )
      .filter((e) => e.seq > before)
      .sort((a, b) => a.seq - b.seq);
    expect(stored.map((e) => [e.type, e.batchEnd])).toEqual([
      ['complaintFindingRecorded', false],
      ['caseClosed', true],
    ]);

    expect(first.case.status).toBe('CLOSED');
    expect(first.case.finding).toEqual({
      rootCause: 'staff-error',
      rootCauseLabel: { zh: '员工操作差错', en: 'Staff error' },
      remedy,
      recordedAt: first.case.closedAt,
      recordedBy: { kind: 'USER', displayName: 'agent.cs' },
    });

    // The same request with the same key replays; another finding under that key is refused.
    const again = ok(
      await close(id, { rootCause: 'staff-error', remedy: `  ${remedy}\n` }, 'close-finding-1'),
    ).closeCase;
    expect(again.replayed).toBe(true);
    expect(again.events.map((e) => e.seq)).toEqual(first.events.map((e) => e.seq));
    expect(code(await close(id, { rootCause: 'other', remedy: '另一个' }, 'close-finding-1'))).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
    // Closed is closed: without a finding the engine's refusal stands, not FINDING_REQUIRED.
    expect(code(await close(id, null))).toBe('CASE_CLOSED');
    expect(await events(id)).toBe(before + 2);

    // The projection rebuilt from the log alone carries the same finding.
    const runtime = new CaseRuntime(h.db.models, dataKeysOf(h.db.models));
    const rebuilt = await runtime.projectFromLog(localId(id));
    const projected = await h.db.models.Case.findById(localId(id)).lean().exec();
    expect(rebuilt.finding).toEqual(projected!.finding);
    expect(rebuilt.finding).toMatchObject({ rootCause: 'staff-error', remedy });
  });

  it('asks for the finding only when the close would go through, and never tells a stranger', async () => {
    const running = await openCase(h, openInput({ assignToMe: true }), staff.agent);
    expect(code(await close(running, null))).toBe('CASE_NOT_FINISHED');
    const id = await resolvedComplaint();
    // Another department cannot see the case: it is not found, whatever the finding.
    expect(code(await close(id, null, undefined, staff.otherDept))).toBe('NOT_FOUND');
    expect(code(await close(id, { rootCause: 'other', remedy: '说明' }, undefined, staff.otherDept))).toBe(
      'NOT_FOUND',
    );
  });

  it('closes other flows as before; a finding there is refused; bulk closes them beside refused complaints', async () => {
    const negotiation = await resolvedNegotiation();
    const refused = await close(negotiation, { rootCause: 'other', remedy: '说明' });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.fieldPath).toEqual(['finding']);
    const closed = ok(await close(negotiation, null)).closeCase;
    expect(closed.events.map((e) => e.type)).toEqual(['caseClosed']);
    expect(closed.case).toMatchObject({ status: 'CLOSED', finding: null, findingRequired: false });

    const complaint = await resolvedComplaint();
    const other = await resolvedNegotiation();
    const bulk = ok(
      await h.gql<{
        bulkCloseCases: {
          caseId: string;
          ok: boolean;
          errorCode: string | null;
          case: { status: string } | null;
        }[];
      }>(BULK_CLOSE, { ids: [complaint, other], key: 'bulk-findings-1' }, { as: lead }),
    ).bulkCloseCases;
    expect(bulk.map((r) => [r.caseId, r.ok, r.errorCode, r.case?.status ?? null])).toEqual([
      [complaint, false, 'FINDING_REQUIRED', null],
      [other, true, null, 'CLOSED'],
    ]);
    // The refused complaint closes on its own with its finding afterwards.
    const single = ok(await close(complaint, { rootCause: 'process-rules', remedy: '修订流程' })).closeCase;
    expect(single.case.finding?.rootCauseLabel.en).toBe('Processes and rules');
  });
});
