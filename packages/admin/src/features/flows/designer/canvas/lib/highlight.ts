/**
 * What the canvas marks on top of the draft: either the versions drawer's comparison (steps and
 * transitions added or changed; removed steps are listed, since the draft no longer has them) or the
 * test run's path (steps visited, steps waiting now, transitions taken; everything else dimmed a
 * little). Pure: from the two highlight states to one mark per node and edge, and the classes and
 * `data-highlight` value the components put on them. The comparison wins while both are on (it only
 * shows while the versions drawer is open on its Compare tab).
 */
import type { DiffHighlight } from '../../versions/lib/diff-highlight';

export type StepMark = 'added' | 'changed' | 'visited' | 'active';
export type EdgeMark = 'added' | 'changed' | 'taken';
export type HighlightMode = 'diff' | 'run';

/** The test run's path as the simulation folder exposes it. */
export interface RunPathSets {
  readonly visited: ReadonlySet<string>;
  readonly active: ReadonlySet<string>;
  readonly taken: ReadonlySet<string>;
}

export interface CanvasHighlight {
  /** Which highlight shows; `null`: none, the canvas is drawn as usual. */
  readonly mode: HighlightMode | null;
  readonly steps: ReadonlyMap<string, StepMark>;
  readonly transitions: ReadonlyMap<string, EdgeMark>;
  /** Comparison only: keys of the removed steps, sorted. */
  readonly removedSteps: readonly string[];
}

/** One node's or edge's part of the highlight. */
export interface ItemHighlight {
  readonly mark: StepMark | EdgeMark | null;
  /** A test run shows and this item is not on its path. */
  readonly dimmed: boolean;
}

export const NO_CANVAS_HIGHLIGHT: CanvasHighlight = {
  mode: null,
  steps: new Map(),
  transitions: new Map(),
  removedSteps: [],
};

const PLAIN: ItemHighlight = { mark: null, dimmed: false };
const DIMMED: ItemHighlight = { mark: null, dimmed: true };

/**
 * The canvas's highlight from the comparison (`null` when the drawer shows none) and the test run
 * (`null` when no run shows).
 */
export function canvasHighlight(diff: DiffHighlight | null, run: RunPathSets | null): CanvasHighlight {
  if (diff) {
    const steps = new Map<string, StepMark>();
    const removed: string[] = [];
    for (const [key, mark] of diff.steps) {
      if (mark === 'removed') removed.push(key);
      else steps.set(key, mark);
    }
    const transitions = new Map<string, EdgeMark>();
    for (const [key, mark] of diff.transitions) if (mark !== 'removed') transitions.set(key, mark);
    return { mode: 'diff', steps, transitions, removedSteps: removed.sort() };
  }
  if (run) {
    const steps = new Map<string, StepMark>();
    for (const key of run.visited) steps.set(key, 'visited');
    for (const key of run.active) steps.set(key, 'active');
    const transitions = new Map<string, EdgeMark>();
    for (const key of run.taken) transitions.set(key, 'taken');
    return { mode: 'run', steps, transitions, removedSteps: [] };
  }
  return NO_CANVAS_HIGHLIGHT;
}

function itemOf(mark: StepMark | EdgeMark | undefined, h: CanvasHighlight): ItemHighlight {
  if (mark) return { mark, dimmed: false };
  return h.mode === 'run' ? DIMMED : PLAIN;
}

export function stepHighlight(h: CanvasHighlight, stepKey: string): ItemHighlight {
  return itemOf(h.steps.get(stepKey), h);
}

export function edgeHighlight(h: CanvasHighlight, transitionKey: string): ItemHighlight {
  return itemOf(h.transitions.get(transitionKey), h);
}

/** CSS classes for a node or edge label: `hl-<mark>` and `hl-dimmed`. */
export function highlightClasses(item: ItemHighlight | undefined): string[] {
  if (!item) return [];
  const out: string[] = [];
  if (item.mark) out.push(`hl-${item.mark}`);
  if (item.dimmed) out.push('hl-dimmed');
  return out;
}

/** The `data-highlight` attribute's value (absent when unmarked). */
export function highlightAttr(item: ItemHighlight | undefined): string | undefined {
  return item?.mark ?? undefined;
}

/** The colours the legend explains for a mode, in order. */
export function legendMarks(mode: HighlightMode | null): readonly (StepMark | EdgeMark)[] {
  if (mode === 'diff') return ['added', 'changed'];
  if (mode === 'run') return ['visited', 'active', 'taken'];
  return [];
}
