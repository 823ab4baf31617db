/**
 * The projection write after an append (case-runtime.service.ts `writeProjection`): a writer whose
 * read is older than the stored projection must not roll it back, whatever the backend (on FerretDB it
 * is a read by _id and a write by _id, so the write does not scan the collection). Commands through
 * GraphQL still advance the projection with the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { startHarness, type Harness } from './harness';
import {
  COMPLAINT,
  OPEN,
  SUBMIT,
  ok,
  openInput,
  setUpCases,
  type CaseResult,
  type Staff,
} from './cases-helpers';
import { CaseRuntime } from '../src/features/cases/runtime/case-runtime.service';
import { dataKeysOf } from '../src/features/privacy/data-keys';
import type { CaseRecord } from '../src/features/cases/case.model';

describe('case projection write', () => {
  let h: Harness;
  let staff: Staff;
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
  });
  afterAll(() => h.close());

  const localId = (id: string) =>
    new Types.ObjectId(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);

  it('keeps the projection in step with the log, and refuses to roll it back', async () => {
    const opened = ok(
      await h.gql<{ openCase: CaseResult }>(
        OPEN,
        { input: openInput({ assignToMe: true }) },
        { as: staff.agent },
      ),
    ).openCase;
    const submitted = ok(
      await h.gql<{ submitStep: CaseResult }>(
        SUBMIT,
        { id: opened.case.id, step: 'receive', data: COMPLAINT },
        { as: staff.agent },
      ),
    ).submitStep;
    const caseId = localId(opened.case.id);
    const stored = (await h.db.models.Case.findById(caseId).lean<CaseRecord>().exec())!;
    const lastSeq = submitted.events[submitted.events.length - 1]!.seq;
    expect(stored.seq).toBe(lastSeq);
    expect(await h.db.models.CaseEvent.countDocuments({ caseId })).toBe(lastSeq);

    const runtime = new CaseRuntime(h.db.models, dataKeysOf(h.db.models));
    const { _id, ...fields } = stored;
    // A slow writer that read the case one command ago.
    await runtime.writeProjection(_id, stored.seq - 1, { ...fields, seq: stored.seq - 1, outcome: 'stale' });
    const after = (await h.db.models.Case.findById(caseId).lean<CaseRecord>().exec())!;
    expect(after.seq).toBe(stored.seq);
    expect(after.outcome).toBe(stored.outcome);
    // The writer that read the current projection writes.
    await runtime.writeProjection(_id, stored.seq, { ...fields, seq: stored.seq + 1, outcome: 'fresh' });
    const advanced = (await h.db.models.Case.findById(caseId).lean<CaseRecord>().exec())!;
    expect(advanced.seq).toBe(stored.seq + 1);
    expect(advanced.outcome).toBe('fresh');
    // A writer that chained its batch longer ago than its window (a repair may have run since) is
    // checked against the stored seq like one that gives no time: it does not roll the projection back.
    const { _id: id2, ...current } = advanced;
    await runtime.writeProjection(
      id2,
      advanced.seq - 1,
      { ...current, seq: advanced.seq - 1, outcome: 'late' },
      performance.now() - 10_000,
    );
    const kept = (await h.db.models.Case.findById(caseId).lean<CaseRecord>().exec())!;
    expect(kept.seq).toBe(advanced.seq);
    expect(kept.outcome).toBe('fresh');
  });
});
