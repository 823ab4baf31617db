/**
 * Where a validation problem points in the designer. The engine's paths are strings such as
 * `steps[3].guard` or `transitions[2].guard`; the server's are segment lists (`["steps","3","guard"]`).
 * Both become one target: the step or transition (by key, so it survives reordering), the form field,
 * or a flow-settings section.
 */
import type { FlowDefinition, LocalizedText } from '@parley/engine';

export type ProblemTarget =
  | { kind: 'step'; stepKey: string }
  | { kind: 'transition'; transitionKey: string }
  | { kind: 'form'; formKey: string; fieldName?: string }
  | { kind: 'settings'; section: string };

export interface DesignerProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: LocalizedText;
  /** The path as a dotted string, e.g. `steps[3].guard`. */
  readonly path: string;
  readonly target: ProblemTarget;
  /** Found by the server only (not by the engine in the browser). */
  readonly fromServer?: boolean;
}

/** `steps[3].guard` or `["steps","3","guard"]` → `['steps', 3, 'guard']`. */
export function pathSegments(path: string | readonly string[]): (string | number)[] {
  const parts =
    typeof path === 'string' ? path.split(/\.|\[|\]/).filter((p) => p !== '' && p !== '$') : [...path];
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export function pathText(path: string | readonly string[]): string {
  return pathSegments(path)
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');
}

export function problemTarget(doc: FlowDefinition, path: string | readonly string[]): ProblemTarget {
  const [head, index, next, fieldIndex] = pathSegments(path);
  if (head === 'steps' && typeof index === 'number') {
    const step = doc.steps[index];
    if (step) return { kind: 'step', stepKey: step.key };
  }
  if (head === 'transitions' && typeof index === 'number') {
    const transition = doc.transitions[index];
    if (transition) return { kind: 'transition', transitionKey: transition.key };
  }
  if (head === 'forms' && typeof index === 'number') {
    const form = doc.forms[index];
    if (form) {
      const field =
        next === 'elements' && typeof fieldIndex === 'number' ? form.elements[fieldIndex] : undefined;
      return { kind: 'form', formKey: form.key, ...(field ? { fieldName: field.name } : {}) };
    }
  }
  if (head === 'start' && doc.steps.length > 0) {
    const start = doc.steps.find((s) => s.key === doc.start);
    if (start) return { kind: 'step', stepKey: start.key };
  }
  return { kind: 'settings', section: typeof head === 'string' ? head : 'flow' };
}

/** The steps a form is used by, so a problem in a form shows on those steps too. */
export function stepsUsingForm(doc: FlowDefinition, formKey: string): string[] {
  return doc.steps.filter((s) => 'form' in s && s.form === formKey).map((s) => s.key);
}

/** Problems per step key: the step's own, its forms', and its outgoing transitions'. */
export function problemsByStep(
  doc: FlowDefinition,
  problems: readonly DesignerProblem[],
): Map<string, DesignerProblem[]> {
  const out = new Map<string, DesignerProblem[]>();
  const add = (key: string, p: DesignerProblem): void => {
    const list = out.get(key);
    if (list) list.push(p);
    else out.set(key, [p]);
  };
  for (const p of problems) {
    const t = p.target;
    if (t.kind === 'step') add(t.stepKey, p);
    else if (t.kind === 'form') for (const k of stepsUsingForm(doc, t.formKey)) add(k, p);
    else if (t.kind === 'transition') {
      const from = doc.transitions.find((tr) => tr.key === t.transitionKey)?.from;
      if (from) add(from, p);
    }
  }
  return out;
}
