/**
 * Automatic layout of a flow's steps with dagre: layered top to bottom along the transitions, in the
 * document's order (so the same document always gets the same picture). Pure: it returns positions and
 * changes nothing; the canvas stores them in `doc.layout` through the designer store.
 */
import dagre from '@dagrejs/dagre';
import type { FlowDefinition, StepPosition } from '@parley/engine';

/** The box every step node is drawn in (the node component keeps to it). */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 76;
/** Space between layers and between neighbours in a layer. */
const RANK_GAP = 70;
const NODE_GAP = 50;
/** Gap between steps that already have a place and those laid out beside them. */
const SIDE_GAP = 120;

/**
 * The last layout and what it was made from (step keys and transition ends): most edits (a name, a
 * guard, a move of a placed step) leave those alone, so the canvas does not run dagre again for them.
 */
let last: { signature: string; positions: Record<string, StepPosition> } | null = null;

function signatureOf(doc: FlowDefinition): string {
  return JSON.stringify([doc.steps.map((s) => s.key), doc.transitions.map((t) => [t.from, t.to, t.key])]);
}

/** Top-left positions for every step, laid out afresh (the existing layout is ignored). */
export function layoutAll(doc: FlowDefinition): Record<string, StepPosition> {
  const signature = signatureOf(doc);
  if (last?.signature === signature) return { ...last.positions };
  const positions = runDagre(doc);
  last = { signature, positions };
  return { ...positions };
}

function runDagre(doc: FlowDefinition): Record<string, StepPosition> {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: NODE_GAP, ranksep: RANK_GAP, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const keys = new Set(doc.steps.map((s) => s.key));
  for (const s of doc.steps) g.setNode(s.key, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const t of doc.transitions) {
    // Self-loops and dangling ends say nothing about layers.
    if (t.from !== t.to && keys.has(t.from) && keys.has(t.to)) g.setEdge(t.from, t.to, {}, t.key);
  }
  dagre.layout(g);
  const out: Record<string, StepPosition> = {};
  for (const s of doc.steps) {
    const n = g.node(s.key) as { x: number; y: number };
    // dagre gives centres; the canvas keeps top-left corners.
    out[s.key] = { x: Math.round(n.x - NODE_WIDTH / 2), y: Math.round(n.y - NODE_HEIGHT / 2) };
  }
  return out;
}

/**
 * Where each step is drawn: its place in `doc.layout`, or — for steps without one — an automatic
 * layout. When some steps have places, the others are laid out as a group to the right of them, so
 * nothing lands on top of a step the user placed.
 */
export function positionsFor(doc: FlowDefinition): Record<string, StepPosition> {
  const placed = doc.layout ?? {};
  const missing = doc.steps.filter((s) => !placed[s.key]);
  const out: Record<string, StepPosition> = {};
  for (const s of doc.steps) {
    const p = placed[s.key];
    if (p) out[s.key] = p;
  }
  if (missing.length === 0) return out;
  const auto = layoutAll(doc);
  const placedKeys = Object.keys(out);
  if (placedKeys.length === 0) return auto;
  const right = Math.max(...placedKeys.map((k) => out[k]!.x)) + NODE_WIDTH + SIDE_GAP;
  const top = Math.min(...placedKeys.map((k) => out[k]!.y));
  const autoLeft = Math.min(...missing.map((s) => auto[s.key]!.x));
  const autoTop = Math.min(...missing.map((s) => auto[s.key]!.y));
  for (const s of missing) {
    const a = auto[s.key]!;
    out[s.key] = { x: a.x - autoLeft + right, y: a.y - autoTop + top };
  }
  return out;
}

/** Whether two step boxes at these top-left corners overlap. */
export function overlaps(a: StepPosition, b: StepPosition): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}
