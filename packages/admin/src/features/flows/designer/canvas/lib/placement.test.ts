import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH, overlaps } from './auto-layout';
import { GRID, centredAt, freeSpotNear, isArrow, nudgeDelta, pasteOffset, shifted, snap } from './placement';

describe('placement on the canvas', () => {
  it('snaps to the grid and centres a new step on a point', () => {
    expect(snap({ x: 29, y: -11 })).toEqual({ x: 20, y: -20 });
    const p = centredAt({ x: 500, y: 300 });
    expect(p.x % GRID).toBe(0);
    expect(p.y % GRID).toBe(0);
    expect(Math.abs(p.x + NODE_WIDTH / 2 - 500)).toBeLessThanOrEqual(GRID / 2);
    expect(Math.abs(p.y + NODE_HEIGHT / 2 - 300)).toBeLessThanOrEqual(GRID / 2);
  });

  it('finds a free spot near the centre instead of covering a step', () => {
    const centre = { x: 500, y: 300 };
    expect(freeSpotNear(centre, [])).toEqual(centredAt(centre));
    const taken = [centredAt(centre)];
    const next = freeSpotNear(centre, taken);
    expect(overlaps(next, taken[0]!)).toBe(false);
    const third = freeSpotNear(centre, [...taken, next]);
    expect(overlaps(third, taken[0]!) || overlaps(third, next)).toBe(false);
  });

  it('nudges by one grid step, five with Shift, in the arrow’s direction', () => {
    expect(isArrow('ArrowLeft')).toBe(true);
    expect(isArrow('a')).toBe(false);
    expect(nudgeDelta('ArrowUp')).toEqual({ x: 0, y: -GRID });
    expect(nudgeDelta('ArrowRight', true)).toEqual({ x: GRID * 5, y: 0 });
    expect(shifted({ a: { x: 0, y: 0 }, b: { x: 5, y: 5 } }, ['a', 'zz'], { x: 20, y: 0 })).toEqual({
      a: { x: 20, y: 0 },
    });
  });

  it('moves each further paste further away', () => {
    expect(pasteOffset(1)).toEqual({ x: 40, y: 40 });
    expect(pasteOffset(2)).toEqual({ x: 80, y: 80 });
  });
});
