/**
 * What the rule builder shows around the tree: the scope's variables grouped for the field picker,
 * and each `checkRule` problem placed at the condition (or group) it is about.
 * Pure: no Vue.
 */
import type { Lang, Problem, RuleScope, ScopeVariable } from '@parley/engine';
import { isComplete, type GroupNode, type RuleNode } from './rule-tree';

export const SCOPE_GROUPS = ['data', 'case', 'offer', 'other'] as const;
export type ScopeGroupKey = (typeof SCOPE_GROUPS)[number];

export interface ScopeField {
  readonly path: string;
  readonly label: string;
  readonly variable: ScopeVariable;
}

export interface ScopeGroup {
  readonly key: ScopeGroupKey;
  readonly fields: readonly ScopeField[];
}

function groupOf(path: string): ScopeGroupKey {
  const head = path.split('.')[0];
  return head === 'data' || head === 'case' || head === 'offer' ? head : 'other';
}

/** The scope's variables by group (form fields, case, offer, other), in scope order, labels in `lang`. */
export function groupScope(scope: RuleScope, lang: Lang): ScopeGroup[] {
  const groups = new Map<ScopeGroupKey, ScopeField[]>(SCOPE_GROUPS.map((k) => [k, []]));
  for (const [path, variable] of scope)
    groups.get(groupOf(path))?.push({ path, label: variable.label[lang], variable });
  return SCOPE_GROUPS.map((key) => ({ key, fields: groups.get(key) ?? [] })).filter(
    (g) => g.fields.length > 0,
  );
}

/**
 * Where each node's JSON sits in the rule `toLogic` writes, as `checkRule` spells paths
 * (`["and"][1]["or"][0]`); the root's own path is ''.
 */
export function nodePaths(root: GroupNode): Map<string, string> {
  const out = new Map<string, string>();
  const emitted = (n: RuleNode): boolean =>
    n.kind === 'condition' ? isComplete(n) : n.children.some(emitted);
  const visit = (group: GroupNode, path: string, isRoot: boolean): void => {
    const parts = group.children.filter(emitted);
    if (isRoot && parts.length === 1) {
      const only = parts[0] as RuleNode;
      out.set('', only.id);
      if (only.kind === 'group') visit(only, '', false);
      return;
    }
    out.set(path, group.id);
    parts.forEach((child, i) => {
      const childPath = `${path}["${group.op}"][${i}]`;
      out.set(childPath, child.id);
      if (child.kind === 'group') visit(child, childPath, false);
    });
  };
  visit(root, '', true);
  return out;
}

/** Problems by the id of the node they are about (the longest node path that prefixes theirs). */
export function problemsByNode<C extends string>(
  root: GroupNode,
  problems: readonly Problem<C>[],
): Map<string, Problem<C>[]> {
  const paths = [...nodePaths(root)].sort((a, b) => b[0].length - a[0].length);
  const out = new Map<string, Problem<C>[]>();
  for (const problem of problems) {
    const hit = paths.find(([p]) => problem.path.startsWith(p));
    const id = hit ? hit[1] : root.id;
    out.set(id, [...(out.get(id) ?? []), problem]);
  }
  return out;
}
