/**
 * The comparison the versions drawer shows, for the canvas to colour: `highlight.value.steps` maps a
 * step key to `added` / `removed` / `changed`, `highlight.value.transitions` a transition key likewise
 * (see lib/diff-highlight.ts for what counts). Empty unless the drawer is open on its Compare tab with
 * "mark on the canvas" on; cleared when the drawer closes, the tab changes or the designer is left. `compared` says which two sides it is about (`v1`, `draft`).
 */
import { readonly, shallowRef } from 'vue';
import { NO_HIGHLIGHT, type DiffHighlight } from './lib/diff-highlight';

export type { DiffHighlight, DiffMark } from './lib/diff-highlight';

const state = shallowRef<DiffHighlight>(NO_HIGHLIGHT);
const sides = shallowRef<{ from: string; to: string } | null>(null);

/** Read by the canvas; written by the versions drawer only. */
export const highlight = readonly(state);
export const compared = readonly(sides);

export function showHighlight(next: DiffHighlight, between: { from: string; to: string }): void {
  state.value = next;
  sides.value = between;
}

export function clearHighlight(): void {
  state.value = NO_HIGHLIGHT;
  sides.value = null;
}

export function useDiffHighlight() {
  return { highlight, compared, show: showHighlight, clear: clearHighlight };
}
