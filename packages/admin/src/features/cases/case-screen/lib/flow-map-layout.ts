/**
 * The case screen's flow map: a layered, top-down layout of a flow version's steps and transitions,
 * small enough to draw as one SVG without a graph library. Layers are breadth-first distances from the
 * start (the first step, and any step nothing leads to); a transition back to an earlier or the same
 * layer (a loop, e.g. "changes requested") is drawn as a curve on the right. Pure, no Vue.
 */

export interface MapStep {
  key: string;
}

export interface MapTransition {
  from: string;
  to: string;
}

export interface MapNode {
  key: string;
  layer: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapEdge {
  from: string;
  to: string;
  /** SVG path data. */
  path: string;
  /** True for a transition to an earlier or the same layer. */
  back: boolean;
}

export interface FlowMapLayout {
  nodes: MapNode[];
  edges: MapEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 132;
export const NODE_HEIGHT = 34;
const GAP_X = 20;
const GAP_Y = 26;
const MARGIN = 12;
/** Room on the right for loops. */
const LOOP_ROOM = 36;

/** Breadth-first layer of every step; steps not reachable from a start get the layer after the last. */
export function layersOf(
  steps: readonly MapStep[],
  transitions: readonly MapTransition[],
): Map<string, number> {
  const keys = new Set(steps.map((s) => s.key));
  const next = new Map<string, string[]>();
  const hasIncoming = new Set<string>();
  for (const t of transitions) {
    if (!keys.has(t.from) || !keys.has(t.to) || t.from === t.to) continue;
    next.set(t.from, [...(next.get(t.from) ?? []), t.to]);
    hasIncoming.add(t.to);
  }
  const starts = steps.filter((s, i) => i === 0 || !hasIncoming.has(s.key)).map((s) => s.key);
  const layer = new Map<string, number>();
  const queue: string[] = [];
  for (const key of starts) {
    if (!layer.has(key)) {
      layer.set(key, 0);
      queue.push(key);
    }
  }
  while (queue.length > 0) {
    const key = queue.shift()!;
    for (const to of next.get(key) ?? []) {
      if (layer.has(to)) continue;
      layer.set(to, layer.get(key)! + 1);
      queue.push(to);
    }
  }
  const last = Math.max(-1, ...layer.values());
  for (const s of steps) if (!layer.has(s.key)) layer.set(s.key, last + 1);
  return layer;
}

export function layoutFlowMap(
  steps: readonly MapStep[],
  transitions: readonly MapTransition[],
): FlowMapLayout {
  const layer = layersOf(steps, transitions);
  const rows: string[][] = [];
  // Within a layer, the steps keep the definition's order.
  for (const s of steps) (rows[layer.get(s.key)!] ??= []).push(s.key);
  const widest = Math.max(1, ...rows.map((r) => r?.length ?? 0));
  const contentWidth = widest * NODE_WIDTH + (widest - 1) * GAP_X;
  const nodes: MapNode[] = [];
  const byKey = new Map<string, MapNode>();
  rows.forEach((row, l) => {
    if (!row) return;
    const rowWidth = row.length * NODE_WIDTH + (row.length - 1) * GAP_X;
    const left = MARGIN + (contentWidth - rowWidth) / 2;
    row.forEach((key, i) => {
      const node: MapNode = {
        key,
        layer: l,
        x: left + i * (NODE_WIDTH + GAP_X),
        y: MARGIN + l * (NODE_HEIGHT + GAP_Y),
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      };
      nodes.push(node);
      byKey.set(key, node);
    });
  });

  const edges: MapEdge[] = [];
  const seen = new Set<string>();
  for (const t of transitions) {
    const a = byKey.get(t.from);
    const b = byKey.get(t.to);
    const id = `${t.from}→${t.to}`;
    if (!a || !b || a === b || seen.has(id)) continue;
    seen.add(id);
    const back = b.layer <= a.layer;
    if (back) {
      const x1 = a.x + a.width;
      const y1 = a.y + a.height / 2;
      const x2 = b.x + b.width;
      const y2 = b.y + b.height / 2;
      const out = Math.max(x1, x2) + LOOP_ROOM - 6;
      edges.push({
        from: t.from,
        to: t.to,
        back,
        path: `M${x1},${y1} C${out},${y1} ${out},${y2} ${x2},${y2}`,
      });
    } else {
      const x1 = a.x + a.width / 2;
      const y1 = a.y + a.height;
      const x2 = b.x + b.width / 2;
      const y2 = b.y;
      const mid = (y1 + y2) / 2;
      edges.push({
        from: t.from,
        to: t.to,
        back,
        path: `M${x1},${y1} C${x1},${mid} ${x2},${mid} ${x2},${y2}`,
      });
    }
  }

  const layers = rows.length;
  return {
    nodes,
    edges,
    width: MARGIN * 2 + contentWidth + LOOP_ROOM,
    height: MARGIN * 2 + Math.max(1, layers) * NODE_HEIGHT + Math.max(0, layers - 1) * GAP_Y,
  };
}

/** Rough width of a label at 12 px: a CJK character is a full em, other characters about half. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6.6;
  return width;
}

/** The name as it fits a box (shortened with an ellipsis when it does not); the full name is the tooltip. */
export function fitLabel(name: string, maxWidth = NODE_WIDTH - 10): string {
  if (textWidth(name) <= maxWidth) return name;
  let out = '';
  for (const ch of name) {
    if (textWidth(`${out}${ch}…`) > maxWidth) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
