import { describe, expect, it } from 'vitest';
import {
  NO_CANVAS_HIGHLIGHT,
  canvasHighlight,
  edgeHighlight,
  highlightAttr,
  highlightClasses,
  legendMarks,
  stepHighlight,
} from './highlight';

const diff = {
  steps: new Map([
    ['classify', 'changed'],
    ['track', 'removed'],
    ['intake', 'removed'],
    ['extra', 'added'],
  ] as const),
  transitions: new Map([
    ['t-new', 'added'],
    ['t-old', 'removed'],
    ['t-edit', 'changed'],
  ] as const),
};
const run = {
  visited: new Set(['apply', 'review', 'contact']),
  active: new Set(['contact']),
  taken: new Set(['t-apply-review', 't-review-contact']),
};

describe('canvasHighlight', () => {
  it('is nothing when neither the comparison nor a test run shows', () => {
    expect(canvasHighlight(null, null)).toBe(NO_CANVAS_HIGHLIGHT);
    expect(stepHighlight(NO_CANVAS_HIGHLIGHT, 'a')).toEqual({ mark: null, dimmed: false });
    expect(highlightClasses(stepHighlight(NO_CANVAS_HIGHLIGHT, 'a'))).toEqual([]);
    expect(highlightAttr(stepHighlight(NO_CANVAS_HIGHLIGHT, 'a'))).toBeUndefined();
  });

  it('marks added and changed steps and transitions and lists removed steps, sorted', () => {
    const h = canvasHighlight(diff, null);
    expect(h.mode).toBe('diff');
    expect(stepHighlight(h, 'classify')).toEqual({ mark: 'changed', dimmed: false });
    expect(stepHighlight(h, 'extra').mark).toBe('added');
    expect(stepHighlight(h, 'track').mark).toBeNull();
    expect(h.removedSteps).toEqual(['intake', 'track']);
    expect(edgeHighlight(h, 't-new').mark).toBe('added');
    expect(edgeHighlight(h, 't-edit').mark).toBe('changed');
    expect(edgeHighlight(h, 't-old').mark).toBeNull();
    // Unchanged items are not dimmed by a comparison.
    expect(stepHighlight(h, 'apply')).toEqual({ mark: null, dimmed: false });
  });

  it('marks the run path: active over visited, taken transitions, everything else dimmed', () => {
    const h = canvasHighlight(null, run);
    expect(h.mode).toBe('run');
    expect(stepHighlight(h, 'apply').mark).toBe('visited');
    expect(stepHighlight(h, 'contact').mark).toBe('active');
    expect(stepHighlight(h, 'notify')).toEqual({ mark: null, dimmed: true });
    expect(edgeHighlight(h, 't-review-contact')).toEqual({ mark: 'taken', dimmed: false });
    expect(edgeHighlight(h, 't-other')).toEqual({ mark: null, dimmed: true });
    expect(h.removedSteps).toEqual([]);
  });

  it('shows the comparison when both are on', () => {
    const h = canvasHighlight(diff, run);
    expect(h.mode).toBe('diff');
    expect(stepHighlight(h, 'apply')).toEqual({ mark: null, dimmed: false });
  });

  it('turns a mark into classes, the data attribute and the legend', () => {
    expect(highlightClasses({ mark: 'active', dimmed: false })).toEqual(['hl-active']);
    expect(highlightClasses({ mark: null, dimmed: true })).toEqual(['hl-dimmed']);
    expect(highlightClasses(undefined)).toEqual([]);
    expect(highlightAttr({ mark: 'changed', dimmed: false })).toBe('changed');
    expect(legendMarks('diff')).toEqual(['added', 'changed']);
    expect(legendMarks('run')).toEqual(['visited', 'active', 'taken']);
    expect(legendMarks(null)).toEqual([]);
  });
});
