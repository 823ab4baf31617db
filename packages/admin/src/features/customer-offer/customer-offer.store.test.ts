import { describe, expect, it } from 'vitest';
import { idempotencyKey } from './customer-offer.store';

describe('idempotencyKey', () => {
  it('is a fresh UUID v4 each time, without needing a secure context', () => {
    const keys = new Set(Array.from({ length: 50 }, () => idempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
