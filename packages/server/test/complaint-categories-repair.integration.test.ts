import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Types, type mongo } from 'mongoose';
import { startHarness, type Harness } from './harness';
import { repairCategoryTree } from '../src/features/complaint-categories/complaint-category.repair';
import {
  WRITE_TICKETS_COLLECTION,
  type WriteTicket,
} from '../src/features/complaint-categories/category-write-lock';
import { auditOf, cat, create, refused, stored, CREATE } from './complaint-categories-helpers';

describe('complaint categories: repair from the parent references, and the write lock', () => {
  let h: Harness;
  beforeAll(async () => {
    // Command events tell when a queued writer has polled the lock (a ready signal, not a sleep).
    h = await startHarness({}, { monitorCommands: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  const raw = () => h.db.models.ComplaintCategory.collection;

  /** Resolves once the lock's tickets have been read `count` more times (by a writer taking the lock). */
  function ticketPolls(count: number): Promise<void> {
    const client = h.db.models.ComplaintCategory.db.getClient();
    let seen = 0;
    return new Promise((resolve) => {
      const listener = (e: mongo.CommandStartedEvent) => {
        if (e.commandName !== 'find' || e.command['find'] !== WRITE_TICKETS_COLLECTION) return;
        if (++seen < count) return;
        client.off('commandStarted', listener);
        resolve();
      };
      client.on('commandStarted', listener);
    });
  }
  const idOf = async (code: string) => (await stored(h, code))!._id;

  it('recomputes a deliberately corrupted path and depth, and a second run finds nothing', async () => {
    const p = await cat(h, 'RP-P');
    const c = await cat(h, 'RP-C', p);
    await cat(h, 'RP-G', c);
    await raw().updateOne({ code: 'RP-C' }, { $set: { path: ['WRONG', 'RP-C'], depth: 7 } });
    await raw().updateOne({ code: 'RP-G' }, { $set: { path: ['RP-G'], depth: 0 } });

    const report = await repairCategoryTree(h.db.models);
    expect(report.derivedFixed).toBe(2);
    expect(await stored(h, 'RP-C')).toMatchObject({ path: ['RP-P', 'RP-C'], depth: 1 });
    expect(await stored(h, 'RP-G')).toMatchObject({ path: ['RP-P', 'RP-C', 'RP-G'], depth: 2 });

    const again = await repairCategoryTree(h.db.models);
    expect(again).toMatchObject({ derivedFixed: 0, orphansReRooted: [], cyclesCut: [], deactivated: [] });
  });

  it('finishes a move interrupted after its parent reference was written', async () => {
    const a = await cat(h, 'IM-A');
    const b = await cat(h, 'IM-B');
    const a1 = await cat(h, 'IM-A1', a);
    await cat(h, 'IM-A1X', a1);
    // What a crash right after the first write of a move leaves behind.
    await raw().updateOne({ code: 'IM-A1' }, { $set: { parentId: await idOf('IM-B') } });

    await repairCategoryTree(h.db.models);
    expect(await stored(h, 'IM-A1')).toMatchObject({ path: ['IM-B', 'IM-A1'], depth: 1 });
    expect(await stored(h, 'IM-A1X')).toMatchObject({ path: ['IM-B', 'IM-A1', 'IM-A1X'], depth: 2 });
    expect(b.code).toBe('IM-B');
  });

  it('re-roots orphans and cuts parent-reference cycles, and records both', async () => {
    await cat(h, 'OR-X');
    await raw().updateOne(
      { code: 'OR-X' },
      { $set: { parentId: new Types.ObjectId(), path: ['GONE', 'OR-X'] } },
    );
    const y = await cat(h, 'CYC-Y');
    await cat(h, 'CYC-Z1', await cat(h, 'CYC-Z'));
    await raw().updateOne({ code: 'CYC-Y' }, { $set: { parentId: await idOf('CYC-Z') } });
    await raw().updateOne({ code: 'CYC-Z' }, { $set: { parentId: await idOf('CYC-Y') } });

    const report = await repairCategoryTree(h.db.models);
    expect(report.orphansReRooted).toEqual(['OR-X']);
    expect(report.cyclesCut).toEqual(['CYC-Y']);
    expect(await stored(h, 'OR-X')).toMatchObject({ parentId: null, path: ['OR-X'], depth: 0 });
    expect(await stored(h, 'CYC-Y')).toMatchObject({ parentId: null, path: ['CYC-Y'], depth: 0 });
    expect(await stored(h, 'CYC-Z')).toMatchObject({ path: ['CYC-Y', 'CYC-Z'], depth: 1 });
    expect(await stored(h, 'CYC-Z1')).toMatchObject({ path: ['CYC-Y', 'CYC-Z', 'CYC-Z1'], depth: 2 });
    expect((await auditOf(h, 'OR-X')).at(-1)).toMatchObject({
      action: 'category.move',
      actor: 'system:category-repair',
      details: { reason: 'parent missing', after: { parentId: null } },
    });
    expect(y.code).toBe('CYC-Y');
    expect(await repairCategoryTree(h.db.models)).toMatchObject({ orphansReRooted: [], cyclesCut: [] });
  });

  it('completes a deactivation that stopped before the subtree followed', async () => {
    const p = await cat(h, 'ID-P');
    const c = await cat(h, 'ID-C', p);
    await cat(h, 'ID-G', c);
    await raw().updateOne({ code: 'ID-P' }, { $set: { active: false } });

    const report = await repairCategoryTree(h.db.models);
    expect(report.deactivated).toEqual(['ID-C', 'ID-G']);
    for (const code of ['ID-P', 'ID-C', 'ID-G']) expect((await stored(h, code))!.active).toBe(false);
    expect((await auditOf(h, 'ID-C')).at(-1)).toMatchObject({
      action: 'category.deactivate',
      details: { reason: 'ancestor inactive', affected: ['ID-C', 'ID-G'] },
    });
  });

  it('takes over the lease of a writer that died, and queues behind a live one', async () => {
    const tickets = h.db.models.ComplaintCategory.db.collection<WriteTicket>(WRITE_TICKETS_COLLECTION);
    const next = async () => ((await tickets.find().sort({ _id: -1 }).limit(1).next())?._id ?? 0) + 1;
    const ticket = (seq: number, expiresInMs: number): WriteTicket => ({
      _id: seq,
      operation: 'test',
      takenAt: new Date(),
      expiresAt: new Date(Date.now() + expiresInMs),
      releasedAt: null,
    });

    // A dead holder: its lease has run out, so the next writer goes ahead.
    await tickets.insertOne(ticket(await next(), -1000));
    await create(h, { code: 'LK-DEAD' });

    // A live holder: the writer waits until the lease is released, then proceeds.
    const held = await next();
    await tickets.insertOne(ticket(held, 60_000));
    const pending = h.gql(CREATE, { input: { code: 'LK-LIVE', name: { zh: '锁', en: 'Lock' } } });
    // The writer has read the live lease and polled again: it is queued behind it.
    await ticketPolls(2);
    expect(await stored(h, 'LK-LIVE')).toBeNull();
    await tickets.updateOne({ _id: held }, { $set: { releasedAt: new Date() } });
    expect((await pending).errors).toBeUndefined();
    expect(await stored(h, 'LK-LIVE')).not.toBeNull();

    // A holder that stays past the wait: CONFLICT, nothing written.
    await tickets.insertOne(ticket(await next(), 60_000));
    const busy = await refused(h, CREATE, { input: { code: 'LK-BUSY', name: { zh: '忙', en: 'Busy' } } });
    expect(busy.extensions!.code).toBe('CONFLICT');
    expect(await stored(h, 'LK-BUSY')).toBeNull();
  });
});
