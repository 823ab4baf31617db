/**
 * The path of the current test run, for the canvas to colour: the steps the run entered, the steps
 * waiting now and the transitions taken. The test-run drawer writes it (`setRunHighlight`) after every
 * run and clears it when the run is reset or the designer closes; the canvas only reads the sets.
 */
import { computed, shallowRef } from 'vue';
import type { RunPath } from './lib/test-run';

const path = shallowRef<RunPath | null>(null);

/** Whether a test run is showing (false: draw the canvas as usual). */
export const runHighlightOn = computed(() => path.value !== null);
/** Step keys the run entered (the start step and every transition's target). */
export const visitedSteps = computed<ReadonlySet<string>>(() => new Set(path.value?.visited ?? []));
/** Step keys waiting for a command now. */
export const activeSteps = computed<ReadonlySet<string>>(() => new Set(path.value?.active ?? []));
/** Transition keys the run took. */
export const takenTransitions = computed<ReadonlySet<string>>(() => new Set(path.value?.transitions ?? []));

export function setRunHighlight(next: RunPath | null): void {
  path.value = next;
}
