/**
 * The canvas's own document edits, built from the designer's edits (../../lib/document-edits.ts).
 * Pure: each returns the next document (and what to select), never changing its input.
 */
import type { FlowDefinition, StepKind, StepPosition } from '@parley/engine';
import { addStep, moveSteps, newStep, removeSteps, removeTransitions } from '../../lib/document-edits';
import { layoutAll } from './auto-layout';

/** A new step of `kind` at `position`; returns its key so the canvas can select it. */
export function addStepOfKind(
  doc: FlowDefinition,
  kind: string,
  position: StepPosition,
): { doc: FlowDefinition; key: string } {
  const { step, form } = newStep(doc, kind as StepKind);
  return { doc: addStep(doc, step, position, form), key: step.key };
}

/** Removes the selected transitions and steps (with every transition touching those steps). */
export function removeSelection(
  doc: FlowDefinition,
  selection: { readonly steps: readonly string[]; readonly transitions: readonly string[] },
): FlowDefinition {
  return removeSteps(removeTransitions(doc, selection.transitions), selection.steps);
}

/** Lays every step out afresh and stores the places in `doc.layout`. */
export function relayout(doc: FlowDefinition): FlowDefinition {
  return moveSteps(doc, layoutAll(doc));
}
