import { describe, expect, it } from 'vitest';
import { columnsOf, layoutThumbnail } from './graph-thumbnail';

const step = (key: string, kind = 'FORM') => ({ key, kind });

describe('columnsOf', () => {
  it('puts a chain in successive columns and a branch in one column', () => {
    const steps = [step('a'), step('b'), step('ok', 'END'), step('no', 'END')];
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'ok' },
      { from: 'b', to: 'no' },
    ];
    expect(Object.fromEntries(columnsOf(steps, edges))).toEqual({ a: 0, b: 1, ok: 2, no: 2 });
  });

  it('ends on loops (a step reached again keeps its first column) and starts from the first step of a cycle', () => {
    const loop = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
    ];
    expect(Object.fromEntries(columnsOf([step('a'), step('b')], loop))).toEqual({ a: 0, b: 1 });
    const back = [...loop, { from: 'x', to: 'a' }];
    expect(Object.fromEntries(columnsOf([step('a'), step('b'), step('x')], back))).toEqual({
      x: 0,
      a: 1,
      b: 2,
    });
  });

  it('places steps nothing reaches after the rest, and ignores edges naming unknown steps', () => {
    const steps = [step('a'), step('b'), step('lost')];
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'lost', to: 'lost' },
      { from: 'b', to: 'ghost' },
    ];
    // `lost` has no incoming edge from another step, so it is an entry itself.
    expect(Object.fromEntries(columnsOf(steps, edges))).toEqual({ a: 0, b: 1, lost: 0 });
  });
});

describe('layoutThumbnail', () => {
  it('gives coordinates per column and row, lines between them, and a size that holds them', () => {
    const layout = layoutThumbnail(
      [step('a'), step('ok', 'END'), step('no', 'END')],
      [
        { from: 'a', to: 'ok' },
        { from: 'a', to: 'no' },
      ],
    );
    expect(layout.nodes).toEqual([
      { key: 'a', x: 8, y: 8, end: false },
      { key: 'ok', x: 32, y: 8, end: true },
      { key: 'no', x: 32, y: 24, end: true },
    ]);
    expect(layout.edges).toEqual([
      { x1: 8, y1: 8, x2: 32, y2: 8 },
      { x1: 8, y1: 8, x2: 32, y2: 24 },
    ]);
    expect(layout).toMatchObject({ width: 40, height: 32 });
  });

  it('lays out an empty flow as an empty picture', () => {
    expect(layoutThumbnail([], [])).toEqual({ width: 16, height: 16, nodes: [], edges: [] });
  });
});
