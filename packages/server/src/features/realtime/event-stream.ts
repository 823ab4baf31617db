/**
 * A push source turned into the AsyncIterator graphql-ws consumes. `return()` (client unsubscribed or
 * connection closed) unregisters the listener, so a dropped subscription stops costing anything. The
 * source may `end()` the stream itself (the viewer lost the right to it): what was pushed before is
 * still delivered, then the client gets `complete`.
 */
export function eventStream<T>(
  register: (push: (value: T) => void, end: () => void) => () => void,
): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let waiting: ((r: IteratorResult<T>) => void) | null = null;
  let done = false;
  let unregister: (() => void) | null = null;
  let endedEarly = false;
  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      if (unregister) unregister();
      else endedEarly = true;
      waiting?.({ value: undefined, done: true });
      waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  unregister = register(
    (value) => {
      if (done) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value, done: false });
      } else queue.push(value);
    },
    () => void finish(),
  );
  // Ended while registering: unregister now that we can.
  if (endedEarly) unregister();
  return {
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw(err?: unknown) {
      void finish();
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
