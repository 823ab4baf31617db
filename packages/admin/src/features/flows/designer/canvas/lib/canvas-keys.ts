/**
 * The canvas's keys, as data: which key press means which canvas action (copy, cut, paste, delete,
 * select all — from the designer's one shortcut table — and the arrow-key nudge), and when a selection
 * from Vue Flow is the same as the store's. Pure.
 */
import { commandFor, type KeyLike } from '../../lib/shortcuts';
import { isArrow, nudgeDelta } from './placement';
import type { StepPosition } from '@parley/engine';

export type CanvasAction =
  { kind: 'copy' | 'cut' | 'paste' | 'delete' | 'selectAll' } | { kind: 'nudge'; delta: StepPosition };

export function canvasAction(e: KeyLike): CanvasAction | null {
  if (isArrow(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey)
    return { kind: 'nudge', delta: nudgeDelta(e.key, e.shiftKey) };
  const command = commandFor(e);
  if (
    command === 'copy' ||
    command === 'cut' ||
    command === 'paste' ||
    command === 'delete' ||
    command === 'selectAll'
  )
    return { kind: command };
  return null;
}

/** Whether two key lists hold the same keys (order does not matter). */
export function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((k) => set.has(k));
}
