/**
 * A push source turned into the AsyncIterator graphql-ws consumes. `return()` (client unsubscribed or
 * connection closed) unregisters the listener, so a dropped subscription stops costing anything.
 */
export function eventStream<T>(register: (push: (value: T) => void) => () => void): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let waiting: ((r: IteratorResult<T>) => void) | null = null;
  let done = false;
  const unregister = register((value) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value, done: false });
    } else queue.push(value);
  });
  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      unregister();
      waiting?.({ value: undefined, done: true });
      waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
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
