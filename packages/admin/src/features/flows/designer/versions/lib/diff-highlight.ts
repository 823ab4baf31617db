/**
 * Where a diff touches the canvas: each step and transition marked added, removed or changed. A step
 * whose form had a field changed, added or removed counts as changed. Transitions are named by their
 * keys: added and changed ones as the newer definition has them, removed ones as the older had them.
 */
import type { DefinitionChange, FlowDefinition } from '@parley/engine';

export type DiffMark = 'added' | 'removed' | 'changed';

export interface DiffHighlight {
  readonly steps: ReadonlyMap<string, DiffMark>;
  readonly transitions: ReadonlyMap<string, DiffMark>;
}

export const NO_HIGHLIGHT: DiffHighlight = { steps: new Map(), transitions: new Map() };

export function highlightOf(
  changes: readonly DefinitionChange[],
  older: FlowDefinition | null,
  newer: FlowDefinition | null,
): DiffHighlight {
  const steps = new Map<string, DiffMark>();
  const transitions = new Map<string, DiffMark>();
  for (const c of changes) {
    if (c.area === 'step') steps.set(c.key, c.kind);
    else if (c.area === 'transition') {
      const def = c.kind === 'removed' ? older : newer;
      for (const t of def?.transitions ?? [])
        if (`${t.from}→${t.to}` === c.key) transitions.set(t.key, c.kind);
    }
  }
  for (const c of changes) {
    if (c.area !== 'field') continue;
    const formKey = c.key.slice(0, c.key.indexOf('.'));
    for (const s of newer?.steps ?? [])
      if ('form' in s && s.form === formKey && !steps.has(s.key)) steps.set(s.key, 'changed');
  }
  return { steps, transitions };
}
