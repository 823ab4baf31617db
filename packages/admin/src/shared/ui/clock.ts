/**
 * The admin's injectable clock: components ask for "now" through {@link useNow}, so tests provide a
 * fixed or stepped clock with `provide(CLOCK, …)` instead of reading the wall clock.
 */
import { inject, onBeforeUnmount, onMounted, shallowRef, type InjectionKey, type Ref } from 'vue';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `tick` every `ms`; returns the stop function. */
  every(ms: number, tick: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

export const CLOCK: InjectionKey<Clock> = Symbol('parley.clock');

/** "Now" as a ref, refreshed every `ms` while the component is mounted. */
export function useNow(ms = 1000): Ref<number> {
  const clock = inject(CLOCK, systemClock);
  const now = shallowRef(clock.now());
  let stop: (() => void) | undefined;
  onMounted(() => {
    now.value = clock.now();
    stop = clock.every(ms, () => (now.value = clock.now()));
  });
  onBeforeUnmount(() => stop?.());
  return now;
}
