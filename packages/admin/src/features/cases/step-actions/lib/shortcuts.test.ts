import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutOf, type KeyPress } from './shortcuts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  typing: false,
  ...more,
});

describe('shortcutOf', () => {
  it('maps the letters and "?" outside text fields, in either case', () => {
    expect(shortcutOf(press('a'))).toBe('approve');
    expect(shortcutOf(press('A', { shiftKey: true }))).toBe('approve');
    expect(shortcutOf(press('r'))).toBe('reject');
    expect(shortcutOf(press('l'))).toBe('logCall');
    expect(shortcutOf(press('?', { shiftKey: true }))).toBe('help');
    expect(shortcutOf(press('x'))).toBeNull();
  });

  it('never fires a letter while typing, nor with a modifier held (browser shortcuts stay)', () => {
    expect(shortcutOf(press('a', { typing: true }))).toBeNull();
    expect(shortcutOf(press('?', { typing: true }))).toBeNull();
    expect(shortcutOf(press('r', { ctrlKey: true }))).toBeNull();
    expect(shortcutOf(press('l', { metaKey: true }))).toBeNull();
    expect(shortcutOf(press('a', { altKey: true }))).toBeNull();
  });

  it('submits on Ctrl+Enter or ⌘+Enter, also from inside a field, but not on plain Enter or mid-IME', () => {
    expect(shortcutOf(press('Enter', { ctrlKey: true, typing: true }))).toBe('submit');
    expect(shortcutOf(press('Enter', { metaKey: true }))).toBe('submit');
    expect(shortcutOf(press('Enter', { typing: true }))).toBeNull();
    expect(shortcutOf(press('Enter', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutOf(press('Enter', { ctrlKey: true, isComposing: true }))).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('counts text inputs, text areas, selects and editable content as typing', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('does not count buttons, check boxes or the page itself', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
