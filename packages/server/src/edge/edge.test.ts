import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, MAX_JSON_NODES, jsonLimitBreach } from './json-limits';
import { wellFormed, wellFormedDeep } from './well-formed';

describe('wellFormed', () => {
  it('replaces lone surrogates and keeps pairs', () => {
    expect(wellFormed('a\ud800b\udc00')).toBe('a\ufffdb\ufffd');
    expect(wellFormed('😀')).toBe('😀');
  });

  it('fixes values and keys at any depth, without recursion', () => {
    const value = { ['k\ud800']: ['\udc00', { x: 'ok\ud83d' }], n: 1 };
    expect(wellFormedDeep(value)).toEqual({ ['k\ufffd']: ['\ufffd', { x: 'ok\ufffd' }], n: 1 });
    let deep: unknown = '\ud800';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    wellFormedDeep(deep);
    let inner = deep;
    while (Array.isArray(inner)) inner = inner[0];
    expect(inner).toBe('\ufffd');
  });
});

describe('jsonLimitBreach', () => {
  const nested = (levels: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < levels; i++) v = { a: v };
    return v;
  };

  it('accepts a value at the depth limit and refuses one level more, with the path', () => {
    expect(jsonLimitBreach(nested(MAX_JSON_DEPTH))).toBeNull();
    const breach = jsonLimitBreach(nested(MAX_JSON_DEPTH + 1));
    expect(breach?.reason).toBe('depth');
    expect(breach?.path).toHaveLength(MAX_JSON_DEPTH);
  });

  it('checks a value nested a million deep without overflowing the stack', () => {
    expect(jsonLimitBreach(nested(1_000_000))?.reason).toBe('depth');
  });

  it('refuses too many elements and too much text', () => {
    expect(jsonLimitBreach(Array.from({ length: MAX_JSON_NODES }, () => 0))?.reason).toBe('nodes');
    expect(jsonLimitBreach({ a: 'x'.repeat(3 * 1024 * 1024) })?.reason).toBe('text');
    expect(jsonLimitBreach({ a: [1, 'two', { three: null }] })).toBeNull();
  });
});
