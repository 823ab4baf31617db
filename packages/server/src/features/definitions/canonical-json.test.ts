import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sameJson } from './canonical-json';

describe('canonical JSON and content hashes', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });

  it('hashes content without the version stamp, so equal content has equal hashes', () => {
    const v1 = { key: 'k', version: 1, steps: [{ key: 's', name: { zh: '甲', en: 'A' } }] };
    const v7 = { steps: [{ name: { en: 'A', zh: '甲' }, key: 's' }], version: 7, key: 'k' };
    expect(contentHash(v1)).toBe(contentHash(v7));
    expect(contentHash(v1)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ ...v1, key: 'other' })).not.toBe(contentHash(v1));
  });
});
