/**
 * A completed step cancels its token's timers; with the case state's timer tokens known (the command
 * path), a step of a token without timers skips the `timers` lookup — but never a timer that exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { startHarness, type Harness } from './harness';
import { CASE_TIMER_KIND, performTimerEffects } from '../src/features/cases/timers/case-timer-effects';

describe('timer effects with known timer tokens', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const caseId = new Types.ObjectId();
  let seq = 0;
  const event = (type: string, data: Record<string, unknown>) => ({
    caseId,
    seq: ++seq,
    type,
    at: new Date(),
    data,
  });
  const statusOf = async (timerId: string) =>
    (
      await h.db.models.Timer.findOne({ kind: CASE_TIMER_KIND, 'payload.timerId': timerId })
        .lean<{ status: string }>()
        .exec()
    )?.status;

  it('cancels a timer of a token the state holds, and one scheduled in the same batch', async () => {
    await performTimerEffects(h.db.models, [
      event('timerScheduled', { timerId: 'held', tokenId: 'tok-a', stepKey: 'wait', after: 'PT1H' }),
    ]);
    expect(await statusOf('held')).toBe('pending');
    // A step of another token, with the state saying only tok-a holds timers: nothing to cancel.
    await performTimerEffects(
      h.db.models,
      [event('stepCompleted', { tokenId: 'tok-b', stepKey: 'other' })],
      'case',
      new Set(['tok-a']),
    );
    expect(await statusOf('held')).toBe('pending');
    await performTimerEffects(
      h.db.models,
      [event('stepCompleted', { tokenId: 'tok-a', stepKey: 'wait' })],
      'case',
      new Set(['tok-a']),
    );
    expect(await statusOf('held')).toBe('cancelled');

    await performTimerEffects(
      h.db.models,
      [
        event('timerScheduled', { timerId: 'same-batch', tokenId: 'tok-c', stepKey: 'wait', after: 'PT1H' }),
        event('stepCompleted', { tokenId: 'tok-c', stepKey: 'wait' }),
      ],
      'case',
      new Set(),
    );
    expect(await statusOf('same-batch')).toBe('cancelled');
  });

  it('without known tokens (the repair sweep) looks every completed step up', async () => {
    await performTimerEffects(h.db.models, [
      event('timerScheduled', { timerId: 'swept', tokenId: 'tok-d', stepKey: 'wait', after: 'PT1H' }),
    ]);
    await performTimerEffects(h.db.models, [event('stepCompleted', { tokenId: 'tok-d', stepKey: 'wait' })]);
    expect(await statusOf('swept')).toBe('cancelled');
  });
});
