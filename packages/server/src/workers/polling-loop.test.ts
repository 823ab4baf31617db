import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPollingLoop } from './polling-loop';

describe('startPollingLoop', () => {
  // Fake timers: the loop's intervals and the rounds' own waits run on a clock the test moves.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never overlaps rounds, keeps going after a failure, and stop() waits for the round in flight', async () => {
    let running = 0;
    let overlapped = false;
    const params: number[] = [];
    const errors: unknown[] = [];
    let calls = 0;
    const loop = startPollingLoop({
      intervalMs: 5,
      regular: 1,
      first: 100,
      onError: (err) => errors.push(err),
      async round(param: number) {
        calls++;
        running++;
        if (running > 1) overlapped = true;
        params.push(param);
        await new Promise((r) => setTimeout(r, 10));
        running--;
        if (calls === 4) throw new Error('round failed'); // a scheduled round, after the two manual ones
        return param * 2;
      },
    });
    const both = Promise.all([loop.runOnce(), loop.runOnce(7)]);
    await vi.advanceTimersByTimeAsync(50);
    const manual = await both;
    // Move the clock (bounded) until the loop has gone on past the failed fourth round.
    for (let i = 0; i < 500 && calls < 6; i++) await vi.advanceTimersByTimeAsync(10);
    const stopping = loop.stop();
    await vi.advanceTimersByTimeAsync(10); // the round in flight finishes
    await stopping;
    const after = calls;
    await vi.advanceTimersByTimeAsync(1_000); // two hundred intervals
    expect(overlapped).toBe(false);
    expect(params.filter((p) => p === 100)).toHaveLength(1); // only the first scheduled round is wide
    expect(manual).toContain(14);
    expect(errors).toHaveLength(1);
    expect(calls).toBeGreaterThanOrEqual(6); // went on after the failed round
    expect(after).toBe(calls); // nothing runs after stop()
    expect(running).toBe(0);
  });
});
