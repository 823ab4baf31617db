import { describe, expect, it } from 'vitest';
import { canvasAction, sameKeys } from './canvas-keys';
import { GRID } from './placement';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('canvas keys', () => {
  it('maps clipboard, delete and select-all keys', () => {
    expect(canvasAction(key('c', { ctrlKey: true }))).toEqual({ kind: 'copy' });
    expect(canvasAction(key('x', { metaKey: true }))).toEqual({ kind: 'cut' });
    expect(canvasAction(key('V', { ctrlKey: true }))).toEqual({ kind: 'paste' });
    expect(canvasAction(key('a', { ctrlKey: true }))).toEqual({ kind: 'selectAll' });
    expect(canvasAction(key('Delete'))).toEqual({ kind: 'delete' });
    expect(canvasAction(key('Backspace'))).toEqual({ kind: 'delete' });
  });

  it('leaves undo, redo, save and plain letters to others', () => {
    expect(canvasAction(key('z', { ctrlKey: true }))).toBeNull();
    expect(canvasAction(key('s', { ctrlKey: true }))).toBeNull();
    expect(canvasAction(key('a'))).toBeNull();
  });

  it('nudges with the arrows, further with Shift, not with Ctrl', () => {
    expect(canvasAction(key('ArrowDown'))).toEqual({ kind: 'nudge', delta: { x: 0, y: GRID } });
    expect(canvasAction(key('ArrowLeft', { shiftKey: true }))).toEqual({
      kind: 'nudge',
      delta: { x: -GRID * 5, y: 0 },
    });
    expect(canvasAction(key('ArrowLeft', { ctrlKey: true }))).toBeNull();
  });

  it('compares selections regardless of order', () => {
    expect(sameKeys(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameKeys(['a'], ['a', 'b'])).toBe(false);
    expect(sameKeys(['a', 'c'], ['a', 'b'])).toBe(false);
  });
});
