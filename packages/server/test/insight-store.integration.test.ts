/**
 * The insight store's day documents on the real database: batches applied in order (also twice, and
 * by two appliers at once) give the summed buckets; superseded copies and heads are pruned; readers
 * find the newest heads from a stale or pruned hint and read only the day documents of their period.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUri, useTestDatabase } from '../../../test-support/test-database';
import { connectDatabase, type Database } from '../src/db/connect';
import type { BucketDelta } from '../src/features/insight/insight-fold';
import {
  applyBucketDeltas,
  bucketSnapshot,
  hintApplied,
  workingGeneration,
} from '../src/features/insight/insight-store';
import { readDays } from '../src/features/insight/insight-read';

useTestDatabase();
const NOW = new Date('2026-11-15T08:00:00Z');
const dims = (department: string) => ({
  flowKey: 'f',
  flowVersion: 1,
  department,
  agent: '',
  channel: 'APP',
  category: '',
});
const delta = (day: string, department: string, opened: number): BucketDelta => ({
  key: `case|${day}|${department}`,
  kind: 'case',
  day,
  step: '',
  dims: dims(department),
  c: { opened },
});

describe('insight day documents', () => {
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

  const opened = async (from: string, to: string) => {
    const days = await readDays(db.models, 'case', (d) => d >= from && d <= to);
    return {
      days: days!.map((d) => d.day).sort(),
      opened: days!.flatMap((d) => d.buckets).reduce((s, b) => s + (b.c['opened'] ?? 0), 0),
    };
  };

  it('adds batches, applies a batch twice and by two appliers at once without double counting', async () => {
    await applyBucketDeltas(db.models, gen, 1, [delta('2026-11-01', 'A', 2), delta('2026-11-02', 'A', 1)]);
    // Batch 1 applied again (a process died before marking it): nothing changes.
    await applyBucketDeltas(db.models, gen, 1, [delta('2026-11-01', 'A', 2), delta('2026-11-02', 'A', 1)]);
    const second = [delta('2026-11-02', 'A', 4), delta('2026-11-02', 'B', 1), delta('2026-11-03', 'B', 7)];
    await Promise.all([
      applyBucketDeltas(db.models, gen, 2, second),
      applyBucketDeltas(db.models, gen, 2, second),
    ]);
    await applyBucketDeltas(db.models, gen, 3, []);
    expect(await bucketSnapshot(db.models, gen)).toEqual({
      'case|2026-11-01|A': { opened: 2 },
      'case|2026-11-02|A': { opened: 5 },
      'case|2026-11-02|B': { opened: 1 },
      'case|2026-11-03|B': { opened: 7 },
    });
    // Superseded copies and heads are gone: one day document per day, one heads document.
    const stored = await db.models.InsightBucket.find({ gen }).select({ _id: 1 }).lean().exec();
    expect(stored.map((d) => d._id).sort()).toEqual([
      `${gen}:case:2026-11-01:1`,
      `${gen}:case:2026-11-02:2`,
      `${gen}:case:2026-11-03:2`,
    ]);
    const heads = await db.models.InsightHeads.find({ gen }).select({ n: 1 }).lean().exec();
    expect(heads.map((h) => h.n)).toEqual([3]);
  });

  it('reads only the day documents of the period, from the newest heads whatever the hint says', async () => {
    // No hint yet (and the hint's heads document 1 is pruned): the reader falls back and finds heads 3.
    expect(await opened('2026-11-02', '2026-11-03')).toEqual({
      days: ['2026-11-02', '2026-11-03'],
      opened: 13,
    });
    await hintApplied(db.models, gen, 3);
    expect(await opened('2026-11-01', '2026-11-01')).toEqual({ days: ['2026-11-01'], opened: 2 });
    // A stale hint: batch 4 lands after it; the reader probes upwards and sees batch 4.
    await applyBucketDeltas(db.models, gen, 4, [delta('2026-11-01', 'B', 3)]);
    expect(await opened('2026-11-01', '2026-11-30')).toEqual({
      days: ['2026-11-01', '2026-11-02', '2026-11-03'],
      opened: 18,
    });
    expect(await opened('2026-12-01', '2026-12-31')).toEqual({ days: [], opened: 0 });
  });

  it('refuses to apply a batch whose predecessor was never applied', async () => {
    await expect(applyBucketDeltas(db.models, gen, 9, [delta('2026-11-05', 'A', 1)])).rejects.toThrow(
      /heads of batch .*:8 are missing/,
    );
  });
});
