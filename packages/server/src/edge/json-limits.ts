/**
 * Limits of a JSON scalar value (form data, JSON Logic rules, flow definitions). A value deeper than
 * MAX_JSON_DEPTH or larger than the node / text budgets is refused as BAD_USER_INPUT before anything
 * reads it: deep values would overflow recursive code (hashing, validation) and MongoDB refuses
 * documents nested deeper than 100 levels, and an event's data sits a few levels down in its document.
 */
import type { Messages } from '../errors/app-error';

/** Nesting levels of objects and arrays (`{"a":1}` is 1). */
export const MAX_JSON_DEPTH = 64;
/** Values, including every object and array, in one JSON value. */
export const MAX_JSON_NODES = 100_000;
/** Characters of all strings and object keys in one JSON value. */
export const MAX_JSON_TEXT = 2 * 1024 * 1024;

export interface JsonLimitBreach {
  /** Where inside the value the limit was crossed (object keys and array indexes). */
  path: (string | number)[];
  reason: 'depth' | 'nodes' | 'text';
  messages: Messages;
}

/**
 * The first limit the value breaks, or null. Iterative: the check itself cannot overflow the stack,
 * however deep the value is.
 */
export function jsonLimitBreach(value: unknown): JsonLimitBreach | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  let nodes = 0;
  let text = 0;
  while (stack.length > 0) {
    const { value: node, path } = stack.pop()!;
    if (++nodes > MAX_JSON_NODES) return breach('nodes', path);
    if (typeof node === 'string') text += node.length;
    if (text > MAX_JSON_TEXT) return breach('text', path);
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= MAX_JSON_DEPTH) return breach('depth', path);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], path: [...path, i] });
      continue;
    }
    for (const [key, item] of Object.entries(node as Record<string, unknown>)) {
      text += key.length;
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

function breach(reason: JsonLimitBreach['reason'], path: (string | number)[]): JsonLimitBreach {
  const messages = {
    depth: {
      zh: `JSON 嵌套超过 ${MAX_JSON_DEPTH} 层。`,
      en: `The JSON value is nested deeper than ${MAX_JSON_DEPTH} levels.`,
    },
    nodes: {
      zh: `JSON 值超过 ${MAX_JSON_NODES} 个元素。`,
      en: `The JSON value has more than ${MAX_JSON_NODES} elements.`,
    },
    text: {
      zh: `JSON 值的文本超过 ${MAX_JSON_TEXT} 个字符。`,
      en: `The JSON value holds more than ${MAX_JSON_TEXT} characters of text.`,
    },
  }[reason];
  return { path, reason, messages };
}
