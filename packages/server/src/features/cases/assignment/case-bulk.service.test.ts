import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../errors/app-error';
import type { CaseRecord } from '../case.model';
import { BULK_CONCURRENCY, bulkCaseKey, runBulk } from './case-bulk.service';
import type { CommandOutcome } from '../runtime/case-runtime.service';

const outcome = (): CommandOutcome => ({
  case: { _id: new Types.ObjectId() } as CaseRecord,
  events: [],
  replayed: false,
});

describe('runBulk', () => {
  it('runs every case at most BULK_CONCURRENCY at a time, in the given order, failures on their own', async () => {
    let running = 0;
    let peak = 0;
    const ids = Array.from({ length: 11 }, (_, i) => `c${i}`);
    const results = await runBulk('close', ids, 'key-1', async (id, key) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      expect(key).toBe(bulkCaseKey('close', 'key-1', id));
      if (id === 'c3') throw new AppError('CASE_CLOSED', { zh: '已结束', en: 'over' });
      if (id === 'c4') throw new Error('boom');
      return outcome();
    });
    expect(peak).toBe(BULK_CONCURRENCY);
    expect(results.map((r) => r.caseId)).toEqual(ids);
    expect(results.filter((r) => r.ok)).toHaveLength(9);
    expect(results[3]).toMatchObject({ ok: false, errorCode: 'CASE_CLOSED', errorMessage: { en: 'over' } });
    expect(results[4]).toMatchObject({ ok: false, errorCode: 'INTERNAL_SERVER_ERROR', case: null });
  });

  it('refuses an empty or oversized batch before running anything', async () => {
    let calls = 0;
    const one = () => {
      calls++;
      return Promise.resolve(outcome());
    };
    await expect(runBulk('close', [], null, one)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const many = Array.from({ length: 201 }, (_, i) => `c${i}`);
    await expect(runBulk('close', many, null, one)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(calls).toBe(0);
  });

  it('derives distinct per-case keys within the idempotency key limits', () => {
    const a = bulkCaseKey('reassign', 'k', 'Q2FzZTox');
    expect(a).toMatch(/^[\x21-\x7e]{1,200}$/);
    expect(a).not.toBe(bulkCaseKey('reassign', 'k', 'Q2FzZToy'));
    expect(a).not.toBe(bulkCaseKey('close', 'k', 'Q2FzZTox'));
  });
});
