/**
 * A thumbnail layout of a flow graph for the seed gallery: steps in columns by their distance from
 * the entry steps (breadth first, so loops end), stacked within a column; a step no entry reaches
 * goes in a last column. Pure: coordinates only, the component draws them.
 */
export interface ThumbnailStep {
  key: string;
  kind: string;
}

export interface ThumbnailEdge {
  from: string;
  to: string;
}

export interface ThumbnailNode {
  key: string;
  x: number;
  y: number;
  /** End steps are drawn differently. */
  end: boolean;
}

export interface ThumbnailLayout {
  width: number;
  height: number;
  nodes: ThumbnailNode[];
  edges: { x1: number; y1: number; x2: number; y2: number }[];
}

const GAP_X = 24;
const GAP_Y = 16;
const MARGIN = 8;

/** Column of each step: its breadth-first distance from the steps nothing leads to (else the first). */
export function columnsOf(
  steps: readonly ThumbnailStep[],
  edges: readonly ThumbnailEdge[],
): Map<string, number> {
  const keys = new Set(steps.map((s) => s.key));
  const next = new Map<string, string[]>();
  const entered = new Set<string>();
  for (const { from, to } of edges) {
    if (!keys.has(from) || !keys.has(to) || from === to) continue;
    next.set(from, [...(next.get(from) ?? []), to]);
    entered.add(to);
  }
  const roots = steps.filter((s) => !entered.has(s.key)).map((s) => s.key);
  if (roots.length === 0 && steps[0]) roots.push(steps[0].key);
  const column = new Map<string, number>(roots.map((key) => [key, 0]));
  const queue = [...roots];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const to of next.get(key) ?? []) {
      if (column.has(to)) continue;
      column.set(to, (column.get(key) ?? 0) + 1);
      queue.push(to);
    }
  }
  const last = Math.max(-1, ...column.values()) + 1;
  for (const step of steps) if (!column.has(step.key)) column.set(step.key, last);
  return column;
}

export function layoutThumbnail(
  steps: readonly ThumbnailStep[],
  edges: readonly ThumbnailEdge[],
): ThumbnailLayout {
  const column = columnsOf(steps, edges);
  const rows = new Map<number, number>();
  const nodes: ThumbnailNode[] = steps.map((step) => {
    const col = column.get(step.key) ?? 0;
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    return { key: step.key, x: MARGIN + col * GAP_X, y: MARGIN + row * GAP_Y, end: step.kind === 'END' };
  });
  const at = new Map(nodes.map((n) => [n.key, n]));
  const lines = edges.flatMap(({ from, to }) => {
    const a = at.get(from);
    const b = at.get(to);
    return a && b && a !== b ? [{ x1: a.x, y1: a.y, x2: b.x, y2: b.y }] : [];
  });
  const columns = Math.max(0, ...column.values()) + 1;
  const tallest = Math.max(1, ...rows.values());
  return {
    width: 2 * MARGIN + (columns - 1) * GAP_X,
    height: 2 * MARGIN + (tallest - 1) * GAP_Y,
    nodes,
    edges: lines,
  };
}
