import { describe, expect, it } from 'vitest';
import { createHistory, HISTORY_LIMIT, record, redo, redoLabel, undo, undoLabel } from './history';

describe('history', () => {
  it('undoes and redoes exactly, in order', () => {
    let h = createHistory({ n: 0 });
    const one = { n: 1 };
    const two = { n: 2 };
    h = record(h, one, 'one');
    h = record(h, two, 'two');
    expect(undoLabel(h)).toBe('two');
    h = undo(h);
    expect(h.present).toBe(one);
    expect(redoLabel(h)).toBe('two');
    h = undo(h);
    expect(h.present).toEqual({ n: 0 });
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe(two);
    expect(redo(h)).toBe(h);
  });

  it('drops the redo branch on a new change', () => {
    let h = record(record(createHistory(0), 1, 'a'), 2, 'b');
    h = record(undo(h), 3, 'c');
    expect(h.future).toHaveLength(0);
    expect(undo(h).present).toBe(1);
  });

  it('ignores a change that is the present itself', () => {
    const h = createHistory({ n: 0 });
    expect(record(h, h.present, 'same')).toBe(h);
  });

  it('joins consecutive changes with the same coalesce key into one undo step', () => {
    let h = record(createHistory(''), 'x', 'rename', 'name:a');
    h = record(h, 'xy', 'rename', 'name:a');
    h = record(h, 'xyz', 'rename', 'name:a');
    expect(h.past).toHaveLength(1);
    expect(undo(h).present).toBe('');
    h = record(h, 'xyz!', 'other', 'name:b');
    expect(h.past).toHaveLength(2);
    expect(undo(h).present).toBe('xyz');
  });

  it('does not join across an undo', () => {
    let h = record(record(createHistory(0), 1, 'a', 'k'), 2, 'b', 'j');
    h = undo(h);
    h = record(h, 5, 'a again', 'k');
    expect(h.past).toHaveLength(2);
    expect(undo(h).present).toBe(1);
  });

  it('keeps at most HISTORY_LIMIT undo steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = record(h, i, `set ${i}`);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]?.doc).toBe(10);
  });
});
