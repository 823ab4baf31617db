import { describe, expect, it } from 'vitest';
import { commandFor, isTyping, type KeyLike } from './shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('designer shortcuts', () => {
  it.each([
    [key('z', { ctrlKey: true }), 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [key('z', { metaKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('s', { metaKey: true }), 'save'],
    [key('c', { ctrlKey: true }), 'copy'],
    [key('x', { ctrlKey: true }), 'cut'],
    [key('v', { ctrlKey: true }), 'paste'],
    [key('a', { ctrlKey: true }), 'selectAll'],
    [key('Delete'), 'delete'],
    [key('Backspace'), 'delete'],
  ] as const)('%o means %s', (e, command) => {
    expect(commandFor(e)).toBe(command);
  });

  it.each([
    key('z'),
    key('s', { altKey: true, ctrlKey: true }),
    key('Delete', { ctrlKey: true }),
    key('q', { ctrlKey: true }),
  ])('%o means nothing', (e) => {
    expect(commandFor(e)).toBeNull();
  });

  it('leaves text fields their keys', () => {
    expect(isTyping({ tagName: 'INPUT', type: 'text' } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'textarea' } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isTyping({ tagName: 'DIV' } as unknown as EventTarget)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
