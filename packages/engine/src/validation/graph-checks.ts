import type { ValidationContext } from './validation-context';
import { isWaiting, report, stepName, stepPath } from './validation-context';
import { outcomesOf } from './structure-checks';

type Graph = ReadonlyMap<string, readonly string[]>;

function successors(ctx: ValidationContext): Graph {
  const graph = new Map<string, string[]>();
  for (const key of ctx.steps.keys()) graph.set(key, []);
  for (const t of ctx.definition.transitions)
    if (ctx.steps.has(t.from) && ctx.steps.has(t.to)) graph.get(t.from)?.push(t.to);
  return graph;
}

function reachable(graph: Graph, from: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length > 0) {
    const key = stack.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const next of graph.get(key) ?? []) stack.push(next);
  }
  return seen;
}

function reversed(graph: Graph): Graph {
  const back = new Map<string, string[]>();
  for (const key of graph.keys()) back.set(key, []);
  for (const [from, tos] of graph) for (const to of tos) back.get(to)?.push(from);
  return back;
}

/** Tarjan's strongly connected components, iteratively (flows can be long). */
function components(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { key: string; next: number }[] = [{ key: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { key: string; next: number };
      const succ = graph.get(frame.key) ?? [];
      if (frame.next < succ.length) {
        const w = succ[frame.next++] as string;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ key: w, next: 0 });
        } else if (onStack.has(w))
          low.set(frame.key, Math.min(low.get(frame.key) as number, index.get(w) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.key, Math.min(low.get(parent.key) as number, low.get(frame.key) as number));
      if (low.get(frame.key) === index.get(frame.key)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop() as string;
          onStack.delete(w);
          scc.push(w);
        } while (w !== frame.key);
        out.push(scc);
      }
    }
  }
  return out;
}

/** The outcomes that actually leave the step (an unanswered call on a step that needs an answer does not). */
function leavingOutcomes(ctx: ValidationContext, key: string): readonly string[] {
  const step = ctx.steps.get(key)?.step;
  if (step?.kind === 'communication' && step.requireAnswered) return ['answered'];
  if (step?.kind === 'subflow') return [step.wait ? 'closed' : 'started'];
  return outcomesOf(ctx, key);
}

/** Reachability, dead ends, cycles without exit, automatic cycles, and split/join pairing. */
export function checkGraph(ctx: ValidationContext): void {
  const graph = successors(ctx);
  const fromStart = ctx.steps.has(ctx.definition.start)
    ? reachable(graph, [ctx.definition.start])
    : new Set<string>();
  const ends = [...ctx.steps.keys()].filter((k) => ctx.stepTypes.get(k)?.completion === 'terminal');
  const toEnd = reachable(reversed(graph), ends);
  const flagged = new Set<string>();

  for (const [key] of ctx.steps) {
    const type = ctx.stepTypes.get(key);
    if (!type) continue;
    if (!fromStart.has(key))
      report(ctx, 'UNREACHABLE_STEP', stepPath(ctx, key), { step: stepName(ctx, key) });
    if (type.completion === 'terminal') continue;
    const out = ctx.outgoing.get(key) ?? [];
    if (out.length === 0) {
      report(ctx, 'DEAD_END', stepPath(ctx, key), { step: stepName(ctx, key) });
      flagged.add(key);
      continue;
    }
    const outcomes = isWaiting(type) || type.completion === 'auto' ? leavingOutcomes(ctx, key) : [undefined];
    for (const outcome of outcomes) {
      const candidates = out.filter(({ t }) => t.on === undefined || t.on === outcome);
      if (candidates.length === 0) {
        report(ctx, 'DEAD_END_OUTCOME', stepPath(ctx, key), {
          step: stepName(ctx, key),
          outcome: outcome ?? '',
        });
        flagged.add(key);
      } else if (
        type.completion !== 'fork' &&
        candidates.every(({ t }) => t.guard !== undefined && !t.isDefault)
      )
        report(
          ctx,
          'BRANCH_WITHOUT_FALLBACK',
          stepPath(ctx, key),
          {
            step: stepName(ctx, key),
            outcome: outcome === undefined ? '' : { zh: `（${outcome}）`, en: ` (${outcome})` },
          },
          'warning',
        );
    }
  }

  for (const scc of components(graph)) {
    const members = new Set(scc);
    const first = scc[0] as string;
    const cyclic = scc.length > 1 || (graph.get(first) ?? []).includes(first);
    if (!cyclic) continue;
    const names = scc.map((k) => `「${String(ctx.steps.get(k)?.step.key)}」`).join('');
    const hasExit = scc.some((k) => (graph.get(k) ?? []).some((to) => !members.has(to)));
    if (!hasExit) {
      report(ctx, 'CYCLE_WITHOUT_EXIT', stepPath(ctx, first), { steps: names });
      scc.forEach((k) => flagged.add(k));
    }
    if (!scc.some((k) => isWaiting(ctx.stepTypes.get(k))))
      report(ctx, 'AUTOMATIC_CYCLE', stepPath(ctx, first), { steps: names });
  }

  for (const key of fromStart) {
    if (!toEnd.has(key) && !flagged.has(key))
      report(ctx, 'NO_PATH_TO_END', stepPath(ctx, key), { step: stepName(ctx, key) });
  }
  checkJoins(ctx, graph);
}

function checkJoins(ctx: ValidationContext, graph: Graph): void {
  const joinsBySplit = new Map<string, string[]>();
  for (const [key, { step }] of ctx.steps) {
    if (step.kind !== 'parallel-join') continue;
    const split = ctx.steps.get(step.split)?.step;
    if (split?.kind !== 'parallel-split') {
      report(ctx, 'JOIN_WITHOUT_SPLIT', `${stepPath(ctx, key)}.split`, { step: step.name, ref: step.split });
      continue;
    }
    joinsBySplit.set(step.split, [...(joinsBySplit.get(step.split) ?? []), key]);
  }
  for (const [key, { step }] of ctx.steps) {
    if (step.kind !== 'parallel-split') continue;
    const joins = joinsBySplit.get(key) ?? [];
    if (joins.length === 0) {
      report(ctx, 'SPLIT_WITHOUT_JOIN', stepPath(ctx, key), { step: step.name }, 'warning');
      continue;
    }
    for (const join of joins) {
      const branchesReach = (graph.get(key) ?? []).every((branch) => reachable(graph, [branch]).has(join));
      if (!branchesReach)
        report(ctx, 'JOIN_NOT_REACHED', stepPath(ctx, join), { step: stepName(ctx, join), split: step.name });
    }
  }
}
