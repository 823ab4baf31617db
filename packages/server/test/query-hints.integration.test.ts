/**
 * The hot queries name their index where the server honours `hint` (db/query-capabilities.ts,
 * docs/database.md "Indexes and the queries they serve"): the capability probe against the run's real
 * database, what a hint naming a missing index does there, and every hinted query shape answering
 * correctly on it.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_SUCH_INDEX } from '@parley/embedded-db';
import { HOT_INDEXES, queryCapabilitiesOf } from '../src/db/query-capabilities';
import type { CaseRecord, StoredEvent } from '../src/features/cases/case.model';
import { startHarness, type Harness } from './harness';
import { COMPLAINT, OPEN, SUBMIT, ok, openInput, setUpCases, type Staff } from './cases-helpers';

const INBOX = `query { myInbox(first: 50) { totalCount edges { node { id } } } }`;

describe('hot queries and hint', () => {
  let h: Harness;
  let staff: Staff;
  let ferret: boolean;
  let caseId: Types.ObjectId;
  let id: string;
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    ferret = 'ferretdbVersion' in (await h.db.conn.db!.command({ buildInfo: 1 }));
    id = ok(
      await h.gql<{ openCase: { case: { id: string } } }>(
        OPEN,
        { input: openInput({ assignToMe: true }) },
        { as: staff.agent },
      ),
    ).openCase.case.id;
    caseId = new Types.ObjectId(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);
    ok(await h.gql(SUBMIT, { id, step: 'receive', data: COMPLAINT }, { as: staff.agent }));
  }, 120_000);
  afterAll(async () => h?.close());

  it('probes the server: hints on MongoDB, off on FerretDB, which ignores them', async () => {
    const caps = await queryCapabilitiesOf(h.db.conn);
    expect(caps).toEqual({ isFerretDB: ferret, hint: !ferret });
    // The fact the probe rests on, on this very database: a hint naming no index.
    const named = h.db.models.Case.findById(caseId)
      .hint(NO_SUCH_INDEX as never)
      .lean()
      .exec();
    if (caps.hint) await expect(named).rejects.toMatchObject({ code: 2 });
    else expect(await named).toMatchObject({ _id: caseId });
  });

  it('answers every hinted query shape correctly', async () => {
    const models = h.db.models;
    const byId = await models.Case.findById(caseId).hint(HOT_INDEXES.caseById).lean<CaseRecord>().exec();
    expect(byId?._id).toEqual(caseId);
    const written = await models.Case.updateOne(
      { _id: caseId, seq: byId!.seq },
      { $set: { outcome: null } },
      { hint: HOT_INDEXES.caseById },
    ).exec();
    expect(written.matchedCount).toBe(1);
    const inbox = await models.Case.find({ inboxKey: byId!.inboxKey }, null, { hint: HOT_INDEXES.inbox })
      .sort({ dueAt: 1, _id: 1 })
      .lean<CaseRecord[]>()
      .exec();
    expect(inbox.map((c) => c._id)).toEqual([caseId]);
    const log = await models.CaseEvent.find({ caseId }, null, { hint: HOT_INDEXES.caseLog })
      .sort({ seq: 1 })
      .lean<StoredEvent[]>()
      .exec();
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: byId!.seq }, (_, i) => i + 1));
  });

  it('serves the inbox, its count and a command through the hinted paths', async () => {
    const page = ok(
      await h.gql<{ myInbox: { totalCount: number; edges: unknown[] } }>(INBOX, {}, { as: staff.agent }),
    );
    expect(page.myInbox.totalCount).toBe(1);
    expect(page.myInbox.edges).toHaveLength(1);
    const events = await h.db.models.CaseEvent.countDocuments({ caseId }).exec();
    const stored = (await h.db.models.Case.findById(caseId).lean<CaseRecord>().exec())!;
    expect(stored.seq).toBe(events);
  });
});
