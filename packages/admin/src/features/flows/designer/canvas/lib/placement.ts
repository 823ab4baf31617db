/**
 * Where the canvas puts things: new steps (at a drop point, or near the middle of the view without
 * covering another step), nudged steps (arrow keys) and pasted steps. Pure.
 */
import type { StepPosition } from '@parley/engine';
import { NODE_HEIGHT, NODE_WIDTH, overlaps } from './auto-layout';

/** The canvas grid: snapping and one arrow-key nudge. */
export const GRID = 20;

export function snap(p: StepPosition): StepPosition {
  return { x: Math.round(p.x / GRID) * GRID, y: Math.round(p.y / GRID) * GRID };
}

/** The top-left corner for a step centred on `point` (canvas coordinates), on the grid. */
export function centredAt(point: StepPosition): StepPosition {
  return snap({ x: point.x - NODE_WIDTH / 2, y: point.y - NODE_HEIGHT / 2 });
}

/**
 * A free place for a new step near `point` (the view's centre): centred there if nothing is in the
 * way, else the nearest free spot going down, then right, in grid steps.
 */
export function freeSpotNear(point: StepPosition, taken: readonly StepPosition[]): StepPosition {
  const first = centredAt(point);
  const free = (p: StepPosition): boolean => !taken.some((q) => overlaps(p, q));
  for (let ring = 0; ring < 50; ring++) {
    for (const candidate of [
      { x: first.x, y: first.y + ring * (NODE_HEIGHT + GRID) },
      { x: first.x + ring * (NODE_WIDTH + GRID), y: first.y },
    ]) {
      if (free(candidate)) return candidate;
    }
  }
  return first;
}

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export function isArrow(key: string): key is Arrow {
  return key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';
}

/** One grid step in the arrow's direction (five with Shift). */
export function nudgeDelta(key: Arrow, big = false): StepPosition {
  const d = big ? GRID * 5 : GRID;
  if (key === 'ArrowUp') return { x: 0, y: -d };
  if (key === 'ArrowDown') return { x: 0, y: d };
  if (key === 'ArrowLeft') return { x: -d, y: 0 };
  return { x: d, y: 0 };
}

/** The new places of `keys` moved by `delta` from where they are drawn. */
export function shifted(
  positions: Readonly<Record<string, StepPosition>>,
  keys: readonly string[],
  delta: StepPosition,
): Record<string, StepPosition> {
  const out: Record<string, StepPosition> = {};
  for (const k of keys) {
    const p = positions[k];
    if (p) out[k] = { x: p.x + delta.x, y: p.y + delta.y };
  }
  return out;
}

/** How far the `n`-th paste of the same clipboard lands from the copied steps (n = 1, 2 …). */
export function pasteOffset(n: number): StepPosition {
  return { x: GRID * 2 * n, y: GRID * 2 * n };
}
