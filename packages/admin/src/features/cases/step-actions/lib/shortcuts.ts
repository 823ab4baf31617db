/**
 * Keyboard shortcuts of the step actions: Ctrl/⌘+Enter submits the form being filled (also from inside
 * a field, where the agent is), single letters approve, reject and log a call, "?" lists them. Letters
 * never fire while the agent types into a field, nor with a modifier held (browser shortcuts stay).
 * Pure: it reads a keyboard event's fields, nothing else.
 */
export const SHORTCUT_ACTIONS = ['submit', 'approve', 'reject', 'logCall', 'help'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

/** The parts of a keyboard event the shortcuts look at. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey?: boolean;
  /** Whether focus is in a text field (see {@link isTypingTarget}). */
  readonly typing: boolean;
  /** An IME composition in progress (Chinese input): never a shortcut. */
  readonly isComposing?: boolean;
}

/** The keys shown in the help list, per action. */
export const SHORTCUT_KEYS: Readonly<Record<ShortcutAction, readonly string[]>> = {
  submit: ['Ctrl/⌘', 'Enter'],
  approve: ['A'],
  reject: ['R'],
  logCall: ['L'],
  help: ['?'],
};

const LETTERS: Readonly<Record<string, ShortcutAction>> = { a: 'approve', r: 'reject', l: 'logCall' };

/** The action a key press asks for, or null. */
export function shortcutOf(press: KeyPress): ShortcutAction | null {
  if (press.isComposing) return null;
  if (press.key === 'Enter' && (press.ctrlKey || press.metaKey) && !press.altKey) return 'submit';
  if (press.typing || press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === '?') return 'help';
  return LETTERS[press.key.toLowerCase()] ?? null;
}

/** The element-like shape {@link isTypingTarget} reads. */
export interface TargetLike {
  readonly tagName?: string;
  readonly isContentEditable?: boolean;
  readonly type?: string;
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether a key press in `target` is typing (text inputs, text areas, selects, editable content). */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}
