import { describe, expect, it } from 'vitest';
import { isDuplicateKeyError } from './app-error';

describe('isDuplicateKeyError', () => {
  it('knows a unique-index failure of one write and of a bulk write', () => {
    expect(isDuplicateKeyError({ code: 11000, message: 'E11000 duplicate key' })).toBe(true);
    expect(isDuplicateKeyError({ writeErrors: [{ code: 121 }, { code: 11000 }] })).toBe(true);
  });

  it('is false for other failures and for things that are not errors', () => {
    expect(isDuplicateKeyError({ code: 112 })).toBe(false);
    expect(isDuplicateKeyError({ writeErrors: [{ code: 121 }] })).toBe(false);
    expect(isDuplicateKeyError({ writeErrors: 'E11000' })).toBe(false);
    expect(isDuplicateKeyError(new Error('E11000 duplicate key'))).toBe(false);
    expect(isDuplicateKeyError(null)).toBe(false);
    expect(isDuplicateKeyError(11000)).toBe(false);
  });
});
