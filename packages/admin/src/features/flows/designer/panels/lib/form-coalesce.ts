/**
 * How a form builder change joins the undo history. Typing in one field's texts changes that field
 * only, keystroke by keystroke: those changes join into one undo step per field. Adding, removing,
 * reordering or renaming fields are steps of their own.
 */
import type { FormDefinition } from '@parley/engine';

export function formCoalesceKey(
  before: FormDefinition | undefined,
  after: FormDefinition,
): string | undefined {
  if (!before || before.key !== after.key) return undefined;
  const a = before.elements;
  const b = after.elements;
  if (a.length !== b.length) return undefined;
  let changed: string | null = null;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.name !== y.name || x.type !== y.type) return undefined;
    if (x !== y) {
      if (changed !== null) return undefined;
      changed = x.name;
    }
  }
  if (changed !== null)
    return before.title === after.title ? `form:${after.key}:field:${changed}` : undefined;
  return before.title !== after.title || before.description !== after.description
    ? `form:${after.key}:title`
    : undefined;
}
