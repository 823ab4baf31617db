/**
 * Undo and redo over immutable documents. Every change to the designer's document is recorded here as
 * the document before it (a snapshot: edits never mutate, so snapshots share structure and undo is
 * exact). Changes that carry the same `coalesce` key one after another (typing in one field) become
 * one undo step.
 */
export interface HistoryEntry<T> {
  readonly doc: T;
  readonly label: string;
  readonly coalesce?: string;
}

export interface History<T> {
  readonly past: readonly HistoryEntry<T>[];
  readonly present: T;
  readonly future: readonly HistoryEntry<T>[];
  /** Coalesce key of the newest change, so the next change with the same key joins it. */
  readonly lastCoalesce?: string;
}

/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export function createHistory<T>(doc: T): History<T> {
  return { past: [], present: doc, future: [] };
}

/** Records `next` as the new present. Recording the present itself changes nothing. */
export function record<T>(history: History<T>, next: T, label: string, coalesce?: string): History<T> {
  if (next === history.present) return history;
  const joins = coalesce !== undefined && coalesce === history.lastCoalesce && history.past.length > 0;
  const past = joins
    ? history.past
    : [...history.past, { doc: history.present, label, ...(coalesce ? { coalesce } : {}) }].slice(
        -HISTORY_LIMIT,
      );
  return { past, present: next, future: [], ...(coalesce ? { lastCoalesce: coalesce } : {}) };
}

export function undo<T>(history: History<T>): History<T> {
  const last = history.past[history.past.length - 1];
  if (!last) return history;
  return {
    past: history.past.slice(0, -1),
    present: last.doc,
    future: [{ doc: history.present, label: last.label }, ...history.future],
  };
}

export function redo<T>(history: History<T>): History<T> {
  const next = history.future[0];
  if (!next) return history;
  return {
    past: [...history.past, { doc: history.present, label: next.label }],
    present: next.doc,
    future: history.future.slice(1),
  };
}

/** What undo would take back, if anything. */
export function undoLabel<T>(history: History<T>): string | null {
  return history.past[history.past.length - 1]?.label ?? null;
}

/** What redo would do again, if anything. */
export function redoLabel<T>(history: History<T>): string | null {
  return history.future[0]?.label ?? null;
}
