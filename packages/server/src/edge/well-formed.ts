/**
 * Well-formed text. A JavaScript string may hold a lone UTF-16 surrogate ("\ud800"), which no UTF-8
 * encoder can represent: BSON and every other encoder on the way to the database writes U+FFFD in its
 * place. Anything that hashes or compares text must therefore see the text as it will be stored, and
 * the request edge normalises every incoming string (docs/errors.md) so that what a client sends, what
 * is hashed and what is stored are the same characters.
 */

type WellFormedString = string & { isWellFormed(): boolean; toWellFormed(): string };

/** `s` with each lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, Node ≥ 20). */
export function wellFormed(s: string): string {
  const text = s as WellFormedString;
  return text.isWellFormed() ? s : text.toWellFormed();
}

/**
 * Replaces, in place, every ill-formed string of a JSON-like value (values and object keys, at any
 * depth) by its well-formed form; returns the value (a new string when the value itself is a string).
 * Iterative, so a value nested millions deep cannot overflow the stack.
 */
export function wellFormedDeep<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'string') node[i] = wellFormed(item);
        else if (item !== null && typeof item === 'object') stack.push(item);
      }
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      const fixedKey = wellFormed(key);
      if (fixedKey !== key) {
        delete record[key];
        record[fixedKey] = item;
      }
      if (typeof item === 'string') record[fixedKey] = wellFormed(item);
      else if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return value;
}
