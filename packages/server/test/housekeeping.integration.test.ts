/**
 * Housekeeping against the real embedded database: sign-in slots (failures) and intake attempts older than a day
 * are deleted; the recent ones, which lockout and rate limits count, stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneRateLimitRecords, RECORD_RETENTION_MS } from '../src/workers/housekeeping';
import { intakeAttempts } from '../src/features/intake/intake.model';
import { startHarness, type Harness } from './harness';

describe('housekeeping', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('prunes rate-limit records past every window and keeps the recent ones', async () => {
    // Any instant: pruneRateLimitRecords takes its 'now' as an argument.
    const now = new Date('2026-03-02T09:30:00+08:00');
    const old = new Date(now.getTime() - RECORD_RETENTION_MS - 60_000);
    const recent = new Date(now.getTime() - 10 * 60_000);
    const failures = h.db.models.SignInSlot;
    await failures.insertMany([
      { key: 'user:a', n: 1, at: old },
      { key: 'ip:10.0.0.1', n: 1, at: old },
      { key: 'user:a', n: 2, at: recent },
    ]);
    const attempts = await intakeAttempts(failures.db);
    await attempts.insertMany([
      { ip: '10.0.0.2', linkId: 'l1', at: old },
      { ip: '10.0.0.2', linkId: 'l1', at: recent },
    ]);

    expect(await pruneRateLimitRecords(h.db.models, now)).toBe(3);
    expect(await failures.countDocuments({}).exec()).toBe(1);
    expect(await attempts.countDocuments({}).exec()).toBe(1);
    // A second round (another process) finds nothing more to delete.
    expect(await pruneRateLimitRecords(h.db.models, now)).toBe(0);
  });
});
