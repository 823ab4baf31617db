/**
 * The canvas's picture of a flow: steps become nodes, transitions become edges. Pure: from the
 * document (and what the canvas shows around it: positions, selection, problems, the UI language) to
 * plain objects Vue Flow renders. Unchanged nodes and edges keep their previous objects (`previous`),
 * so a change to one step re-renders one node, not two hundred.
 */
import type { FlowDefinition, Lang, Rule, StepDefinition, StepPosition } from '@parley/engine';
import type { DesignerProblem } from '../../lib/problem-targets';
import {
  NO_CANVAS_HIGHLIGHT,
  edgeHighlight,
  stepHighlight,
  type CanvasHighlight,
  type ItemHighlight,
} from './highlight';
import { iconOf, shapeOf, type StepShape } from './step-kinds';

export interface NodeProblems {
  /** `error` when any problem is an error, else `warning`. */
  readonly severity: 'error' | 'warning';
  readonly count: number;
  /** The problems' messages in the UI language. */
  readonly messages: readonly string[];
}

export interface StepNodeData {
  readonly key: string;
  readonly kind: string;
  readonly name: string;
  readonly kindName: string;
  readonly icon: string;
  readonly shape: StepShape;
  readonly isStart: boolean;
  /** An END step's outcome, in words. */
  readonly outcome: string | null;
  readonly problems: NodeProblems | null;
  /** The comparison's or the test run's mark on this step (lib/highlight.ts). */
  readonly highlight: ItemHighlight;
}

export interface TransitionEdgeData {
  readonly key: string;
  readonly on: string | null;
  readonly isDefault: boolean;
  /** The guard as a sentence, and shortened for the edge. */
  readonly guard: string | null;
  readonly guardShort: string | null;
  readonly label: string | null;
  /** The comparison's or the test run's mark on this transition (lib/highlight.ts). */
  readonly highlight: ItemHighlight;
}

export interface CanvasNode {
  readonly id: string;
  readonly type: 'step';
  readonly position: { x: number; y: number };
  readonly selected: boolean;
  readonly data: StepNodeData;
}

export interface CanvasEdge {
  readonly id: string;
  readonly type: 'transition';
  readonly source: string;
  readonly target: string;
  readonly selected: boolean;
  readonly markerEnd: 'arrowclosed';
  readonly data: TransitionEdgeData;
}

export interface GraphInput {
  readonly lang: Lang;
  readonly positions: Readonly<Record<string, StepPosition>>;
  readonly problems: ReadonlyMap<string, readonly DesignerProblem[]>;
  readonly selection: { readonly steps: readonly string[]; readonly transitions: readonly string[] };
  /** What the canvas marks (the versions comparison or the test run); none when absent. */
  readonly highlight?: CanvasHighlight;
  kindName(kind: string): string;
  outcomeName(outcome: string): string;
  describe(rule: Rule): string;
}

/** Longest guard text written on an edge; the whole sentence is in its tooltip. */
export const GUARD_SHORT_LENGTH = 28;

export function shorten(text: string, max = GUARD_SHORT_LENGTH): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function nodeProblems(list: readonly DesignerProblem[] | undefined, lang: Lang): NodeProblems | null {
  if (!list || list.length === 0) return null;
  return {
    severity: list.some((p) => p.severity === 'error') ? 'error' : 'warning',
    count: list.length,
    messages: list.map((p) => p.message[lang]),
  };
}

function stepData(step: StepDefinition, doc: FlowDefinition, input: GraphInput): StepNodeData {
  return {
    key: step.key,
    kind: step.kind,
    name: step.name[input.lang] || step.key,
    kindName: input.kindName(step.kind),
    icon: iconOf(step.kind),
    shape: shapeOf(step.kind),
    isStart: doc.start === step.key,
    outcome: step.kind === 'end' ? input.outcomeName(step.outcome) : null,
    problems: nodeProblems(input.problems.get(step.key), input.lang),
    highlight: stepHighlight(input.highlight ?? NO_CANVAS_HIGHLIGHT, step.key),
  };
}

function sameData<T extends object>(a: T, b: T): boolean {
  for (const k of Object.keys(a) as (keyof T)[]) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (x && y && typeof x === 'object' && typeof y === 'object' && JSON.stringify(x) === JSON.stringify(y))
      continue;
    return false;
  }
  return true;
}

export function toNodes(
  doc: FlowDefinition,
  input: GraphInput,
  previous?: ReadonlyMap<string, CanvasNode>,
): CanvasNode[] {
  const selected = new Set(input.selection.steps);
  return doc.steps.map((step) => {
    const p = input.positions[step.key] ?? { x: 0, y: 0 };
    const node: CanvasNode = {
      id: step.key,
      type: 'step',
      // Own objects: Vue Flow keeps and moves them; the document's must never change.
      position: { x: p.x, y: p.y },
      selected: selected.has(step.key),
      data: stepData(step, doc, input),
    };
    const before = previous?.get(step.key);
    return before &&
      before.position.x === node.position.x &&
      before.position.y === node.position.y &&
      before.selected === node.selected &&
      sameData(before.data, node.data)
      ? before
      : node;
  });
}

export function toEdges(
  doc: FlowDefinition,
  input: GraphInput,
  previous?: ReadonlyMap<string, CanvasEdge>,
): CanvasEdge[] {
  const selected = new Set(input.selection.transitions);
  const steps = new Set(doc.steps.map((s) => s.key));
  return doc.transitions
    .filter((t) => steps.has(t.from) && steps.has(t.to))
    .map((t) => {
      const guard = t.guard ? input.describe(t.guard) : null;
      const edge: CanvasEdge = {
        id: t.key,
        type: 'transition',
        source: t.from,
        target: t.to,
        selected: selected.has(t.key),
        markerEnd: 'arrowclosed',
        data: {
          key: t.key,
          on: t.on ?? null,
          isDefault: t.isDefault === true,
          guard,
          guardShort: guard === null ? null : shorten(guard),
          label: t.label ? t.label[input.lang] || null : null,
          highlight: edgeHighlight(input.highlight ?? NO_CANVAS_HIGHLIGHT, t.key),
        },
      };
      const before = previous?.get(t.key);
      return before &&
        before.source === edge.source &&
        before.target === edge.target &&
        before.selected === edge.selected &&
        sameData(before.data, edge.data)
        ? before
        : edge;
    });
}

export function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}
