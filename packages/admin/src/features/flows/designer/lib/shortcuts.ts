/**
 * The designer's keyboard shortcuts, as one table: the page handles undo, redo and save; the canvas
 * handles the rest. Typing in a text field keeps the field's own meaning of these keys.
 */
export type DesignerCommand = 'undo' | 'redo' | 'save' | 'copy' | 'cut' | 'paste' | 'delete' | 'selectAll';

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** The command a key press means, or null. `mod` is Ctrl, or ⌘ on a Mac. */
export function commandFor(e: KeyLike): DesignerCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y' && !e.shiftKey) return 'redo';
  if (mod && key === 's' && !e.shiftKey) return 'save';
  if (mod && key === 'c' && !e.shiftKey) return 'copy';
  if (mod && key === 'x' && !e.shiftKey) return 'cut';
  if (mod && key === 'v' && !e.shiftKey) return 'paste';
  if (mod && key === 'a' && !e.shiftKey) return 'selectAll';
  if (!mod && (key === 'Delete' || key === 'Backspace')) return 'delete';
  return null;
}

/** Whether the key press belongs to a text field (or other editable element) rather than the designer. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof target !== 'object' || !('tagName' in target)) return false;
  const el = target as { tagName: string; isContentEditable?: boolean; type?: string };
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes(el.type ?? 'text');
}
