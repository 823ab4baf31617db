/**
 * Durable timers against the real embedded database: idempotent scheduling, exactly-once firing by
 * several runners after a crash, retries with backoff, failure after the last attempt, cancellation and
 * the calendar recompute hook.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trusted } from 'mongoose';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../src/db/connect';
import { createLogger } from '../src/logger';
import { cancelTimer, rescheduleOpenTimers, scheduleTimer } from '../src/features/scheduler/timer.service';
import { startTimerRunner, type DueTimer, type TimerRunner } from '../src/features/scheduler/timer-runner';

const logger = createLogger('silent');
let db: Database;

beforeAll(async () => {
  db = await connectDatabase(inject('mongodbUri'), `parley_test_${randomBytes(6).toString('hex')}`);
});
afterAll(async () => {
  await db.conn.dropDatabase();
  await db.close();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function counter() {
  const calls = new Map<string, number>();
  const handler = async (t: DueTimer) => {
    calls.set(t.key, (calls.get(t.key) ?? 0) + 1);
  };
  return { calls, handler };
}

const past = () => new Date(Date.now() - 1000);

describe('durable timers', () => {
  it('scheduling the same key twice is one timer, fired once', async () => {
    const a = await scheduleTimer(db.models, {
      key: 'twice-1',
      dueAt: past(),
      kind: 'follow-up',
      payload: { n: 1 },
    });
    const b = await scheduleTimer(db.models, {
      key: 'twice-1',
      dueAt: new Date(),
      kind: 'follow-up',
      payload: { n: 2 },
    });
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.timer._id.equals(a.timer._id)).toBe(true);
    expect(await db.models.Timer.countDocuments({ key: 'twice-1' })).toBe(1);

    const { calls, handler } = counter();
    const runner = startTimerRunner({
      models: db.models,
      logger,
      handlers: { 'follow-up': handler },
      intervalMs: 30,
    });
    await waitFor(async () => (await db.models.Timer.findOne({ key: 'twice-1' }).lean())?.status === 'fired');
    await runner.runOnce();
    await runner.stop();
    expect(calls.get('twice-1')).toBe(1);
    expect(await db.models.TimerFiring.countDocuments({ timerKey: 'twice-1' })).toBe(1);
  });

  it('timers due across a crash fire exactly once when two runners start together', async () => {
    const keys = Array.from({ length: 24 }, (_, i) => `crash-${i}`);
    // Scheduled while no runner runs (the server was down).
    for (const key of keys) await scheduleTimer(db.models, { key, dueAt: past(), kind: 'crash-test' });

    // Runner A fires part of them, then its process "dies": one firing claimed and never finished.
    const first = counter();
    const runnerA = startTimerRunner({
      models: db.models,
      logger,
      handlers: { 'crash-test': first.handler },
      intervalMs: 60_000,
      batchSize: 5,
    });
    await runnerA.runOnce();
    await runnerA.stop();
    const firedByA = [...first.calls.keys()];
    expect(firedByA.length).toBeGreaterThanOrEqual(5);
    expect(firedByA.length).toBeLessThan(keys.length);
    const abandoned = keys.find((k) => !first.calls.has(k))!;
    await db.models.TimerLease.create({
      subject: abandoned,
      n: 1,
      owner: 'dead-process',
      state: 'running',
      startedAt: new Date(),
      expiresAt: new Date(Date.now() + 800),
      finishedAt: null,
      retryAt: null,
      error: null,
      detail: null,
    });

    // The restart: two processes at once.
    const second = counter();
    const runners: TimerRunner[] = [1, 2].map(() =>
      startTimerRunner({
        models: db.models,
        logger,
        handlers: { 'crash-test': second.handler },
        intervalMs: 25,
      }),
    );
    await waitFor(
      async () =>
        (await db.models.Timer.countDocuments({ key: trusted({ $in: keys }), status: 'pending' })) === 0,
    );
    await Promise.all(runners.map((r) => r.stop()));

    for (const key of keys) {
      expect((first.calls.get(key) ?? 0) + (second.calls.get(key) ?? 0), key).toBe(1);
    }
    expect(second.calls.get(abandoned)).toBe(1);
    for (const key of firedByA) expect(second.calls.has(key)).toBe(false);
    expect(
      await db.models.TimerFiring.countDocuments({ timerKey: trusted({ $in: keys }), outcome: 'fired' }),
    ).toBe(keys.length);
    // The abandoned firing was retried as attempt 2 after its lease expired.
    expect((await db.models.TimerLease.find({ subject: abandoned }).lean()).map((l) => l.n).sort()).toEqual([
      1, 2,
    ]);
  });

  it('retries a failing handler with backoff, and records failure after the last attempt', async () => {
    await scheduleTimer(db.models, { key: 'flaky', dueAt: past(), kind: 'flaky' });
    await scheduleTimer(db.models, { key: 'broken', dueAt: past(), kind: 'broken' });
    await scheduleTimer(db.models, { key: 'orphan', dueAt: past(), kind: 'nobody-handles-this' });
    let flakyCalls = 0;
    let brokenCalls = 0;
    const runner = startTimerRunner({
      models: db.models,
      logger,
      intervalMs: 20,
      retryBaseMs: 20,
      maxAttempts: 3,
      handlers: {
        flaky: async () => {
          flakyCalls += 1;
          if (flakyCalls < 3) throw new Error('receiver down');
        },
        broken: async () => {
          brokenCalls += 1;
          throw new Error('always broken');
        },
      },
    });
    await waitFor(
      async () =>
        (await db.models.Timer.countDocuments({
          key: trusted({ $in: ['flaky', 'broken', 'orphan'] }),
          status: 'pending',
        })) === 0,
    );
    await runner.stop();
    expect(flakyCalls).toBe(3);
    expect(brokenCalls).toBe(3);
    const byKey = Object.fromEntries(
      (await db.models.Timer.find({ key: trusted({ $in: ['flaky', 'broken', 'orphan'] }) }).lean()).map(
        (t) => [t.key, t],
      ),
    );
    expect(byKey['flaky']?.status).toBe('fired');
    expect(byKey['broken']?.status).toBe('failed');
    expect(byKey['broken']?.lastError).toBe('always broken');
    expect(byKey['orphan']?.status).toBe('failed');
    const leases = await db.models.TimerLease.find({ subject: 'flaky' }).sort({ n: 1 }).lean();
    expect(leases.map((l) => l.state)).toEqual(['failed', 'failed', 'succeeded']);
    // Backoff: the second retry waited at least twice the first.
    const gap1 = leases[1]!.startedAt.getTime() - leases[0]!.finishedAt!.getTime();
    const gap2 = leases[2]!.startedAt.getTime() - leases[1]!.finishedAt!.getTime();
    expect(gap1).toBeGreaterThanOrEqual(20);
    expect(gap2).toBeGreaterThanOrEqual(40);
  });

  it('a cancelled timer never fires; cancelling twice is a no-op', async () => {
    await scheduleTimer(db.models, { key: 'cancel-me', dueAt: past(), kind: 'follow-up' });
    expect(await cancelTimer(db.models, 'cancel-me')).toBe(true);
    expect(await cancelTimer(db.models, 'cancel-me')).toBe(false);
    expect(await cancelTimer(db.models, 'never-scheduled')).toBe(false);
    const { calls, handler } = counter();
    const runner = startTimerRunner({
      models: db.models,
      logger,
      handlers: { 'follow-up': handler },
      intervalMs: 60_000,
    });
    await runner.runOnce();
    await runner.stop();
    expect(calls.has('cancel-me')).toBe(false);
    expect((await db.models.Timer.findOne({ key: 'cancel-me' }).lean())?.status).toBe('cancelled');
  });

  it('a calendar change reschedules open sla-* timers through the recompute hook', async () => {
    const later = new Date(Date.now() + 3_600_000);
    await scheduleTimer(db.models, {
      key: 'sla-a',
      dueAt: later,
      kind: 'sla-due',
      payload: { caseId: 'c1' },
    });
    await scheduleTimer(db.models, {
      key: 'sla-b',
      dueAt: later,
      kind: 'sla-warning',
      payload: { caseId: 'c2' },
    });
    await scheduleTimer(db.models, { key: 'visit', dueAt: later, kind: 'return-visit' });
    const moved = new Date(later.getTime() + 86_400_000);
    const changes = await rescheduleOpenTimers(db.models, (t) =>
      t.payload['caseId'] === 'c2' ? null : moved,
    );
    expect(changes.map((c) => [c.key, c.to?.toISOString() ?? null]).sort()).toEqual([
      ['sla-a', moved.toISOString()],
      ['sla-b', null],
    ]);
    const byKey = Object.fromEntries(
      (await db.models.Timer.find({ key: trusted({ $in: ['sla-a', 'sla-b', 'visit'] }) }).lean()).map((t) => [
        t.key,
        t,
      ]),
    );
    expect(byKey['sla-a']?.dueAt.toISOString()).toBe(moved.toISOString());
    expect(byKey['sla-b']?.status).toBe('cancelled');
    expect(byKey['visit']?.dueAt.toISOString()).toBe(later.toISOString());
  });
});
