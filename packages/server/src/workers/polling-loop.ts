/**
 * The loop every background worker runs (timer runner, webhook dispatcher, effects sweep): one round
 * at a time — a manual `runOnce` queues behind the running round instead of overlapping it — a failed
 * round is reported and the loop goes on, and `stop` waits for the round in flight.
 */
export interface PollingLoop<R, P> {
  runOnce(param?: P): Promise<R>;
  stop(): Promise<void>;
}

export function startPollingLoop<R, P = undefined>(options: {
  round(param: P): Promise<R>;
  intervalMs: number;
  onError(err: unknown): void;
  /** The parameter of scheduled rounds and of `runOnce()` without one. */
  regular: P;
  /** The parameter of the first scheduled round (e.g. a wider window at start). */
  first?: P;
}): PollingLoop<R, P> {
  let stopped = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();

  function runOnce(param: P = options.regular): Promise<R> {
    const go = () => options.round(param);
    const run = inFlight.then(go, go);
    inFlight = run.catch(() => undefined);
    return run;
  }

  async function loop(param: P): Promise<void> {
    try {
      await runOnce(param);
    } catch (err) {
      options.onError(err);
    }
    if (!stopped) pending = setTimeout(() => void loop(options.regular), options.intervalMs);
  }
  pending = setTimeout(() => void loop(options.first ?? options.regular), 0);

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(pending);
      await inFlight;
    },
  };
}
