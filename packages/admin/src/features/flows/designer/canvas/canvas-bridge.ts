/**
 * How the palette reaches the canvas (they are siblings on the designer page): the mounted canvas
 * registers how to add a step in the middle of what the user sees; drag-and-drop carries the kind
 * under `STEP_KIND_MIME`.
 */
import { shallowRef } from 'vue';
import type { StepClipboard } from '../lib/document-edits';

export const STEP_KIND_MIME = 'application/x-parley-step-kind';

/** Set while a canvas is mounted. */
export const addStepAtCentre = shallowRef<((kind: string) => void) | null>(null);

/**
 * The canvas's clipboard (copy/cut/paste of steps): in memory, for as long as the page is open, so
 * steps copied in one flow can be pasted into another opened in the same tab.
 */
export const stepClipboard = shallowRef<{ clip: StepClipboard; pastes: number } | null>(null);
