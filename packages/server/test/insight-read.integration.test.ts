/**
 * The insight query path's reads on the real database: the read cache serves a dashboard's repeated
 * queries without reading the day documents again, yet every batch the follower applies shows at the
 * next query (only the day documents it replaced are read); the log read-ahead serves a follower's
 * consecutive pages from one read and reads the database for any other start and past the end.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Types } from 'mongoose';
import { testDatabaseUri, useTestDatabase } from '../../../test-support/test-database';
import { connectDatabase, type Database } from '../src/db/connect';
import type { BucketDelta } from '../src/features/insight/insight-fold';
import { applyBucketDeltas, hintApplied, workingGeneration } from '../src/features/insight/insight-store';
import { periodBuckets, sum } from '../src/features/insight/insight-query.service';
import { clearReadCache } from '../src/features/insight/insight-read-cache';
import { LogReadAhead } from '../src/workers/event-log-scan';
import { insightResolvers } from '../src/features/insight/insight.resolvers';
import type { GraphQLContext } from '../src/graphql/context';

useTestDatabase();
const NOW = new Date('2026-11-15T08:00:00Z');
const SYSTEM = { kind: 'system', name: 'test' } as const;
const delta = (day: string, channel: string, opened: number): BucketDelta => ({
  key: `case|${day}|${channel}`,
  kind: 'case',
  day,
  step: '',
  dims: { flowKey: 'f', flowVersion: 1, department: 'D', agent: '', channel, category: '' },
  c: { opened },
});

describe('insight reads', () => {
  let db: Database;
  let gen: number;

  beforeAll(async () => {
    const uri = testDatabaseUri();
    db = await connectDatabase(uri, new URL(uri).pathname.slice(1));
    gen = await workingGeneration(db.models, NOW);
  });

  afterAll(async () => {
    await db?.close();
  });

  const november = (channel?: string) =>
    periodBuckets(db.models, SYSTEM, 'case', { from: '2026-11-01', to: '2026-11-30', channel });

  it('serves repeated queries from the cache and shows each new batch at the next query', async () => {
    await applyBucketDeltas(db.models, gen, 1, [
      delta('2026-11-01', 'APP', 2),
      delta('2026-11-02', 'APP', 3),
    ]);
    await hintApplied(db.models, gen, 1);
    const dayReads = vi.spyOn(db.models.InsightBucket, 'findById');

    expect(sum((await november()).buckets, ['opened'])).toEqual({ opened: 5 });
    expect(dayReads).toHaveBeenCalledTimes(2);
    // Another filter on the same period: the same day documents, none read again.
    expect(sum((await november('APP')).buckets, ['opened'])).toEqual({ opened: 5 });
    expect(sum((await november('HOTLINE')).buckets, ['opened'])).toEqual({ opened: 0 });
    expect(dayReads).toHaveBeenCalledTimes(2);

    // Batch 2 replaces 2 November's document: the next query reads that one only and sees it.
    await applyBucketDeltas(db.models, gen, 2, [delta('2026-11-02', 'HOTLINE', 4)]);
    dayReads.mockClear(); // (applying read the superseded copy)
    expect(sum((await november()).buckets, ['opened'])).toEqual({ opened: 9 });
    expect(sum((await november('HOTLINE')).buckets, ['opened'])).toEqual({ opened: 4 });
    expect(dayReads).toHaveBeenCalledTimes(1);

    // Emptied (as the benchmark's cold reads do): both documents are read again, same figures.
    clearReadCache(db.models.InsightBucket);
    expect(sum((await november()).buckets, ['opened'])).toEqual({ opened: 9 });
    expect(dayReads).toHaveBeenCalledTimes(3);
    dayReads.mockRestore();
  });

  it('keeps the figures of a query per snapshot and per department scope', async () => {
    const volume = (viewer: unknown) =>
      insightResolvers.Query.insightVolume(null, { filter: { from: '2026-11-01', to: '2026-11-30' } }, {
        models: db.models,
        viewer,
      } as unknown as GraphQLContext) as unknown as Promise<{ opened: number }>;
    const onlyE = {
      kind: 'user',
      userId: 'u',
      username: 'u',
      permissions: new Set(['case.assign']),
      departments: ['E'],
      roles: [],
    };
    expect((await volume(SYSTEM)).opened).toBe(9);
    const dayReads = vi.spyOn(db.models.InsightBucket, 'findById');
    expect((await volume(SYSTEM)).opened).toBe(9);
    // The department-bound supervisor gets their own figures (department E has none), not the bank's.
    expect((await volume(onlyE)).opened).toBe(0);
    expect(dayReads).toHaveBeenCalledTimes(0);
    // A new batch: the next query computes the figures again.
    await applyBucketDeltas(db.models, gen, 3, [delta('2026-11-03', 'APP', 1)]);
    expect((await volume(SYSTEM)).opened).toBe(10);
    dayReads.mockRestore();
  });

  it('shares cached buckets frozen, so no query can change what another reads', async () => {
    const [bucket] = (await november('APP')).buckets;
    expect(Object.isFrozen(bucket)).toBe(true);
    expect(() => {
      (bucket!.c as Record<string, number>)['opened'] = 100;
    }).toThrow(TypeError);
    expect(sum((await november('APP')).buckets, ['opened'])).toEqual({ opened: 6 });
  });
});

describe('log read-ahead', () => {
  let db: Database;
  const caseId = new Types.ObjectId();
  const event = (seq: number) => ({
    _id: new Types.ObjectId(),
    caseId,
    seq,
    type: 'commentAdded',
    at: NOW,
    actor: null,
    data: {},
    prevHash: null,
    hash: `h${seq}`,
    recordedAt: new Date(NOW.getTime() + seq * 1000),
  });

  beforeAll(async () => {
    const uri = testDatabaseUri('insight_read_log');
    db = await connectDatabase(uri, new URL(uri).pathname.slice(1));
    await db.models.CaseEventFeed.collection.insertMany(Array.from({ length: 10 }, (_, i) => event(i + 1)));
  });

  afterAll(async () => {
    await db?.conn.dropDatabase();
    await db?.close();
  });

  it('serves consecutive pages from one read and reads the database for other starts and new events', async () => {
    const log = new LogReadAhead(db.models.CaseEventFeed, 6);
    const seqs = (page: { seq: number }[]) => page.map((e) => e.seq);
    const after = (page: { recordedAt: Date; _id: Types.ObjectId }[]) => {
      const last = page[page.length - 1]!;
      return { after: { recordedAt: last.recordedAt, _id: last._id } };
    };
    let page = await log.page({ from: new Date(0) }, 2);
    expect(seqs(page)).toEqual([1, 2]);
    page = await log.page(after(page), 2);
    expect(seqs(page)).toEqual([3, 4]);
    page = await log.page(after(page), 2);
    expect(seqs(page)).toEqual([5, 6]);
    expect(log.reads).toBe(1);
    // The buffer is used up before the end of the log: the next page is read.
    page = await log.page(after(page), 2);
    expect(seqs(page)).toEqual([7, 8]);
    expect(log.reads).toBe(2);
    // Another start (a lookback) reads the database, whatever the buffer holds.
    expect(seqs(await log.page({ from: new Date(NOW.getTime() + 3000) }, 2))).toEqual([3, 4]);
    expect(log.reads).toBe(3);
    // Read to the end of the log, then an event appended: the next page finds it.
    page = await log.page(after(page), 5);
    expect(seqs(page)).toEqual([9, 10]);
    await db.models.CaseEventFeed.collection.insertOne(event(11));
    expect(seqs(await log.page(after(page), 5))).toEqual([11]);
  });
});
