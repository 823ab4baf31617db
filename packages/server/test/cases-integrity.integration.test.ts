import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseAuditService } from '../src/features/cases/log/case-audit.service';
import { CaseRuntime } from '../src/features/cases/runtime/case-runtime.service';
import { dataKeysOf } from '../src/features/privacy/data-keys';
import { startHarness, type Harness } from './harness';
import {
  COMPLAINT,
  CUSTOMER,
  ID_NUMBER,
  OPEN,
  PHONE,
  SUBMIT,
  code,
  ok,
  openInput,
  setUpCases,
  type CaseResult,
  type Staff,
} from './cases-helpers';

const localId = (globalId: string) =>
  new Types.ObjectId(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

describe('cases: concurrency, encryption at rest, audit chain, projection', () => {
  let h: Harness;
  let staff: Staff;
  let caseId: string;
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    caseId = ok(await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput() }, { as: staff.agent }))
      .openCase.case.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lets exactly one of 50 concurrent commands win each step; the log has no gap or duplicate', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        h.gql(SUBMIT, { id: caseId, step: 'receive', data: COMPLAINT }, { as: staff.agent }),
      ),
    );
    const wins = results.filter((r) => !r.errors);
    expect(wins).toHaveLength(1);
    for (const r of results.filter((r) => r.errors))
      expect(['CONFLICT', 'STEP_NOT_ACTIVE']).toContain(code(r));
    const comments = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        h.gql(
          `mutation($id: ID!, $t: String!) { commentOnCase(caseId: $id, text: $t) { replayed } }`,
          { id: caseId, t: `c${i}` },
          { as: staff.agent },
        ),
      ),
    );
    const commentWins = comments.filter((r) => !r.errors).length;
    expect(commentWins).toBeGreaterThanOrEqual(1);
    for (const r of comments.filter((r) => r.errors)) expect(code(r)).toBe('CONFLICT');
    const seqs = (
      await h.db.models.CaseEvent.find({ caseId: localId(caseId) })
        .sort({ seq: 1 })
        .lean()
        .exec()
    ).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(
      await h.db.models.CaseEvent.countDocuments({ caseId: localId(caseId), type: 'commentAdded' }),
    ).toBe(commentWins);
    expect(
      await h.db.models.CaseEvent.countDocuments({ caseId: localId(caseId), type: 'stepCompleted' }),
    ).toBe(1);
  });

  it('keeps no plaintext ID number or phone anywhere in the database', async () => {
    const client = h.db.conn.getClient().db(h.db.conn.db!.databaseName);
    let dump = '';
    for (const { name } of await client.listCollections().toArray())
      dump += JSON.stringify(await client.collection(name).find({}).toArray());
    expect(dump.length).toBeGreaterThan(1000);
    for (const secret of [ID_NUMBER, PHONE, CUSTOMER.bankCard, CUSTOMER.name, '东长安街'])
      expect(dump).not.toContain(secret);
    expect(dump).toContain('138****5678');
  });

  it('rebuilds the projection from the events to the same case', async () => {
    const runtime = new CaseRuntime(h.db.models, dataKeysOf(h.db.models));
    const stored = await h.db.models.Case.findById(localId(caseId)).lean().exec();
    const rebuilt = await runtime.projectFromLog(localId(caseId));
    const comparable = (c: typeof rebuilt) => ({
      ...c,
      stateJson: h.db.models && dataKeysOf(h.db.models).openDeep(JSON.parse(c.stateJson) as unknown),
    });
    expect(comparable(rebuilt)).toEqual(comparable(stored!));
    await h.db.models.Case.updateOne(
      { _id: localId(caseId) },
      { $set: { status: 'CANCELLED', activeSteps: [] } },
    ).exec();
    await runtime.rebuild(localId(caseId));
    const repaired = await h.db.models.Case.findById(localId(caseId)).lean().exec();
    expect(comparable(repaired!)).toEqual(comparable(stored!));
  });

  it('verifies the audit chain and anchors, and finds a tampered event at its seq', async () => {
    const report = async (id?: string) =>
      ok(
        await h.gql<{
          verifyAudit: {
            ok: boolean;
            casesChecked: number;
            firstBroken: { caseId: string; seq: number; reason: string } | null;
          };
        }>(
          `query($id: ID) { verifyAudit(caseId: $id) { ok casesChecked eventsChecked firstBroken { caseId seq reason } } }`,
          { id },
        ),
      ).verifyAudit;
    expect((await report()).ok).toBe(true);
    const audit = new CaseAuditService(h.db.models);
    // The UTC day of the case's newest event (anchors collect by UTC day): "today" read from the clock
    // would be the next day when the test crosses 00:00 UTC (08:00 in Shanghai).
    const newest = await h.db.models.CaseEvent.findOne({ caseId: localId(caseId) })
      .sort({ seq: -1 })
      .lean()
      .exec();
    const today = newest!.recordedAt.toISOString().slice(0, 10);
    const anchor = await audit.anchorDay(today);
    expect(anchor.heads.length).toBeGreaterThanOrEqual(1);
    expect((await audit.anchorDay(today)).hash).toBe(anchor.hash);
    expect((await report(caseId)).ok).toBe(true);

    await h.db.conn
      .db!.collection('case_events')
      .updateOne({ caseId: localId(caseId), seq: 3 }, { $set: { 'data.tampered': true } });
    const broken = await report(caseId);
    expect(broken.ok).toBe(false);
    expect(broken.firstBroken).toEqual({ caseId, seq: 3, reason: 'HASH_MISMATCH' });
    expect((await report()).firstBroken?.seq).toBe(3);
    expect(code(await h.gql(`query { verifyAudit { ok } }`, {}, { as: staff.agent }))).toBe('FORBIDDEN');
  });
});
