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
 * Above this many steps dagre gets only the short transitions (see `layoutEdges`): a long edge (every
 * review's "rejected" to one shared END step) makes dagre add a dummy node per layer it crosses, and
 * 200 steps then take seconds instead of milliseconds.
 */
export const FULL_LAYOUT_LIMIT = 60;
const LONG_EDGE = 2;

/**
 * The layer of every step as dagre would roughly give it: the longest path from the start (or from the
 * first step the start cannot reach) over the transitions that do not loop back, and for each step the
 * transition that sets its layer (`tree`).
 */
function depths(doc: FlowDefinition): { depth: Map<string, number>; tree: Set<string> } {
  const keys = new Set(doc.steps.map((s) => s.key));
  const next = new Map<string, { key: string; to: string }[]>();
  for (const t of doc.transitions) {
    if (!keys.has(t.from) || !keys.has(t.to)) continue;
    const list = next.get(t.from);
    if (list) list.push({ key: t.key, to: t.to });
    else next.set(t.from, [{ key: t.key, to: t.to }]);
  }
  // Depth-first search: edges to a step still on the stack loop back; the rest form a DAG whose
  // reverse post-order is a topological order.
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<string>();
  const post: string[] = [];
  const visit = (from: string): void => {
    state.set(from, 'open');
    for (const { key, to } of next.get(from) ?? []) {
      const seen = state.get(to);
      if (seen === 'open') back.add(key);
      else if (!seen) visit(to);
    }
    state.set(from, 'done');
    post.push(from);
  };
  for (const root of [doc.start, ...keys]) if (keys.has(root) && !state.has(root)) visit(root);
  const depth = new Map<string, number>();
  const setter = new Map<string, string>();
  for (const from of post.reverse()) {
    const d = depth.get(from) ?? 0;
    depth.set(from, d);
    for (const { key, to } of next.get(from) ?? []) {
      if (back.has(key) || (depth.get(to) ?? -1) >= d + 1) continue;
      depth.set(to, d + 1);
      setter.set(to, key);
    }
  }
  return { depth, tree: new Set(setter.values()) };
}

/**
 * The transitions dagre lays out along: all of them for ordinary flows; for large ones, the
 * transitions that set a step's layer plus the forward ones that span at most two layers.
 */
export function layoutEdges(doc: FlowDefinition): string[] {
  const keys = new Set(doc.steps.map((s) => s.key));
  const usable = doc.transitions.filter((t) => t.from !== t.to && keys.has(t.from) && keys.has(t.to));
  if (doc.steps.length <= FULL_LAYOUT_LIMIT) return usable.map((t) => t.key);
  const { depth, tree } = depths(doc);
  return usable
    .filter((t) => {
      if (tree.has(t.key)) return true;
      const span = (depth.get(t.to) ?? 0) - (depth.get(t.from) ?? 0);
      return span >= 1 && span <= LONG_EDGE;
    })
    .map((t) => t.key);
}

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
  for (const s of doc.steps) g.setNode(s.key, { width: NODE_WIDTH, height: NODE_HEIGHT });
  // Self-loops and dangling ends say nothing about layers; see layoutEdges for large flows.
  const along = new Set(layoutEdges(doc));
  for (const t of doc.transitions) if (along.has(t.key)) g.setEdge(t.from, t.to, {}, t.key);
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
 * nothing lands on top of a step the user placed. `remembered` holds places given automatically
 * before (the canvas keeps them, so adding a step or a transition does not move the others around).
 */
export function positionsFor(
  doc: FlowDefinition,
  remembered: Readonly<Record<string, StepPosition>> = {},
): Record<string, StepPosition> {
  const placed = { ...remembered, ...doc.layout };
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
